// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_version.h"
#include "core/registry_change.h"
#include "core/rollout_status.h"
#include "core/token_role.h"

#include <optional>

#include <QDialog>
#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace recops::console {

class AliasDialog;
class ApiReply;
class ModelOperations;
class ProductionGuard;
class ServerConnection;
class StageTransition;
class TrainingDialog;
class TransitionDialog;
class VersionComparisonDialog;

/**
 * What a person can do on the Models page, each flow in one place, whether it starts from
 * a button or from the command palette: stage transitions (gates first), rollback, aliases,
 * comparisons, training jobs and the canary. Every change is confirmed with the environment
 * named, and its outcome is reported in words (with recopsd's detail and request id).
 *
 * The page keeps it informed of what it knows (versions, history, rollout, role); the
 * flows read that, so a confirmation names the very version a rollback returns to.
 */
class ModelActions : public QObject {
    Q_OBJECT

public:
    ModelActions(ServerConnection* connection, ProductionGuard* guard, QWidget* dialogParent);

    ModelOperations* operations() const { return m_operations; }

    void setVersions(const ModelVersionList& versions);
    void setHistory(const RegistryHistory& history);
    void setRollout(const RolloutStatus& rollout);
    void setRole(TokenRole role);
    const ModelVersionList& versions() const { return m_versions; }

    /// The version a rollback returns to, as recopsd will choose it.
    std::optional<int> rollbackTarget() const;
    /// Why promoting @p version cannot be offered; empty when it can.
    QString promotionRefusal(int version) const;

    TransitionDialog* openTransition(int version, ModelStage stage);
    VersionComparisonDialog* openComparison(int baseline, int candidate);
    AliasDialog* openAliases(int version);
    TrainingDialog* openTraining();
    QMessageBox* confirmRollback();
    QMessageBox* confirmCancel(const QString& jobId, const QString& algorithm,
                               const QString& status);
    QMessageBox* confirmRollout(int candidate, double percent);
    /// Checks the candidate's Production gates (a dry run), then asks.
    void promoteRollout();
    QMessageBox* confirmRolloutAbort();

    /// The dialog or confirmation opened last, while it is open.
    QDialog* currentDialog() const { return m_dialog; }

Q_SIGNALS:
    /// Something changed on the server: the page fetches again.
    void changed();
    /// The outcome of a flow, for the page to show.
    void reported(const QString& message, bool failed);

private:
    /// Follows @p reply: reports @p done on success, recopsd's reasons otherwise.
    void track(ApiReply* reply, const QString& done);
    /// @p run, only while the connection is still on the profile it was asked about.
    std::function<void()> onSameProfile(std::function<void()> run) const;
    QMessageBox* confirm(const QString& title, const QString& change, const QString& details,
                         const QString& confirmText, std::function<void()> run);
    QString modelName() const { return m_versions.model; }
    std::optional<int> productionVersion() const;

    QPointer<ServerConnection> m_connection;
    QPointer<ProductionGuard> m_guard;
    QPointer<QWidget> m_parent;
    ModelOperations* m_operations;
    ModelVersionList m_versions;
    RegistryHistory m_history;
    RolloutStatus m_rollout;
    TokenRole m_role;
    QPointer<QDialog> m_dialog;
    QPointer<StageTransition> m_promotionCheck;
};

}  // namespace recops::console
