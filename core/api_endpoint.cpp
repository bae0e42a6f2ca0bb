// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/api_endpoint.h"

#include <QUrl>

namespace recops::console {

ApiEndpoint ApiEndpoint::of(Endpoint endpoint) {
    const auto entry = [](const char* method, const char* pathTemplate) {
        return ApiEndpoint{QByteArray(method), QString::fromLatin1(pathTemplate)};
    };
    // No default: -Wswitch (an error here) names an enumerator added without its entry.
    switch (endpoint) {
        case Endpoint::Health:
            return entry("GET", "/healthz");
        case Endpoint::Whoami:
            return entry("GET", "/api/v1/whoami");
        case Endpoint::Alerts:
            return entry("GET", "/api/v1/alerts");
        case Endpoint::AlertHistory:
            return entry("GET", "/api/v1/alerts/history");
        case Endpoint::AlertAcknowledge:
            return entry("POST", "/api/v1/alerts/{id}/ack");
        case Endpoint::Silences:
            return entry("GET", "/api/v1/silences");
        case Endpoint::SilenceCreate:
            return entry("POST", "/api/v1/silences");
        case Endpoint::SilenceExpire:
            return entry("DELETE", "/api/v1/silences/{id}");
        case Endpoint::Backups:
            return entry("GET", "/api/v1/backups");
        case Endpoint::BackupCreate:
            return entry("POST", "/api/v1/backups");
        case Endpoint::BackupVerify:
            return entry("POST", "/api/v1/backups/{id}/verify");
        case Endpoint::BackupRestore:
            return entry("POST", "/api/v1/backups/{id}/restore");
        case Endpoint::Incidents:
            return entry("GET", "/api/v1/incidents");
        case Endpoint::Incident:
            return entry("GET", "/api/v1/incidents/{id}");
        case Endpoint::IncidentUpdate:
            return entry("PATCH", "/api/v1/incidents/{id}");
        case Endpoint::IncidentCreate:
            return entry("POST", "/api/v1/incidents");
        case Endpoint::IncidentTimelineAppend:
            return entry("POST", "/api/v1/incidents/{id}/timeline");
        case Endpoint::IncidentEscalate:
            return entry("POST", "/api/v1/incidents/{id}/escalate");
        case Endpoint::Models:
            return entry("GET", "/api/v1/models");
        case Endpoint::ModelVersions:
            return entry("GET", "/api/v1/models/{name}/versions");
        case Endpoint::ModelVersion:
            return entry("GET", "/api/v1/models/{name}/versions/{version}");
        case Endpoint::ModelHistory:
            return entry("GET", "/api/v1/models/{name}/history");
        case Endpoint::VersionTransition:
            return entry("POST", "/api/v1/models/{name}/versions/{version}/transition");
        case Endpoint::ModelRollback:
            return entry("POST", "/api/v1/models/{name}/rollback");
        case Endpoint::AliasSet:
            return entry("PUT", "/api/v1/models/{name}/aliases/{alias}");
        case Endpoint::AliasRemove:
            return entry("DELETE", "/api/v1/models/{name}/aliases/{alias}");
        case Endpoint::TrainerRun:
            return entry("POST", "/api/v1/trainer/run");
        case Endpoint::TrainerCancel:
            return entry("POST", "/api/v1/trainer/{job}/cancel");
        case Endpoint::TrainerStatus:
            return entry("GET", "/api/v1/trainer/status");
        case Endpoint::TrainerHistory:
            return entry("GET", "/api/v1/trainer/history");
        case Endpoint::RolloutStart:
            return entry("POST", "/api/v1/rollout");
        case Endpoint::RolloutPromote:
            return entry("POST", "/api/v1/rollout/promote");
        case Endpoint::RolloutAbort:
            return entry("POST", "/api/v1/rollout/abort");
        case Endpoint::RolloutStatus:
            return entry("GET", "/api/v1/rollout/status");
        case Endpoint::Drift:
            return entry("GET", "/api/v1/drift");
        case Endpoint::Slo:
            return entry("GET", "/api/v1/slo");
        case Endpoint::MetricsHistory:
            return entry("GET", "/api/v1/metrics/history");
        case Endpoint::Contacts:
            return entry("GET", "/api/v1/contacts");
        case Endpoint::ContactsReplace:
            return entry("PUT", "/api/v1/contacts");
        case Endpoint::EscalationPolicies:
            return entry("GET", "/api/v1/escalation-policies");
        case Endpoint::EscalationPoliciesReplace:
            return entry("PUT", "/api/v1/escalation-policies");
        case Endpoint::EscalationDryRun:
            return entry("GET", "/api/v1/escalation-policies/{id}/dry-run");
    }
    return {};  // a value past the last enumerator, as all() asks for
}

QList<Endpoint> ApiEndpoint::all() {
    // The enumerators count from 0; the first value past the last has no entry.
    QList<Endpoint> endpoints;
    for (int index = 0; !of(static_cast<Endpoint>(index)).method.isEmpty(); ++index) {
        endpoints.append(static_cast<Endpoint>(index));
    }
    return endpoints;
}

QString ApiEndpoint::path(const QStringList& arguments) const {
    QString result;
    result.reserve(pathTemplate.size());
    qsizetype argument = 0;
    for (qsizetype index = 0; index < pathTemplate.size(); ++index) {
        if (pathTemplate.at(index) != u'{') {
            result.append(pathTemplate.at(index));
            continue;
        }
        const qsizetype end = pathTemplate.indexOf(u'}', index);
        if (argument < arguments.size()) {
            result.append(QString::fromLatin1(QUrl::toPercentEncoding(arguments.at(argument))));
        }
        ++argument;
        index = end < 0 ? pathTemplate.size() : end;
    }
    return result;
}

}  // namespace recops::console
