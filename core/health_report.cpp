// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/health_report.h"

#include "core/json_field_log.h"

#include <cmath>

namespace recops::console {

std::optional<HealthReport> HealthReport::fromJson(const QJsonDocument& document, QString* error) {
    const auto fail = [error](const QString& message) -> std::optional<HealthReport> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (!document.isObject()) {
        return fail(tr("The health report is not a JSON object."));
    }
    const QJsonObject object = document.object();
    HealthReport report;

    const QJsonValue status = JsonFieldLog::field(object, u"status");
    if (!status.isString() || status.toString().isEmpty()) {
        return fail(tr("The health report has no \"status\"."));
    }
    report.status = status.toString();

    const QJsonValue version = JsonFieldLog::field(object, u"version");
    if (!version.isString()) {
        return fail(tr("The health report has no \"version\"."));
    }
    report.version = version.toString();

    const QJsonValue uptime = JsonFieldLog::field(object, u"uptime_seconds");
    if (!uptime.isDouble() || uptime.toDouble() < 0 || !std::isfinite(uptime.toDouble())) {
        return fail(tr("The health report's \"uptime_seconds\" is not a non-negative number."));
    }
    report.uptimeSeconds = uptime.toDouble();

    const QJsonValue model = JsonFieldLog::field(object, u"model");
    if (model.isObject()) {
        report.model = model.toObject();
    } else if (!model.isNull() && !model.isUndefined()) {
        return fail(tr("The health report's \"model\" is neither an object nor null."));
    }

    const QJsonValue store = JsonFieldLog::field(object, u"store");
    if (store.isObject()) {
        report.store = store.toObject();
    } else if (!store.isUndefined() && !store.isNull()) {
        return fail(tr("The health report's \"store\" is not an object."));
    }
    return report;
}

QString formatDuration(double seconds) {
    const auto total = static_cast<qint64>(std::floor(seconds));
    const qint64 days = total / 86400;
    const qint64 hours = (total % 86400) / 3600;
    const qint64 minutes = (total % 3600) / 60;
    if (days > 0) {
        return HealthReport::tr("%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        return HealthReport::tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    if (minutes > 0) {
        return HealthReport::tr("%1 min %2 s").arg(minutes).arg(total % 60);
    }
    return HealthReport::tr("%1 s").arg(total);
}

}  // namespace recops::console
