// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/json_reader.h"

#include "core/json_field_log.h"

#include <cmath>

namespace recops::console {

JsonReader JsonReader::root(const QJsonDocument& document) {
    JsonReader reader(document.object(), QString());
    if (!document.isObject()) {
        reader.fail(tr("The answer is not a JSON object."));
    }
    return reader;
}

JsonReader::JsonReader(const QJsonObject& object, const QString& path)
    : JsonReader(object, path, std::make_shared<QString>()) {}

JsonReader::JsonReader(const QJsonObject& object, const QString& path,
                       std::shared_ptr<QString> problem)
    : m_object(object), m_path(path), m_problem(std::move(problem)) {}

bool JsonReader::has(QStringView key) const {
    if (JsonFieldLog::isRecording()) {
        JsonFieldLog::record(pathOf(key));
    }
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString JsonReader::pathOf(QStringView key) const {
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

void JsonReader::fail(const QString& message) {
    if (m_problem->isEmpty()) {
        *m_problem = message;
    }
}

QJsonValue JsonReader::required(QStringView key) {
    if (JsonFieldLog::isRecording()) {
        JsonFieldLog::record(pathOf(key));
    }
    if (!ok()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(tr("%1 is missing").arg(pathOf(key)));
    }
    return value;
}

QString JsonReader::string(QStringView key) {
    const QJsonValue value = required(key);
    if (ok() && !value.isString()) {
        fail(tr("%1 is not a string").arg(pathOf(key)));
    }
    return value.toString();
}

QString JsonReader::optionalString(QStringView key, const QString& fallback) {
    return has(key) ? string(key) : fallback;
}

double JsonReader::number(QStringView key) {
    const QJsonValue value = required(key);
    if (ok() && (!value.isDouble() || !std::isfinite(value.toDouble()))) {
        fail(tr("%1 is not a number").arg(pathOf(key)));
    }
    return value.toDouble();
}

std::optional<double> JsonReader::optionalNumber(QStringView key) {
    if (!has(key)) {
        return std::nullopt;
    }
    const double value = number(key);
    return ok() ? std::optional<double>(value) : std::nullopt;
}

qint64 JsonReader::integer(QStringView key) {
    const double value = number(key);
    if (ok() && value != std::floor(value)) {
        fail(tr("%1 is not an integer").arg(pathOf(key)));
    }
    return static_cast<qint64>(value);
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key) {
    if (!has(key)) {
        return std::nullopt;
    }
    const qint64 value = integer(key);
    return ok() ? std::optional<qint64>(value) : std::nullopt;
}

bool JsonReader::boolean(QStringView key) {
    const QJsonValue value = required(key);
    if (ok() && !value.isBool()) {
        fail(tr("%1 is not true or false").arg(pathOf(key)));
    }
    return value.toBool();
}

QDateTime JsonReader::timestamp(QStringView key) {
    const QString text = string(key);
    if (!ok()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        fail(tr("%1 is not an ISO 8601 time: \"%2\"").arg(pathOf(key), text));
        return {};
    }
    return time.toUTC();
}

QDateTime JsonReader::optionalTimestamp(QStringView key) {
    return has(key) ? timestamp(key) : QDateTime();
}

QJsonArray JsonReader::array(QStringView key) {
    const QJsonValue value = required(key);
    if (ok() && !value.isArray()) {
        fail(tr("%1 is not an array").arg(pathOf(key)));
    }
    return value.toArray();
}

QStringList JsonReader::stringList(QStringView key) {
    QStringList strings;
    const QJsonArray items = array(key);
    for (qsizetype index = 0; index < items.size() && ok(); ++index) {
        if (!items.at(index).isString()) {
            fail(tr("%1[%2] is not a string").arg(pathOf(key)).arg(index));
        }
        strings.append(items.at(index).toString());
    }
    return strings;
}

QJsonObject JsonReader::optionalObject(QStringView key) {
    if (!has(key) || !ok()) {
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(tr("%1 is not an object").arg(pathOf(key)));
    }
    return value.toObject();
}

JsonReader JsonReader::child(QStringView key) {
    const QJsonValue value = required(key);
    if (ok() && !value.isObject()) {
        fail(tr("%1 is not an object").arg(pathOf(key)));
    }
    return JsonReader(value.toObject(), pathOf(key), m_problem);
}

}  // namespace recops::console
