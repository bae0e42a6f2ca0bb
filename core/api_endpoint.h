// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace recops::console {

/**
 * Every operation of recopsd's HTTP API the console calls, by name.
 *
 * The client builds each request from this table (ApiClient::call), so the method and the
 * path template written here are the ones sent. The templates are spelt as
 * docs/openapi.yaml spells its paths, and tests/core/api_contract_test checks every entry
 * against that document: renaming a path on either side fails it.
 */
enum class Endpoint {
    Health,
    Whoami,
    Alerts,
    AlertHistory,
    AlertAcknowledge,
    Silences,
    Backups,
    BackupCreate,
    BackupVerify,
    BackupRestore,
    Incidents,
    Incident,
    IncidentUpdate,
    SilenceCreate,
    SilenceExpire,
    IncidentCreate,
    IncidentTimelineAppend,
    IncidentEscalate,
    Models,
    ModelVersions,
    ModelVersion,
    ModelHistory,
    VersionTransition,
    ModelRollback,
    AliasSet,
    AliasRemove,
    TrainerRun,
    TrainerCancel,
    TrainerStatus,
    TrainerHistory,
    RolloutStart,
    RolloutPromote,
    RolloutAbort,
    RolloutStatus,
    Drift,
    Slo,
    MetricsHistory,
    Contacts,
    ContactsReplace,
    EscalationPolicies,
    EscalationPoliciesReplace,
    EscalationDryRun,
};

/// One entry of the table: a method and a path template such as
/// "/api/v1/models/{name}/versions/{version}".
struct ApiEndpoint {
    QByteArray method;
    QString pathTemplate;

    /// The entry of @p endpoint.
    static ApiEndpoint of(Endpoint endpoint);
    /// Every entry, in the order of the enumeration.
    static QList<Endpoint> all();

    /// The path with each {placeholder}, in order, replaced by the percent-encoded
    /// argument of the same position. A missing argument leaves its placeholder empty.
    QString path(const QStringList& arguments = {}) const;
};

}  // namespace recops::console
