// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/drift_report.h"
#include "core/model_catalog.h"
#include "core/model_version.h"
#include "core/model_version_details.h"
#include "core/polled_resource.h"
#include "core/registry_change.h"
#include "core/rollout_status.h"
#include "core/token_role.h"
#include "core/training_job.h"
#include "ui/page_widget.h"

#include <optional>

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace recops::console {

class CanaryPanel;
class CommandRegistry;
class DriftPanel;
class ModelActions;
class ModelVersionsPanel;
class ProductionGuard;
class ServerConnection;
class StageHistoryPanel;
class TrainingPanel;

/**
 * The model registry, as ML engineers work with it: a model's versions with stages,
 * aliases and headline metrics (the serving one drawn apart), a version in full, two
 * versions compared metric by metric and cohort by cohort, stage transitions with the gates
 * shown before anything changes, rollback and aliases; training jobs with live progress;
 * the canary with both arms' live figures; the stage history; data drift per feature.
 *
 * Every resource is a PolledResource watched by the page (staleness badge, F5,
 * --screenshot), fetched while the page is shown. What the token's role may not do is not
 * shown at all; what changes the server is guarded by the production lock and confirmed
 * naming the environment. The palette gets promote, rollback, start training and abort
 * rollout.
 */
class ModelsPage : public PageWidget {
    Q_OBJECT

public:
    enum Tab { VersionsTab, TrainingTab, CanaryTab, HistoryTab, DriftTab };

    ModelsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent = nullptr);
    ~ModelsPage() override;

    bool isSettled() const override;
    QLineEdit* filterEdit() const override { return m_filter; }
    void registerCommands(CommandRegistry* commands) override;

    /// The model shown; empty before the registry has answered.
    QString currentModel() const { return m_model; }
    TokenRole role() const { return m_role; }
    ModelActions* actions() const { return m_actions; }
    ModelVersionsPanel* versionsPanel() const { return m_versionsPanel; }
    TrainingPanel* trainingPanel() const { return m_trainingPanel; }
    CanaryPanel* canaryPanel() const { return m_canaryPanel; }
    StageHistoryPanel* historyPanel() const { return m_historyPanel; }
    DriftPanel* driftPanel() const { return m_driftPanel; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* modelBox() const { return m_modelBox; }
    /// The outcome of the last change, as shown above the tabs.
    QString noticeText() const;
    /// The page's sources, in the order they are listed in the class.
    QList<ResourcePoller*> pollers() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void chooseModel(const QString& model);
    void showCatalog();
    void showVersions();
    void showDetails();
    void showTrainer();
    void showRollout();
    void followHealth();
    void followRole(TokenRole role);
    void updateCommands();
    void refreshAfterChange();
    void showNotice(const QString& message, bool failed);

    QPointer<ServerConnection> m_connection;
    QPointer<ProductionGuard> m_guard;
    QPointer<CommandRegistry> m_commands;
    ModelActions* m_actions;
    PolledResource<ModelCatalog>* m_catalog;
    PolledResource<ModelVersionList>* m_versions;
    PolledResource<ModelVersionDetails>* m_details;
    PolledResource<RegistryHistory>* m_history;
    PolledResource<TrainerStatus>* m_trainer;
    PolledResource<TrainingJobList>* m_jobs;
    PolledResource<RolloutStatus>* m_rollout;
    PolledResource<DriftReport>* m_drift;
    QComboBox* m_modelBox;
    QLineEdit* m_filter;
    QLabel* m_roleNote;
    QLabel* m_notice;
    QTabWidget* m_tabs;
    ModelVersionsPanel* m_versionsPanel;
    TrainingPanel* m_trainingPanel;
    CanaryPanel* m_canaryPanel;
    StageHistoryPanel* m_historyPanel;
    DriftPanel* m_driftPanel;
    QString m_model;
    QString m_servingModel;
    std::optional<int> m_servingVersion;
    TokenRole m_role;
    bool m_started = false;
    bool m_selectedOnce = false;
    QString m_runningJob;
};

}  // namespace recops::console
