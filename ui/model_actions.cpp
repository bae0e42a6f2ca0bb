// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/model_actions.h"

#include "core/api_reply.h"
#include "core/change_summary.h"
#include "core/model_operations.h"
#include "core/server_connection.h"
#include "core/stage_transition.h"
#include "ui/alias_dialog.h"
#include "ui/change_confirmation.h"
#include "ui/production_guard.h"
#include "ui/training_dialog.h"
#include "ui/transition_dialog.h"
#include "ui/version_comparison_dialog.h"

#include <QDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QWidget>

namespace recops::console {

ModelActions::ModelActions(ServerConnection* connection, ProductionGuard* guard,
                           QWidget* dialogParent)
    : QObject(dialogParent)
    , m_connection(connection)
    , m_guard(guard)
    , m_parent(dialogParent)
    , m_operations(new ModelOperations(connection, this)) {}

void ModelActions::setVersions(const ModelVersionList& versions) {
    m_versions = versions;
}

void ModelActions::setHistory(const RegistryHistory& history) {
    m_history = history;
}

void ModelActions::setRollout(const RolloutStatus& rollout) {
    m_rollout = rollout;
}

void ModelActions::setRole(TokenRole role) {
    m_role = role;
}

std::optional<int> ModelActions::productionVersion() const {
    const ModelVersion* production = m_versions.production();
    return production ? std::optional<int>(production->version) : std::nullopt;
}

std::optional<int> ModelActions::rollbackTarget() const {
    const auto production = productionVersion();
    if (!production || m_history.model != m_versions.model) {
        return std::nullopt;
    }
    return m_history.rollbackTarget(*production, m_versions);
}

QString ModelActions::promotionRefusal(int version) const {
    if (!m_role.canChangeModels()) {
        return m_role.changeRefusal();
    }
    const ModelVersion* chosen = m_versions.find(version);
    if (!chosen) {
        return tr("Select a version on the Models page first.");
    }
    if (chosen->stage == ModelStage::Production) {
        return tr("Version %1 is already in Production.").arg(version);
    }
    return QString();
}

std::function<void()> ModelActions::onSameProfile(std::function<void()> run) const {
    const ConnectionProfile asked = m_connection ? m_connection->profile() : ConnectionProfile();
    return [this, asked, run = std::move(run)] {
        if (m_connection && m_connection->profile() == asked) {
            run();
        }
    };
}

QMessageBox* ModelActions::confirm(const QString& title, const QString& change,
                                   const QString& details, const QString& confirmText,
                                   std::function<void()> run) {
    QMessageBox* box = ChangeConfirmation::ask(m_parent, m_connection->profile(), title, change,
                                               details, confirmText, onSameProfile(std::move(run)));
    m_dialog = box;
    return box;
}

void ModelActions::track(ApiReply* reply, const QString& done) {
    connect(reply, &ApiReply::finished, this, [this, reply, done] {
        if (reply->isSuccess()) {
            Q_EMIT reported(done, false);
            Q_EMIT changed();
            return;
        }
        QString message = tr("Refused: %1").arg(reply->error().detailedText());
        const QJsonValue gates = reply->error().extensions().value(QLatin1StringView("gates"));
        if (const auto results = GateResults::fromJson(gates.toArray(), nullptr);
            gates.isArray() && results && !results->isEmpty()) {
            message += u' ' + tr("(%1)").arg(GateResults::summary(*results));
        }
        Q_EMIT reported(message, true);
        Q_EMIT changed();  // what was refused may be because the page's view is out of date
    });
}

TransitionDialog* ModelActions::openTransition(int version, ModelStage stage) {
    const ModelVersion* chosen = m_versions.find(version);
    if (!chosen || !m_role.canChangeModels()) {
        return nullptr;
    }
    auto* dialog = new TransitionDialog(m_operations, m_guard, m_connection->profile(), *chosen,
                                        productionVersion(), stage, m_role, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransitionDialog::applied, this, [this](const QString& message) {
        Q_EMIT reported(message, false);
        Q_EMIT changed();
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

VersionComparisonDialog* ModelActions::openComparison(int baseline, int candidate) {
    if (!m_versions.find(baseline) || !m_versions.find(candidate)) {
        return nullptr;
    }
    auto* dialog =
        new VersionComparisonDialog(m_connection, m_versions, baseline, candidate, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

AliasDialog* ModelActions::openAliases(int version) {
    if (!m_role.canChangeModels() || m_versions.versions.isEmpty()) {
        return nullptr;
    }
    auto* dialog = new AliasDialog(m_operations, m_guard, m_connection->profile(), m_versions,
                                   version, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AliasDialog::changed, this, [this](const QString& message) {
        Q_EMIT reported(message, false);
        Q_EMIT changed();
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

TrainingDialog* ModelActions::openTraining() {
    if (!m_role.canChangeModels()) {
        return nullptr;
    }
    auto* dialog = new TrainingDialog(m_operations, m_guard, m_connection->profile(),
                                      m_versions.model, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrainingDialog::started, this, [this](const QString&, const QString& message) {
        Q_EMIT reported(message, false);
        Q_EMIT changed();
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QMessageBox* ModelActions::confirmRollback() {
    const auto production = productionVersion();
    const auto target = rollbackTarget();
    if (!production || !target || !m_role.canChangeModels()) {
        return nullptr;
    }
    const QString model = modelName();
    const QString change = ChangeSummary::rollback(model, *production, *target);
    return confirm(tr("Confirm the rollback"), change,
                   tr("Version %1 leaves Production for Archived; recopsd serves version %2 "
                      "from then on.")
                       .arg(*production)
                       .arg(*target),
                   tr("Roll back to version %1").arg(*target), [this, model, change] {
                       track(m_operations->rollback(model, QString()), tr("Done: %1").arg(change));
                   });
}

QMessageBox* ModelActions::confirmCancel(const QString& jobId, const QString& algorithm,
                                         const QString& status) {
    if (!m_role.canChangeModels()) {
        return nullptr;
    }
    const QString change = ChangeSummary::jobCancellation(jobId, algorithm, status);
    return confirm(tr("Confirm the cancellation"), change,
                   tr("A running job stops at its next checkpoint and registers nothing."),
                   tr("Cancel the job"), [this, jobId, change] {
                       track(m_operations->cancelTraining(jobId), tr("Done: %1").arg(change));
                   });
}

QMessageBox* ModelActions::confirmRollout(int candidate, double percent) {
    if (!m_role.canChangeModels() || !m_versions.find(candidate)) {
        return nullptr;
    }
    const QString change =
        ChangeSummary::rollout(modelName(), candidate, productionVersion(), percent);
    const bool changing = m_rollout.active && m_rollout.candidateVersion == candidate;
    return confirm(changing ? tr("Confirm the new share") : tr("Confirm the canary"), change,
                   tr("Requests are split by user, so a user keeps seeing one arm; the figures "
                      "of both arms show on the Canary tab."),
                   changing ? tr("Change the share") : tr("Start the canary"),
                   [this, candidate, percent, change] {
                       track(m_operations->startRollout(candidate, percent),
                             tr("Done: %1").arg(change));
                   });
}

void ModelActions::promoteRollout() {
    if (!m_role.canChangeModels() || !m_rollout.active) {
        return;
    }
    // The gates first, as for any promotion; promote then goes through them again.
    auto* check = new StageTransition(m_operations, this);
    m_promotionCheck = check;
    const int candidate = m_rollout.candidateVersion;
    check->setRequest(
        TransitionRequest{modelName(), candidate, ModelStage::Production, QString(), false, false});
    connect(check, &StageTransition::stateChanged, this, [this, check, candidate] {
        using State = StageTransition::State;
        if (check->state() == State::Evaluating) {
            return;
        }
        check->deleteLater();
        const ModelVersion* version = m_versions.find(candidate);
        QString details;
        if (check->state() == State::Evaluated) {
            details = version ? ChangeSummary::transitionDetails(*version, ModelStage::Production,
                                                                 productionVersion(),
                                                                 check->gates(), false, QString())
                              : GateResults::summary(check->gates());
            if (!check->gatesPassed()) {
                details += u'\n' + tr("recopsd will refuse the promotion while gates fail.");
            }
        } else {
            details = tr("The gates could not be checked: %1").arg(check->error().detailedText());
        }
        const QString model = modelName();
        const QString change = ChangeSummary::rolloutPromotion(model, candidate);
        confirm(tr("Confirm the promotion"), change, details, tr("Promote to Production"),
                [this, change] {
                    track(m_operations->promoteRollout(QString()), tr("Done: %1").arg(change));
                });
    });
    check->evaluate();
}

QMessageBox* ModelActions::confirmRolloutAbort() {
    if (!m_role.canChangeModels() || !m_rollout.active) {
        return nullptr;
    }
    const QString change = ChangeSummary::rolloutAbort(m_rollout.model, m_rollout.candidateVersion,
                                                       productionVersion());
    return confirm(tr("Confirm the abort"), change,
                   tr("The candidate keeps its stage; only its share of traffic ends."),
                   tr("Abort the canary"), [this, change] {
                       track(m_operations->abortRollout(), tr("Done: %1").arg(change));
                   });
}

}  // namespace recops::console
