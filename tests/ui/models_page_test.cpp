// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Models page in the window, against answers a real recopsd gave (tests/core/data/models)
// and the ones it cannot be made to give on demand: a conflict (409) at the moment of a
// promotion, a refusal (422) that lists its gates, a job that is still running. The palette's
// commands, the production lock over them, and what each role sees.
#include "ui/models_page.h"

#include "core/command_registry.h"
#include "core/drift_feature_model.h"
#include "core/gate_result_model.h"
#include "core/health_monitor.h"
#include "core/model_version_table_model.h"
#include "core/production_lock.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/stage_history_model.h"
#include "core/stage_transition.h"
#include "model_fixtures.h"
#include "support/loopback_http_server.h"
#include "ui/canary_panel.h"
#include "ui/change_confirmation.h"
#include "ui/command_palette.h"
#include "ui/drift_panel.h"
#include "ui/main_window.h"
#include "ui/model_actions.h"
#include "ui/model_version_details_view.h"
#include "ui/model_versions_panel.h"
#include "ui/stage_history_panel.h"
#include "ui/training_panel.h"
#include "ui/transition_dialog.h"
#include "ui/version_comparison_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;
using recops::console::testing::modelFixture;
using recops::console::testing::serveModelFixtures;

namespace {

const QByteArray kHealthy =
    "{\"status\":\"healthy\",\"version\":\"0.1.0\",\"uptime_seconds\":12,"
    "\"model\":{\"name\":\"default\",\"version\":\"1\",\"algorithm\":\"ease\"},"
    "\"store\":{\"backend\":\"sqlite\"}}";
const QByteArray kTransitionPath = "/api/v1/models/default/versions/2/transition";
const QStringList kChangeCommands = {
    QStringLiteral("models.promote"), QStringLiteral("models.rollback"),
    QStringLiteral("models.train"), QStringLiteral("models.rollout.abort")};

LoopbackHttpServer::Response problem(int status, const QByteArray& body) {
    LoopbackHttpServer::Response response = LoopbackHttpServer::json(status, body);
    response.contentType = "application/problem+json";
    return response;
}

/**
 * Whether @p control shows on its tab of @p page. Only the current tab is visible, so
 * isVisibleTo(page) would call every control of the other tabs hidden, whatever the role.
 */
bool shownOnItsTab(ModelsPage* page, QWidget* control) {
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        QWidget* panel = page->tabs()->widget(tab);
        if (panel->isAncestorOf(control)) {
            return control->isVisibleTo(panel);
        }
    }
    qFatal("%s is on no tab of the Models page", qPrintable(control->accessibleName()));
}

}  // namespace

class ModelsPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
    }

    void init() {
        m_server.emplace();
        QVERIFY(m_server->start());
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        m_store.emplace();
        QVERIFY(m_store->open(m_directory.filePath(QStringLiteral("%1.sqlite").arg(++m_run))));
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
        m_connection.emplace(&*m_secrets);
        m_connection->monitor()->setPollIntervalMs(300);
        m_recent.emplace(m_directory.filePath(QStringLiteral("recent-%1.ini").arg(m_run)));
        m_window.emplace(&*m_connection, &*m_store, &*m_secrets, &*m_recent);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_window));
    }

    void cleanup() {
        m_window.reset();
        m_recent.reset();
        m_connection.reset();
        m_secrets.reset();
        m_store.reset();
        m_server.reset();
    }

    void showsTheRegistryAndOffersItsCommandsInThePalette() {
        ModelsPage* models = open("admin", EnvironmentTag::Staging);
        QVERIFY(models);
        ModelVersionTableModel* versions = models->versionsPanel()->model();
        QCOMPARE(versions->rowCount(), 4);
        QCOMPARE(models->modelBox()->currentText(), QStringLiteral("default (serving)"));
        // The version /healthz says is served is selected, drawn apart, and shown in full.
        QTRY_COMPARE(models->versionsPanel()->currentVersion(), 1);
        QVERIFY(versions->index(3, 0).data(ModelVersionTableModel::ServingRole).toBool());
        QTRY_VERIFY(models->versionsPanel()->details()->headline().startsWith(u"Version 1 · "));
        // The canary of version 2 shows on its row and on the Canary tab.
        QTRY_VERIFY(versions->index(2, 0).data(ModelVersionTableModel::CanaryRole).toBool());
        QVERIFY(models->canaryPanel()->statusText().startsWith(
            u"Version 2 takes 10.0 % of default's traffic"));
        // The running job with its phase and progress; drift charted for its worst feature.
        QVERIFY(models->trainingPanel()->runningText().contains(u"popularity): reading events"));
        QCOMPARE(models->trainingPanel()->progressBar()->value(), 0);
        QCOMPARE(models->driftPanel()->chartedFeature(), QStringLiteral("user_activity"));
        QCOMPARE(models->driftPanel()->barCount(), 16);

        // Each state-changing command is in the palette, marked so, and says why it
        // cannot run when it cannot.
        CommandRegistry* commands = m_window->commands();
        for (const QString& id : kChangeCommands) {
            QVERIFY2(commands->contains(id), qPrintable(id));
            QVERIFY(commands->command(id)->changesServerState);
        }
        QVERIFY(!commands->isEnabled(QStringLiteral("models.promote")));  // 1 is Production
        QCOMPARE(commands->disabledReason(QStringLiteral("models.promote")),
                 QStringLiteral("Version 1 is already in Production."));
        QVERIFY(!commands->isEnabled(QStringLiteral("models.rollback")));
        QVERIFY(commands->disabledReason(QStringLiteral("models.rollback"))
                    .startsWith(u"No version served in Production before"));
        QVERIFY(commands->isEnabled(QStringLiteral("models.rollout.abort")));
        models->versionsPanel()->view()->clearSelection();
        models->versionsPanel()->selectVersion(2);
        QVERIFY(commands->isEnabled(QStringLiteral("models.promote")));

        // From another page, the palette brings the Models page up and opens the dialog.
        m_window->showPage(ConsolePage::Dashboard);
        CommandPalette* palette = m_window->openCommandPalette();
        QTest::keyClicks(palette->searchEdit(), QStringLiteral("promote production"));
        QCOMPARE(palette->currentCommandId(), QStringLiteral("models.promote"));
        QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), ConsolePage::Models);
        auto* dialog = qobject_cast<TransitionDialog*>(models->actions()->currentDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->transition()->request().version, 2);
        QCOMPARE(dialog->transition()->request().toStage, ModelStage::Production);
    }

    void theProductionLockKeepsEveryChangeOff() {
        ModelsPage* models = open("admin", EnvironmentTag::Production);
        QVERIFY(models);
        models->versionsPanel()->view()->clearSelection();
        models->versionsPanel()->selectVersion(2);
        CommandRegistry* commands = m_window->commands();
        for (const QString& id : kChangeCommands) {
            QVERIFY2(!commands->isEnabled(id), qPrintable(id));
            QVERIFY(commands->disabledReason(id).startsWith(u"Read-only: prod-eu is a production"));
        }
        for (QWidget* control : QList<QWidget*>{
                 models->versionsPanel()->promoteButton(), models->versionsPanel()->aliasesButton(),
                 models->trainingPanel()->startButton(), models->canaryPanel()->abortButton(),
                 models->canaryPanel()->shareSlider()}) {
            QVERIFY2(shownOnItsTab(models, control), qPrintable(control->accessibleName()));
            QVERIFY2(!control->isEnabled(), qPrintable(control->accessibleName()));
        }
        // Reading and comparing stay open.
        QVERIFY(models->versionsPanel()->compareButton()->isEnabled());
        QVERIFY(commands->isEnabled(QStringLiteral("models.compare")));
        m_window->productionLock()->unlock();
        QVERIFY(commands->isEnabled(QStringLiteral("models.promote")));
        QVERIFY(models->versionsPanel()->promoteButton()->isEnabled());
    }

    void aConflictAtTheMomentOfTheChangeNamesTheProductionVersionNow() {
        m_server->setHandler([](const LoopbackHttpServer::Request& request)
                                 -> std::optional<LoopbackHttpServer::Response> {
            if (request.path != kTransitionPath) {
                return std::nullopt;
            }
            if (QJsonDocument::fromJson(request.body).object().value(u"dry_run").toBool()) {
                return LoopbackHttpServer::json(
                    200, modelFixture("dry-run-failing.json")
                             .replace("\"passed\": false", "\"passed\": true"));
            }
            return problem(409,
                           "{\"type\":\"urn:recops:problem:conflict\",\"title\":\"Conflict\","
                           "\"status\":409,\"detail\":\"Production changed while this transition "
                           "was decided (it is now version 3); read the model again and retry\","
                           "\"current_production\":3,\"request_id\":\"r-409\"}");
        });
        ModelsPage* models = open("operator", EnvironmentTag::Staging);
        QVERIFY(models);
        TransitionDialog* dialog = models->actions()->openTransition(2, ModelStage::Production);
        QVERIFY(dialog);
        QVERIFY(dialog->forceBox()->isHidden());  // an operator
        QTRY_COMPARE(dialog->transition()->state(), StageTransition::State::Evaluated);
        QCOMPARE(dialog->gatesView()->model()->rowCount(), 6);
        dialog->applyButton()->click();
        QVERIFY(dialog->confirmation());
        QVERIFY(dialog->confirmation()->text().contains(u"On Staging — staging"));
        ChangeConfirmation::confirmButton(dialog->confirmation())->click();
        QTRY_COMPARE(dialog->transition()->state(), StageTransition::State::Conflict);
        QVERIFY2(dialog->verdictText().startsWith(u"✗ Production changed meanwhile (now version "
                                                  u"3): 409 Conflict: Production changed"),
                 qPrintable(dialog->verdictText()));
        QVERIFY(dialog->verdictText().contains(u"(request r-409)"));
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY(dialog->isVisible());  // stays, so the person sees why
    }

    void aRefusalOnApplyShowsTheGatesItNames() {
        m_server->setHandler([](const LoopbackHttpServer::Request& request)
                                 -> std::optional<LoopbackHttpServer::Response> {
            if (request.path != kTransitionPath) {
                return std::nullopt;
            }
            if (QJsonDocument::fromJson(request.body).object().value(u"dry_run").toBool()) {
                return LoopbackHttpServer::json(200, "{\"status\":\"evaluated\",\"gates\":[]}");
            }
            return problem(422, modelFixture("refused-gates.json"));
        });
        ModelsPage* models = open("admin", EnvironmentTag::Staging);
        QVERIFY(models);
        TransitionDialog* dialog = models->actions()->openTransition(2, ModelStage::Staging);
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->transition()->state(), StageTransition::State::Evaluated);
        QCOMPARE(dialog->verdictText(),
                 QStringLiteral("✓ No gates apply. Nothing has changed yet."));
        dialog->applyButton()->click();
        ChangeConfirmation::confirmButton(dialog->confirmation())->click();
        QTRY_COMPARE(dialog->transition()->state(), StageTransition::State::Refused);
        QVERIFY(
            dialog->verdictText().startsWith(u"✗ recopsd refused the change: 422 Transition "
                                             u"refused: the Staging gates refused"));
        QAbstractItemModel* gates = dialog->gatesView()->model();
        QCOMPARE(gates->rowCount(), 2);
        QCOMPARE(gates->index(0, GateResultModel::VerdictColumn).data().toString(),
                 QStringLiteral("✗ failed"));
    }

    void comparesTwoVersionsAndShowsTheHistorysGates() {
        ModelsPage* models = open("viewer", EnvironmentTag::Staging);
        QVERIFY(models);
        VersionComparisonDialog* comparison = models->actions()->openComparison(1, 2);
        QVERIFY(comparison);
        QTRY_VERIFY(comparison->isLoaded());
        QCOMPARE(comparison->view()->model()->rowCount(), 21);
        QVERIFY2(comparison->summary().startsWith(u"Version 2 against version 1: "),
                 qPrintable(comparison->summary()));
        QTest::keyClicks(comparison->filterEdit(), QStringLiteral("verdict=worse"));
        QVERIFY(comparison->view()->model()->rowCount() > 0);
        QVERIFY(comparison->view()->model()->rowCount() < 21);
        comparison->close();

        // The newest change was forced: its gates, failed, show below the history.
        StageHistoryPanel* history = models->historyPanel();
        history->view()->selectRow(0);
        QCOMPARE(history->model()->index(0, StageHistoryModel::ForcedColumn).data().toString(),
                 QStringLiteral("forced"));
        QCOMPARE(history->gates()->rowCount(), 2);
        QVERIFY(!history->gates()->index(0, 0).data(GateResultModel::PassedRole).toBool());
    }

    void whatEachRoleSees() {
        ModelsPage* models = open("viewer", EnvironmentTag::Staging);
        QVERIFY(models);
        QCOMPARE(models->role().name(), QStringLiteral("viewer"));
        QVERIFY(!shownOnItsTab(models, models->versionsPanel()->promoteButton()));
        QVERIFY(!shownOnItsTab(models, models->canaryPanel()->startButton()));
        QVERIFY(!shownOnItsTab(models, models->trainingPanel()->cancelButton()));
        for (const QString& id : kChangeCommands) {
            QVERIFY2(!m_window->commands()->contains(id), qPrintable(id));
        }
        QVERIFY(models->actions()->openTraining() == nullptr);

        // The same window with an operator's token: the controls and commands come.
        serveModelFixtures(*m_server, "operator");
        m_connection->monitor()->recheckIdentity();
        QTRY_COMPARE(models->role().name(), QStringLiteral("operator"));
        QVERIFY(shownOnItsTab(models, models->versionsPanel()->promoteButton()));
        QVERIFY(shownOnItsTab(models, models->canaryPanel()->startButton()));
        QVERIFY(shownOnItsTab(models, models->trainingPanel()->cancelButton()));
        for (const QString& id : kChangeCommands) {
            QVERIFY2(m_window->commands()->contains(id), qPrintable(id));
        }
        // The server away: the token's role is kept, and so are its controls.
        m_server->stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->monitor()->health().state,
                                  ConnectionState::Unreachable, 5'000);
        QCOMPARE(models->role().name(), QStringLiteral("operator"));
        QVERIFY(shownOnItsTab(models, models->versionsPanel()->promoteButton()));
    }

