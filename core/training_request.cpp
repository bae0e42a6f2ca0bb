// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/training_request.h"

#include <QRegularExpression>

namespace recops::console {

QStringList TrainingRequest::knownAlgorithms() {
    return {QStringLiteral("ease"), QStringLiteral("als"), QStringLiteral("itemknn"),
            QStringLiteral("popularity")};
}

std::optional<QJsonObject> TrainingRequest::parseParameters(const QString& text, QString* error) {
    static const QRegularExpression separator(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    QJsonObject parameters;
    for (const QString& term : text.split(separator, Qt::SkipEmptyParts)) {
        const qsizetype equals = term.indexOf(u'=');
        const QString key = term.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : term.mid(equals + 1).trimmed();
        if (equals <= 0 || value.isEmpty() || !name.match(key).hasMatch()) {
            if (error) {
                *error = tr("\"%1\" is not name=value, as in factors=64").arg(term);
            }
            return std::nullopt;
        }
        if (parameters.contains(key)) {
            if (error) {
                *error = tr("%1 is given twice").arg(key);
            }
            return std::nullopt;
        }
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        if (isNumber) {
            parameters.insert(key, number);
        } else if (value == u"true" || value == u"false") {
            parameters.insert(key, value == u"true");
        } else {
            parameters.insert(key, value);
        }
    }
    return parameters;
}

QString TrainingRequest::problem() const {
    QString parameterProblem;
    if (!parseParameters(parameters, &parameterProblem)) {
        return tr("Parameters: %1.").arg(parameterProblem);
    }
    if (!parameters.trimmed().isEmpty() && algorithm.isEmpty()) {
        return tr("Parameters need an algorithm: recopsd's own choice takes no parameters.");
    }
    if (window == Window::LastDays && !(lastDays > 0.0)) {
        return tr("Window: the number of days must be positive.");
    }
    if (window == Window::Range) {
        if (!fromUtc.isValid() || !toUtc.isValid()) {
            return tr("Window: give both the start and the end.");
        }
        if (fromUtc >= toUtc) {
            return tr("Window: the start must be before the end.");
        }
    }
    if (label.toUtf8().size() > 500) {
        return tr("Label: at most 500 bytes.");
    }
    if (targetStage && *targetStage != ModelStage::Staging &&
        *targetStage != ModelStage::Production) {
        return tr("Target stage: Staging or Production, or none to register the version only.");
    }
    if (dryRun && targetStage) {
        return tr("A dry run registers nothing, so it cannot promote to a stage.");
    }
    return QString();
}

QJsonObject TrainingRequest::toJson() const {
    QJsonObject body;
    if (!model.isEmpty()) {
        body.insert(QStringLiteral("model"), model);
    }
    if (!algorithm.isEmpty()) {
        body.insert(QStringLiteral("algorithm"), algorithm);
    }
    if (const auto parsed = parseParameters(parameters, nullptr); parsed && !parsed->isEmpty()) {
        body.insert(QStringLiteral("params"), *parsed);
    }
    switch (window) {
        case Window::AllEvents:
            break;
        case Window::LastDays:
            body.insert(QStringLiteral("window"),
                        QJsonObject{{QStringLiteral("last_days"), lastDays}});
            break;
        case Window::Range:
            body.insert(
                QStringLiteral("window"),
                QJsonObject{{QStringLiteral("from"), fromUtc.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("to"), toUtc.toUTC().toString(Qt::ISODateWithMs)}});
            break;
    }
    if (!label.isEmpty()) {
        body.insert(QStringLiteral("version_label"), label);
    }
    if (dryRun) {
        body.insert(QStringLiteral("dry_run"), true);
    }
    if (targetStage) {
        body.insert(QStringLiteral("stage"), ModelStages::key(*targetStage));
    }
    return body;
}

}  // namespace recops::console
