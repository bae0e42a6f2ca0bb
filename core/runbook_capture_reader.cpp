// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_capture_reader.h"

#include <cmath>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace recops::console {

namespace {

using Labels = QHash<QString, QString>;

// Reads `{a="x",b="y"}` starting at @p index (on the brace); false when malformed.
bool parseLabels(const QString& text, qsizetype* index, Labels* labels) {
    qsizetype at = *index + 1;
    while (at < text.size() && text.at(at) != u'}') {
        while (at < text.size() && (text.at(at) == u',' || text.at(at).isSpace())) {
            ++at;
        }
        if (at < text.size() && text.at(at) == u'}') {
            break;
        }
        const qsizetype equals = text.indexOf(u'=', at);
        if (equals < 0 || equals + 1 >= text.size() || text.at(equals + 1) != u'"') {
            return false;
        }
        const QString name = text.mid(at, equals - at).trimmed();
        QString value;
        at = equals + 2;
        while (at < text.size() && text.at(at) != u'"') {
            if (text.at(at) == u'\\' && at + 1 < text.size()) {
                const QChar escaped = text.at(at + 1);
                value += escaped == u'n' ? QChar(u'\n') : escaped;
                at += 2;
                continue;
            }
            value += text.at(at++);
        }
        if (at >= text.size()) {
            return false;
        }
        labels->insert(name, value);
        ++at;  // the closing quote
    }
    if (at >= text.size()) {
        return false;
    }
    *index = at + 1;
    return true;
}

}  // namespace

std::optional<QJsonValue> RunbookCaptureReader::resolvePointer(const QJsonValue& value,
                                                               const QString& pointer) {
    if (pointer.isEmpty()) {
        return value;
    }
    if (!pointer.startsWith(u'/')) {
        return std::nullopt;
    }
    QJsonValue current = value;
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (QString token : tokens) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/"));
        token.replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token)) {
                return std::nullopt;
            }
            current = object.value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size()) {
                return std::nullopt;
            }
            current = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

std::optional<double> RunbookCaptureReader::sumMetric(const QByteArray& exposition,
                                                      const QString& selector, QString* error) {
    qsizetype brace = selector.indexOf(u'{');
    const QString name = brace < 0 ? selector : selector.left(brace);
    Labels wanted;
    if (brace >= 0 && !parseLabels(selector, &brace, &wanted)) {
        *error = QStringLiteral("\"%1\" has malformed labels").arg(selector);
        return std::nullopt;
    }
    double sum = 0.0;
    int samples = 0;
    const QList<QByteArray> lines = exposition.split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        qsizetype end = 0;
        while (end < line.size() && line.at(end) != u'{' && !line.at(end).isSpace()) {
            ++end;
        }
        if (line.left(end) != name) {
            continue;
        }
        Labels labels;
        if (end < line.size() && line.at(end) == u'{' && !parseLabels(line, &end, &labels)) {
            continue;
        }
        bool matches = true;
        for (auto it = wanted.cbegin(); it != wanted.cend() && matches; ++it) {
            matches = labels.value(it.key()) == it.value() && labels.contains(it.key());
        }
        if (!matches) {
            continue;
        }
        const QString valueText = line.mid(end).trimmed().section(u' ', 0, 0);
        bool ok = false;
        const double value = valueText.toDouble(&ok);
        if (ok && std::isfinite(value)) {
            sum += value;
            ++samples;
        }
    }
    if (samples == 0) {
        *error = QStringLiteral("the answer has no sample of %1").arg(selector);
        return std::nullopt;
    }
    return sum;
}

std::optional<QJsonValue> RunbookCaptureReader::read(const RunbookCapture& capture,
                                                     const RunbookAnswer& answer, QString* error) {
    const QString& source = capture.source;
    std::optional<QJsonValue> value;
    if (source == u"http_status") {
        value = QJsonValue(answer.httpStatus);
    } else if (source == u"latency_ms") {
        value = QJsonValue(std::round(answer.latencyMs * 1000.0) / 1000.0);
    } else if (source == u"problem_type") {
        value = answer.problemType.isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(answer.problemType);
    } else if (source == u"problem_detail") {
        value = answer.problemDetail.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(answer.problemDetail);
    } else if (source == u"error") {
        value = answer.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(answer.error);
    } else if (source.startsWith(u"metric:")) {
        const auto sum = sumMetric(answer.text, source.mid(7), error);
        if (!sum) {
            return std::nullopt;
        }
        value = QJsonValue(*sum);
    } else {
        if (answer.body.isUndefined()) {
            *error = QStringLiteral("%1: the answer (HTTP %2) has no JSON body")
                         .arg(capture.variable)
                         .arg(answer.httpStatus);
            return std::nullopt;
        }
        value = resolvePointer(answer.body, source == u"body" ? QString() : source);
        if (!value) {
            *error = QStringLiteral("%1: %2 is not in the answer").arg(capture.variable, source);
            return std::nullopt;
        }
    }
    if (capture.count) {
        if (value->isArray()) {
            return QJsonValue(value->toArray().size());
        }
        if (value->isObject()) {
            return QJsonValue(value->toObject().size());
        }
        *error = QStringLiteral("%1: count needs an array or object, %2 is neither")
                     .arg(capture.variable, source);
        return std::nullopt;
    }
    return value;
}

}  // namespace recops::console
