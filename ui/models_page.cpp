// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Models page: eight PolledResources (the registry, the chosen model's versions, the
// selected version in full, its stage history, the trainer's status and jobs, the canary,
// drift), five tabs that show them, and ModelActions for what changes the server. The page
// wires them together: which model and version are chosen, what the token's role may see,
// and which palette commands can run now.
#include "ui/models_page.h"

#include "core/command_registry.h"
#include "core/health_monitor.h"
#include "core/label_filter_proxy_model.h"
#include "core/model_version_table_model.h"
#include "core/registry_paths.h"
#include "core/server_connection.h"
#include "ui/canary_panel.h"
#include "ui/drift_panel.h"
#include "ui/model_actions.h"
#include "ui/model_version_details_view.h"
#include "ui/model_versions_panel.h"
#include "ui/production_guard.h"
#include "ui/stage_history_panel.h"
#include "ui/training_panel.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace recops::console {

namespace {

constexpr int kCatalogIntervalMs = 15'000;
constexpr int kVersionsIntervalMs = 5'000;
// A version's manifest and metrics do not change once registered.
constexpr int kDetailsIntervalMs = 5 * 60 * 1000;
constexpr int kHistoryIntervalMs = 10'000;
constexpr int kTrainerIdleIntervalMs = 5'000;
// While a job runs its progress is followed closely.
constexpr int kTrainerBusyIntervalMs = 1'000;
constexpr int kJobsIntervalMs = 10'000;
constexpr int kRolloutIntervalMs = 2'000;
constexpr int kDriftIntervalMs = 15'000;
// The stage history is read far enough back to find the version a rollback returns to.
constexpr int kHistoryLimit = 1000;

const QString kPromoteCommand = QStringLiteral("models.promote");
const QString kRollbackCommand = QStringLiteral("models.rollback");
const QString kTrainCommand = QStringLiteral("models.train");
const QString kAbortCommand = QStringLiteral("models.rollout.abort");
const QString kCompareCommand = QStringLiteral("models.compare");

}  // namespace

