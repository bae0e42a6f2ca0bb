// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/gate_result.h"
#include "core/model_stage.h"

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace recops::console {

struct ModelVersionList;

/// What a registry change did.
enum class RegistryChangeKind {
    Registered,    ///< a new version
    Stage,         ///< a stage transition (promotion, rollback, archive)
    AliasSet,      ///< an alias set on or moved to the version
    AliasRemoved,  ///< an alias taken off
    Deleted,       ///< the version was deleted (retention)
};

/// One entry of a model's stage history: who changed what, when, why, through which gates.
struct RegistryChange {
    qint64 id = 0;
    int version = 0;
    RegistryChangeKind kind = RegistryChangeKind::Registered;
    std::optional<ModelStage> fromStage;
    std::optional<ModelStage> toStage;
    QString alias;
    QString actor;
    QString comment;
    QList<GateResult> gates;
    /// The change went past failing gates (an admin forced it).
    bool forced = false;
    QDateTime atUtc;

    friend bool operator==(const RegistryChange&, const RegistryChange&) = default;
};

/// GET /api/v1/models/{name}/history: the model's changes, newest first.
struct RegistryHistory {
    Q_DECLARE_TR_FUNCTIONS(RegistryHistory)

public:
    QString model;
    QList<RegistryChange> changes;

    /**
     * The version POST /rollback returns to, as recopsd chooses it: the newest version
     * that left Production, other than @p production, and still exists in @p versions.
     */
    std::optional<int> rollbackTarget(int production, const ModelVersionList& versions) const;

    static QString kindName(RegistryChangeKind kind);
    static std::optional<RegistryHistory> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