private:
    ModelsPage* open(const QByteArray& role, EnvironmentTag environment) {
        serveModelFixtures(*m_server, role);
        ConnectionProfile profile;
        profile.id = environment == EnvironmentTag::Production ? QStringLiteral("p-prod")
                                                               : QStringLiteral("p-staging");
        profile.name = environment == EnvironmentTag::Production ? QStringLiteral("prod-eu")
                                                                 : QStringLiteral("staging");
        profile.url = QUrl(m_server->baseUrl());
        profile.environment = environment;
        m_connection->openWithToken(profile, QStringLiteral("rcp_0123456789abcdef_token"),
                                    ServerConnection::TokenSource::Session);
        m_window->showPage(ConsolePage::Models);
        auto* models = qobject_cast<ModelsPage*>(m_window->pageWidget(ConsolePage::Models));
        if (models) {
            [&] {
                QTRY_VERIFY(models->isSettled() && models->role().isKnown() &&
                            models->versionsPanel()->model()->rowCount() == 4);
            }();
        }
        // Null when the page is not there or never settled: each test stops at QVERIFY.
        return QTest::currentTestFailed() ? nullptr : models;
    }

    QTemporaryDir m_directory;
    int m_run = 0;
    std::optional<LoopbackHttpServer> m_server;
    std::optional<ProfileStore> m_store;
    std::optional<SecretStore> m_secrets;
    std::optional<ServerConnection> m_connection;
    std::optional<RecentState> m_recent;
    std::optional<MainWindow> m_window;
};

QTEST_MAIN(ModelsPageTest)
#include "models_page_test.moc"