ModelsPage::ModelsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent)
    : PageWidget(ConsolePage::Models, parent)
    , m_connection(connection)
    , m_guard(guard)
    , m_actions(new ModelActions(connection, guard, this))
    , m_catalog(new PolledResource<ModelCatalog>(connection, RegistryPaths::models(),
                                                 &ModelCatalog::fromJson, this))
    , m_versions(new PolledResource<ModelVersionList>(connection, QString(),
                                                      &ModelVersionList::fromJson, this))
    , m_details(new PolledResource<ModelVersionDetails>(connection, QString(),
                                                        &ModelVersionDetails::fromJson, this))
    , m_history(new PolledResource<RegistryHistory>(connection, QString(),
                                                    &RegistryHistory::fromJson, this))
    , m_trainer(new PolledResource<TrainerStatus>(
          connection, QStringLiteral("/api/v1/trainer/status"), &TrainerStatus::fromJson, this))
    , m_jobs(new PolledResource<TrainingJobList>(
          connection, QStringLiteral("/api/v1/trainer/history"), &TrainingJobList::fromJson, this))
    , m_rollout(new PolledResource<RolloutStatus>(
          connection, QStringLiteral("/api/v1/rollout/status"), &RolloutStatus::fromJson, this))
    , m_drift(new PolledResource<DriftReport>(connection, QStringLiteral("/api/v1/drift"),
                                              &DriftReport::fromJson, this))
    , m_modelBox(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_roleNote(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_versionsPanel(new ModelVersionsPanel(guard, this))
    , m_trainingPanel(new TrainingPanel(guard, this))
    , m_canaryPanel(new CanaryPanel(guard, this))
    , m_historyPanel(new StageHistoryPanel(this))
    , m_driftPanel(new DriftPanel(this)) {
    setAccessibleName(tr("Models"));

    m_catalog->setTitle(tr("Model registry"));
    m_catalog->setIntervalMs(kCatalogIntervalMs);
    m_versions->setTitle(tr("Model versions"));
    m_versions->setIntervalMs(kVersionsIntervalMs);
    m_details->setTitle(tr("Version details"));
    m_details->setIntervalMs(kDetailsIntervalMs);
    m_history->setTitle(tr("Stage history"));
    m_history->setIntervalMs(kHistoryIntervalMs);
    m_history->setQuery(QUrlQuery{{QStringLiteral("limit"), QString::number(kHistoryLimit)}});
    m_trainer->setTitle(tr("Trainer status"));
    m_trainer->setIntervalMs(kTrainerIdleIntervalMs);
    m_jobs->setTitle(tr("Training jobs"));
    m_jobs->setIntervalMs(kJobsIntervalMs);
    m_rollout->setTitle(tr("Canary rollout"));
    m_rollout->setIntervalMs(kRolloutIntervalMs);
    m_drift->setTitle(tr("Data drift"));
    m_drift->setIntervalMs(kDriftIntervalMs);

    m_modelBox->setAccessibleName(tr("Model"));
    m_modelBox->setMinimumContentsLength(16);
    m_modelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setPlaceholderText(
        tr("Filter every table: text, or stage=production algorithm=als* aliases=champion "
           "(Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter models"));
    m_filter->setClearButtonEnabled(true);
    m_roleNote->setAccessibleName(tr("What this token may do"));
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setObjectName(QStringLiteral("modelsNotice"));
    m_notice->setAccessibleName(tr("Outcome of the last change"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    auto* modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_modelBox);
    auto* bar = new QHBoxLayout;
    bar->addWidget(modelLabel);
    bar->addWidget(m_modelBox);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 1);
    bar->addSpacing(12);
    bar->addWidget(m_roleNote);

    m_tabs->addTab(m_versionsPanel, tr("&Versions"));
    m_tabs->addTab(m_trainingPanel, tr("&Training"));
    m_tabs->addTab(m_canaryPanel, tr("&Canary"));
    m_tabs->addTab(m_historyPanel, tr("&History"));
    m_tabs->addTab(m_driftPanel, tr("&Drift"));
    m_tabs->setAccessibleName(tr("Model views"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    for (ResourcePoller* poller : pollers()) {
        watch(poller);
    }
    connect(m_catalog, &DataSource::dataChanged, this, &ModelsPage::showCatalog);
    connect(m_versions, &DataSource::dataChanged, this, &ModelsPage::showVersions);
    connect(m_details, &DataSource::dataChanged, this, &ModelsPage::showDetails);
    connect(m_details, &DataSource::statusChanged, this, &ModelsPage::showDetails);
    connect(m_history, &DataSource::dataChanged, this, [this] {
        const RegistryHistory history = m_history->value().value_or(RegistryHistory());
        m_historyPanel->setHistory(history);
        m_actions->setHistory(history);
        m_versionsPanel->setRollbackTarget(m_actions->rollbackTarget());
        updateCommands();
    });
    connect(m_trainer, &DataSource::dataChanged, this, &ModelsPage::showTrainer);
    connect(m_jobs, &DataSource::dataChanged, this,
            [this] { m_trainingPanel->setHistory(m_jobs->value().value_or(TrainingJobList())); });
    connect(m_rollout, &DataSource::dataChanged, this, &ModelsPage::showRollout);
    connect(m_drift, &DataSource::dataChanged, this,
            [this] { m_driftPanel->setReport(m_drift->value().value_or(DriftReport())); });

    connect(m_modelBox, &QComboBox::activated, this,
            [this] { chooseModel(m_modelBox->currentData().toString()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_versionsPanel->filter()->setQuery(text);
        m_versionsPanel->details()->setQuery(text);
        m_trainingPanel->filter()->setQuery(text);
        m_historyPanel->filter()->setQuery(text);
        m_driftPanel->filter()->setQuery(text);
    });
    connect(m_versionsPanel, &ModelVersionsPanel::currentVersionChanged, this, [this](int version) {
        if (version > 0 && !m_model.isEmpty()) {
            m_details->setPath(RegistryPaths::version(m_model, version));
            if (m_started) {
                m_details->start();
            }
        } else {
            m_details->pause();
        }
        showDetails();
        updateCommands();
    });
    connect(m_versionsPanel, &ModelVersionsPanel::selectionChanged, this,
            &ModelsPage::updateCommands);
    connect(m_versionsPanel, &ModelVersionsPanel::compareRequested, m_actions,
            &ModelActions::openComparison);
    connect(m_versionsPanel, &ModelVersionsPanel::transitionRequested, this, [this](int version) {
        const ModelVersion* chosen = m_actions->versions().find(version);
        m_actions->openTransition(version, chosen && chosen->stage == ModelStage::None
                                               ? ModelStage::Staging
                                               : ModelStage::Production);
    });
    connect(m_versionsPanel, &ModelVersionsPanel::promoteRequested, this,
            [this](int version) { m_actions->openTransition(version, ModelStage::Production); });
    connect(m_versionsPanel, &ModelVersionsPanel::rollbackRequested, m_actions,
            &ModelActions::confirmRollback);
    connect(m_versionsPanel, &ModelVersionsPanel::aliasesRequested, m_actions,
            &ModelActions::openAliases);
    connect(m_trainingPanel, &TrainingPanel::startRequested, m_actions,
            &ModelActions::openTraining);
    connect(m_trainingPanel, &TrainingPanel::cancelRequested, m_actions,
            &ModelActions::confirmCancel);
    connect(m_canaryPanel, &CanaryPanel::startRequested, m_actions, &ModelActions::confirmRollout);
    connect(m_canaryPanel, &CanaryPanel::promoteRequested, m_actions,
            &ModelActions::promoteRollout);
    connect(m_canaryPanel, &CanaryPanel::abortRequested, m_actions,
            &ModelActions::confirmRolloutAbort);
    connect(m_actions, &ModelActions::reported, this, &ModelsPage::showNotice);
    connect(m_actions, &ModelActions::changed, this, &ModelsPage::refreshAfterChange);

    connect(connection->monitor(), &HealthMonitor::healthChanged, this, &ModelsPage::followHealth);
    connect(connection, &ServerConnection::profileChanged, this, [this] {
        // Another server: its models are others; choose again once its registry answers.
        m_model.clear();
        m_selectedOnce = false;
        m_modelBox->clear();
        m_notice->hide();
        m_versions->setPath(QString());
        m_history->setPath(QString());
        m_details->setPath(QString());
        m_versions->pause();
        m_history->pause();
        m_details->pause();
        followRole(TokenRole());
    });
    followHealth();
}

ModelsPage::~ModelsPage() = default;

QList<ResourcePoller*> ModelsPage::pollers() const {
    return {m_catalog, m_versions, m_details, m_history, m_trainer, m_jobs, m_rollout, m_drift};
}

bool ModelsPage::isSettled() const {
    // Until the page is shown nothing is fetched; a screenshot waits for the first answers.
    return m_started && PageWidget::isSettled();
}

void ModelsPage::showEvent(QShowEvent* event) {
    PageWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        for (ResourcePoller* poller :
             QList<ResourcePoller*>{m_catalog, m_trainer, m_jobs, m_rollout, m_drift}) {
            poller->start();
        }
        if (!m_model.isEmpty()) {
            m_versions->start();
            m_history->start();
        }
    } else {
        for (ResourcePoller* poller : pollers()) {
            if (!poller->path().isEmpty()) {
                poller->resume();
            }
        }
    }
    updateSettled();
}

void ModelsPage::hideEvent(QHideEvent* event) {
    PageWidget::hideEvent(event);
    // A page that is not shown fetches nothing; its data stays for when it comes back.
    for (ResourcePoller* poller : pollers()) {
        poller->pause();
    }
}

QString ModelsPage::noticeText() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ModelsPage::chooseModel(const QString& model) {
    if (model.isEmpty() || model == m_model) {
        return;
    }
    m_model = model;
    m_selectedOnce = false;
    // /healthz usually answers before the registry does: the served version it named is
    // marked once its model is the one shown.
    m_versionsPanel->model()->setServingVersion(m_servingModel == m_model ? m_servingVersion
                                                                          : std::nullopt);
    m_versions->setPath(RegistryPaths::versions(model));
    m_history->setPath(RegistryPaths::history(model));
    m_jobs->setQuery(QUrlQuery{{QStringLiteral("model"), model}});
    if (m_started && isVisible()) {
        m_versions->start();
        m_history->start();
        m_jobs->refresh();
    }
    m_modelBox->setCurrentIndex(std::max(0, m_modelBox->findData(model)));
}

void ModelsPage::showCatalog() {
    const ModelCatalog catalog = m_catalog->value().value_or(ModelCatalog());
    m_servingModel = catalog.servingModel;
    const QString chosen = m_model;
    m_modelBox->clear();
    for (const RegisteredModel& model : catalog.models) {
        m_modelBox->addItem(
            model.name == catalog.servingModel ? tr("%1 (serving)").arg(model.name) : model.name,
            model.name);
    }
    if (catalog.models.isEmpty()) {
        m_modelBox->addItem(tr("no model registered"), QString());
        m_versionsPanel->details()->showDetails(
            std::nullopt, tr("No model is registered yet: train one on the Training tab."));
        return;
    }
    QString next = chosen;
    if (m_modelBox->findData(next) < 0) {
        next = m_modelBox->findData(catalog.servingModel) >= 0 ? catalog.servingModel
                                                               : m_modelBox->itemData(0).toString();
    }
    m_modelBox->setCurrentIndex(std::max(0, m_modelBox->findData(next)));
    chooseModel(next);
}

void ModelsPage::showVersions() {
    const ModelVersionList versions = m_versions->value().value_or(ModelVersionList());
    m_actions->setVersions(versions);
    m_versionsPanel->setVersions(versions);
    m_canaryPanel->setVersions(versions);
    m_versionsPanel->setRollbackTarget(m_actions->rollbackTarget());
    // The first time a model's versions arrive, the one recopsd serves (or Production) is
    // selected, so its details show at once.
    if (!m_selectedOnce && !versions.versions.isEmpty()) {
        m_selectedOnce = true;
        const ModelVersion* production = versions.production();
        const int pick =
            m_servingVersion && versions.model == m_servingModel && versions.find(*m_servingVersion)
                ? *m_servingVersion
                : (production ? production->version : versions.versions.first().version);
        m_versionsPanel->selectVersion(pick);
    }
    updateCommands();
}

void ModelsPage::showDetails() {
    ModelVersionDetailsView* view = m_versionsPanel->details();
    const int version = m_versionsPanel->currentVersion();
    if (version <= 0) {
        view->showDetails(std::nullopt, tr("Select a version to see its metrics and manifest."));
        return;
    }
    const auto& details = m_details->value();
    if (details && details->version.version == version) {
        view->showDetails(details, QString());
        return;
    }
    switch (m_details->state()) {
        case DataState::Failed:
        case DataState::Unsupported:
            view->showDetails(std::nullopt, tr("Version %1 could not be loaded: %2")
                                                .arg(version)
                                                .arg(m_details->lastError().detailedText()));
            break;
        default:
            view->showDetails(std::nullopt, tr("Loading version %1…").arg(version));
            break;
    }
}

void ModelsPage::showTrainer() {
    const TrainerStatus status = m_trainer->value().value_or(TrainerStatus());
    m_trainingPanel->setStatus(status);
    const QString running = status.running ? status.running->job.id : QString();
    m_trainer->setIntervalMs(running.isEmpty() ? kTrainerIdleIntervalMs : kTrainerBusyIntervalMs);
    if (running != m_runningJob) {
        // A job started or ended: its row in the history, and perhaps a new version.
        m_runningJob = running;
        m_jobs->refresh();
        m_versions->refresh();
        m_history->refresh();
    }
}

void ModelsPage::showRollout() {
    const RolloutStatus status = m_rollout->value().value_or(RolloutStatus());
    m_canaryPanel->setStatus(status);
    m_actions->setRollout(status);
    m_versionsPanel->model()->setCanary(status.active && status.model == m_model
                                            ? std::optional<int>(status.candidateVersion)
                                            : std::nullopt,
                                        status.percent);
    updateCommands();
}

void ModelsPage::followHealth() {
    const ServerHealth& health = m_connection->monitor()->health();
    // While the server is away the token is the same: its controls stay.
    followRole(TokenRole::ofHealth(health, m_role));
    std::optional<int> serving;
    QString servingModel = m_servingModel;
    if (health.report && health.report->model) {
        const QJsonObject model = *health.report->model;
        servingModel = model.value(QLatin1StringView("name")).toString();
        bool ok = false;
        const int version = model.value(QLatin1StringView("version")).toVariant().toInt(&ok);
        if (ok) {
            serving = version;
        }
    }
    if (!servingModel.isEmpty()) {
        m_servingModel = servingModel;
    }
    m_servingVersion = serving;
    m_versionsPanel->model()->setServingVersion(m_servingModel == m_model ? serving : std::nullopt);
}

void ModelsPage::followRole(TokenRole role) {
    if (role == m_role && m_roleNote->text().size() > 0) {
        return;
    }
    m_role = role;
    m_actions->setRole(role);
    m_versionsPanel->setRole(role);
    m_trainingPanel->setRole(role);
    m_canaryPanel->setRole(role);
    if (!role.isKnown()) {
        m_roleNote->setText(tr("Role not known yet: read-only"));
    } else if (!role.canChangeModels()) {
        m_roleNote->setText(tr("Token role %1: read-only").arg(role.name()));
    } else if (!role.canForce()) {
        m_roleNote->setText(tr("Token role %1: changes through the gates").arg(role.name()));
    } else {
        m_roleNote->setText(tr("Token role %1: changes, and forced ones").arg(role.name()));
    }
    updateCommands();
}

void ModelsPage::registerCommands(CommandRegistry* commands) {
    m_commands = commands;
    Command compare;
    compare.id = kCompareCommand;
    compare.title = tr("Compare the selected model version with Production…");
    compare.category = tr("Models");
    compare.keywords = {tr("diff"), tr("metrics"), tr("cohorts")};
    compare.run = [this] {
        Q_EMIT activationRequested();
        const QList<int> selected = m_versionsPanel->selectedVersions();
        const ModelVersion* production = m_actions->versions().production();
        if (selected.size() >= 2) {
            m_actions->openComparison(std::min(selected.at(0), selected.at(1)),
                                      std::max(selected.at(0), selected.at(1)));
        } else if (!selected.isEmpty() && production) {
            m_actions->openComparison(production->version, selected.first());
        }
    };
    commands->add(compare, this);
    updateCommands();
}

void ModelsPage::updateCommands() {
    if (!m_commands) {
        return;
    }
    // A role that may not change models sees none of these commands, as it sees no buttons.
    const bool offered = m_role.canChangeModels();
    const auto offer = [this, offered](const QString& id, const QString& title,
                                       const QStringList& keywords, std::function<void()> run) {
        if (!offered) {
            m_commands->remove(id);
            return;
        }
        if (m_commands->contains(id)) {
            return;
        }
        Command command;
        command.id = id;
        command.title = title;
        command.category = tr("Models");
        command.keywords = keywords;
        command.changesServerState = true;
        command.run = [this, run] {
            Q_EMIT activationRequested();
            run();
        };
        m_commands->add(command, this);
    };
    offer(kPromoteCommand, tr("Promote the selected model version to Production…"),
          {tr("stage"), tr("deploy"), tr("release")}, [this] {
              m_actions->openTransition(m_versionsPanel->currentVersion(), ModelStage::Production);
          });
    offer(kRollbackCommand, tr("Roll back the Production model…"),
          {tr("revert"), tr("previous version")}, [this] { m_actions->confirmRollback(); });
    offer(kTrainCommand, tr("Start a training job…"), {tr("train"), tr("retrain"), tr("model")},
          [this] {
              m_tabs->setCurrentWidget(m_trainingPanel);
              m_actions->openTraining();
          });
    offer(kAbortCommand, tr("Abort the canary rollout…"), {tr("canary"), tr("stop"), tr("cancel")},
          [this] {
              m_tabs->setCurrentWidget(m_canaryPanel);
              m_actions->confirmRolloutAbort();
          });

    const bool loaded = m_versions->value().has_value();
    if (m_commands->contains(kPromoteCommand)) {
        const QString why = loaded ? m_actions->promotionRefusal(m_versionsPanel->currentVersion())
                                   : tr("The Models page has not loaded the versions yet.");
        m_commands->setEnabled(kPromoteCommand, why.isEmpty(), why);
    }
    if (m_commands->contains(kRollbackCommand)) {
        const bool possible = m_actions->rollbackTarget().has_value();
        m_commands->setEnabled(kRollbackCommand, possible,
                               possible ? QString()
                                        : tr("No version served in Production before the "
                                             "current one (or the Models page has not loaded "
                                             "yet)."));
    }
    if (m_commands->contains(kTrainCommand)) {
        m_commands->setEnabled(kTrainCommand, true);
    }
    if (m_commands->contains(kAbortCommand)) {
        const bool active = m_rollout->value() && m_rollout->value()->active;
        m_commands->setEnabled(kAbortCommand, active, active ? QString() : tr("No canary runs."));
    }
    if (m_commands->contains(kCompareCommand)) {
        const bool possible = loaded && m_versionsPanel->compareButton()->isEnabled();
        m_commands->setEnabled(kCompareCommand, possible,
                               possible ? QString()
                                        : tr("Select a version other than Production, or two "
                                             "versions, on the Models page."));
    }
}

void ModelsPage::refreshAfterChange() {
    for (ResourcePoller* poller :
         QList<ResourcePoller*>{m_catalog, m_versions, m_history, m_trainer, m_jobs, m_rollout}) {
        if (!poller->path().isEmpty()) {
            poller->refresh();
        }
    }
}

void ModelsPage::showNotice(const QString& message, bool failed) {
    m_notice->setText(message);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::WindowText,
                     failed ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x1b, 0x5e, 0x20));
    m_notice->setPalette(palette);
    m_notice->show();
}

}  // namespace recops::console
