// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// What every page relies on, through the window as a user meets it: the command palette
// (Ctrl+K), the filter (Ctrl+F), refresh (F5), the production lock and the controls it
// disables, the staleness badge when the server goes away, profile import, and an
// accessible name on every interactive widget (the Runbooks page's with a run in it).
#include "core/command_filter_model.h"
#include "core/command_registry.h"
#include "core/health_monitor.h"
#include "core/local_store.h"
#include "core/model_version_table_model.h"
#include "core/production_lock.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/runbook_session.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "model_fixtures.h"
#include "support/loopback_http_server.h"
#include "ui/alias_dialog.h"
#include "ui/command_palette.h"
#include "ui/environment_banner.h"
#include "ui/main_window.h"
#include "ui/model_actions.h"
#include "ui/model_versions_panel.h"
#include "ui/models_page.h"
#include "ui/page_widget.h"
#include "ui/production_guard.h"
#include "ui/production_lock_control.h"
#include "ui/profile_dialog.h"
#include "ui/profile_transfer.h"
#include "ui/runbook_alert_dialog.h"
#include "ui/runbook_run_view.h"
#include "ui/runbook_step_panel.h"
#include "ui/runbooks_page.h"
#include "ui/staleness_badge.h"
#include "ui/training_dialog.h"
#include "ui/transition_dialog.h"
#include "ui/version_comparison_dialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;
using recops::console::testing::serveModelFixtures;

namespace {

const QByteArray kHealthy =
    "{\"status\":\"healthy\",\"version\":\"0.1.0\",\"uptime_seconds\":12,\"model\":null,"
    "\"store\":{\"backend\":\"sqlite\",\"schema_version\":3}}";

bool isInteractive(const QWidget* widget) {
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractSlider*>(widget);
}

// Parts of a composite widget (a table's header, a combo box's field, a scroll area's bars,
// a line edit's clear button) are named by the widget they belong to.
bool isPartOfAnother(const QWidget* widget, const QWidget* root) {
    for (const QWidget* parent = widget->parentWidget(); parent && parent != root;
         parent = parent->parentWidget()) {
        if (isInteractive(parent) || parent->objectName().startsWith(u"qt_")) {
            return true;
        }
    }
    return widget->objectName().startsWith(u"qt_");
}

// Every interactive widget under @p root without a name for assistive technology: its
// accessible name, or what Qt derives one from (a button's text, a form label's buddy).
QStringList unnamedInteractiveWidgets(QWidget* root) {
    QStringList unnamed;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (!isInteractive(widget) || isPartOfAnother(widget, root)) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            QStringList path;
            for (QObject* at = widget; at && at != root; at = at->parent()) {
                path.prepend(QString::fromLatin1(at->metaObject()->className()) +
                             (at->objectName().isEmpty() ? QString() : u'#' + at->objectName()));
            }
            unnamed.append(path.join(u" > "));
        }
    }
    return unnamed;
}

}  // namespace

class WindowFeaturesTest : public QObject {
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
        m_connection->monitor()->setPollIntervalMs(200);
        m_connection->monitor()->setProbeTimeoutMs(500);
        m_connection->monitor()->setBackoffPolicy(BackoffPolicy{200, 2.0, 400, 0.0}, 1);
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

    void theCommandPaletteFindsAndRunsCommands() {
        QTest::keyClick(&*m_window, Qt::Key_K, Qt::ControlModifier);
        auto* palette = m_window->findChild<CommandPalette*>();
        QVERIFY(palette);
        QTRY_VERIFY(palette->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), palette->searchEdit());
        const int everything = palette->filterModel()->rowCount();
        QVERIFY(everything >= 12);

        QTest::keyClicks(palette->searchEdit(), QStringLiteral("gtba"));
        QCOMPARE(palette->currentCommandId(), QStringLiteral("page.backups"));
        QVERIFY(palette->statusText().contains(u"Ctrl+4"));
        QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), ConsolePage::Backups);
        QVERIFY(!palette->isVisible());

        // Again, choosing with the arrow keys this time.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&*m_window));
        QTest::keyClick(&*m_window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->isVisible());
        QCOMPARE(palette->searchEdit()->text(), QString());  // a fresh search each time
        QTest::keyClicks(palette->searchEdit(), QStringLiteral("go to"));
        const QString first = palette->currentCommandId();
        QTest::keyClick(palette->searchEdit(), Qt::Key_Down);
        QVERIFY(palette->currentCommandId() != first);
        QVERIFY(palette->currentCommandId().startsWith(u"page."));
        QTest::keyClick(palette->searchEdit(), Qt::Key_Up);
        QCOMPARE(palette->currentCommandId(), first);
        QTest::keyClick(palette->searchEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
    }

    void thePaletteSaysWhyACommandCannotRun() {
        QTest::keyClick(&*m_window, Qt::Key_K, Qt::ControlModifier);
        auto* palette = m_window->findChild<CommandPalette*>();
        QTRY_VERIFY(palette && palette->isVisible());
        QTest::keyClicks(palette->searchEdit(), QStringLiteral("unlock production"));
        QCOMPARE(palette->currentCommandId(), QStringLiteral("production.unlock"));
        QVERIFY2(palette->statusText().startsWith(u"Not available: The connected profile is not "
                                                  u"a production one"),
                 qPrintable(palette->statusText()));
        QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
        QVERIFY(palette->isVisible());  // stays, and keeps saying why
        palette->reject();
    }

    void pagesRegisterTheirOwnCommands() {
        auto* owner = new QObject;
        int ran = 0;
        Command acknowledge;
        acknowledge.id = QStringLiteral("alerts.acknowledge");
        acknowledge.title = QStringLiteral("Acknowledge alert");
        acknowledge.category = QStringLiteral("Alerts");
        acknowledge.run = [&ran] {
            ++ran;
        };
        QVERIFY(m_window->commands()->add(acknowledge, owner));
        CommandPalette* palette = m_window->openCommandPalette();
        QTest::keyClicks(palette->searchEdit(), QStringLiteral("ackal"));
        QCOMPARE(palette->currentCommandId(), QStringLiteral("alerts.acknowledge"));
        QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(ran, 1);
        delete owner;
        QVERIFY(!m_window->commands()->contains(QStringLiteral("alerts.acknowledge")));
    }

    void ctrlFFocusesTheCurrentPagesFilter() {
        m_window->activateWindow();
        QTest::keyClick(&*m_window, Qt::Key_F, Qt::ControlModifier);
        QLineEdit* filter = m_window->pageWidget(ConsolePage::Dashboard)->filterEdit();
        QVERIFY(filter);
        QTRY_COMPARE(QApplication::focusWidget(), filter);

        QTest::keyClick(&*m_window, Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(&*m_window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     m_window->pageWidget(ConsolePage::Alerts)->filterEdit());

        QTest::keyClick(&*m_window, Qt::Key_4, Qt::ControlModifier);
        QTest::keyClick(&*m_window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     m_window->pageWidget(ConsolePage::Backups)->filterEdit());

        QTest::keyClick(&*m_window, Qt::Key_5, Qt::ControlModifier);
        QTest::keyClick(&*m_window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     m_window->pageWidget(ConsolePage::Contacts)->filterEdit());
    }

    void f5RefreshesTheCurrentPage() {
        m_connection->openWithToken(profile(EnvironmentTag::Staging), QString(),
                                    ServerConnection::TokenSource::None);
        m_connection->monitor()->setPollIntervalMs(60'000);  // only F5 checks from now on
        QTRY_COMPARE(m_connection->monitor()->health().state, ConnectionState::Reachable);
        QTRY_VERIFY(m_window->pageWidget(ConsolePage::Dashboard)->isSettled());
        const int before = m_server->hitCount("/healthz");
        QSignalSpy probed(m_connection->monitor(), &HealthMonitor::probed);
        QTest::keyClick(&*m_window, Qt::Key_F5);
        QTRY_COMPARE(m_server->hitCount("/healthz"), before + 1);
        // A check still in flight takes no second one: wait for its answer first.
        QTRY_COMPARE(probed.count(), 1);
        // The Backups page fetches its list again.
        QTest::keyClick(&*m_window, Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY(m_window->pageWidget(ConsolePage::Backups)->isSettled());
        const int backups = m_server->hitCount("/api/v1/backups");
        QVERIFY(backups >= 1);
        QTest::keyClick(&*m_window, Qt::Key_F5);
        QTRY_COMPARE(m_server->hitCount("/api/v1/backups"), backups + 1);
    }

    void productionIsReadOnlyUntilUnlocked() {
        // A control that changes server state, as the alert queue's acknowledge button will.
        auto* acknowledge = new QPushButton(QStringLiteral("Acknowledge"),
                                            m_window->pageWidget(ConsolePage::Alerts));
        acknowledge->setToolTip(QStringLiteral("Acknowledge the selected alert"));
        m_window->productionGuard()->guard(acknowledge);
        Command command;
        command.id = QStringLiteral("alerts.acknowledge");
        command.title = QStringLiteral("Acknowledge alert");
        command.changesServerState = true;
        command.run = [] {
        };
        QVERIFY(m_window->commands()->add(command));
        QVERIFY(acknowledge->isEnabled());  // not production: nothing locked
        QVERIFY(m_window->lockControl()->isHidden());

        const ConnectionProfile production = profile(EnvironmentTag::Production);
        m_connection->openWithToken(production, QString(), ServerConnection::TokenSource::None);
        QVERIFY(m_window->productionLock()->isLocked());
        QVERIFY(!acknowledge->isEnabled());
        QVERIFY(acknowledge->toolTip().contains(u"Read-only: prod-eu is a production profile"));
        QCOMPARE(acknowledge->accessibleDescription(), acknowledge->toolTip());
        QVERIFY(!m_window->commands()->isEnabled(QStringLiteral("alerts.acknowledge")));
        QCOMPARE(m_window->commands()->disabledReason(QStringLiteral("alerts.acknowledge")),
                 acknowledge->toolTip());
        QVERIFY(m_window->banner()->text().endsWith(u"read-only"));
        QVERIFY(m_window->lockControl()->isVisible());
        QCOMPARE(m_window->lockControl()->accessibleName(),
                 QStringLiteral("Unlock production changes"));
        // The page's own wish is kept apart: it may want the button off for its reasons.
        m_window->productionGuard()->setWanted(acknowledge, true);
        QVERIFY(!acknowledge->isEnabled());

        // Ctrl+Shift+L asks first, naming the environment; Cancel keeps it locked.
        QTest::keyClick(&*m_window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QMessageBox* question = m_window->lockControl()->confirmation();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(question->text().contains(u"PRODUCTION: prod-eu"));
        QVERIFY(question->text().contains(production.url.toDisplayString()));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        question->button(QMessageBox::Cancel)->click();
        QVERIFY(m_window->productionLock()->isLocked());
        QVERIFY(!acknowledge->isEnabled());

        m_window->lockControl()->click();
        QTRY_VERIFY(m_window->lockControl()->confirmation());
        question = m_window->lockControl()->confirmation();
        QAbstractButton* unlock = nullptr;
        for (QAbstractButton* button : question->buttons()) {
            if (button->text() == u"Unlock production") {
                unlock = button;
            }
        }
        QVERIFY(unlock);
        unlock->click();
        QVERIFY(!m_window->productionLock()->isLocked());
        QVERIFY(acknowledge->isEnabled());
        QCOMPARE(acknowledge->toolTip(), QStringLiteral("Acknowledge the selected alert"));
        QVERIFY(m_window->commands()->isEnabled(QStringLiteral("alerts.acknowledge")));
        QVERIFY(m_window->banner()->text().endsWith(u"changes unlocked"));
        QCOMPARE(m_window->lockControl()->text(), QStringLiteral("Lock again"));

        // Another profile, and back: locked again.
        m_connection->openWithToken(profile(EnvironmentTag::Staging), QString(),
                                    ServerConnection::TokenSource::None);
        QVERIFY(acknowledge->isEnabled());
        m_connection->openWithToken(production, QString(), ServerConnection::TokenSource::None);
        QVERIFY(!acknowledge->isEnabled());

        // Ctrl+Shift+L after an unlock locks again, without asking.
        m_window->productionLock()->unlock();
        QTest::keyClick(&*m_window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->productionLock()->isLocked());
        QVERIFY(!acknowledge->isEnabled());
    }

    void thePageShowsItsDataStaleWhileTheServerIsAway() {
        m_connection->openWithToken(profile(EnvironmentTag::Staging), QString(),
                                    ServerConnection::TokenSource::None);
        StalenessBadge* badge = m_window->stalenessBadge();
        QTRY_COMPARE(m_connection->monitor()->health().state, ConnectionState::Reachable);
        QVERIFY(badge->isHidden());

        const quint16 port = m_server->port();
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 5'000);
        QVERIFY2(badge->text().startsWith(u"stale — last update "), qPrintable(badge->text()));
        QVERIFY(badge->text().endsWith(u"ago") || badge->text().endsWith(u"just now"));
        QVERIFY(badge->reason().startsWith(u"Server health could not be updated: "));
        // The page keeps the data it had.
        QVERIFY(m_connection->monitor()->health().report.has_value());

        // Another page has no data of its own: no badge there, and it comes back on return.
        QTest::keyClick(&*m_window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(badge->isHidden());
        QTest::keyClick(&*m_window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(badge->isVisible());

        QVERIFY(m_server->start(port));
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        QTRY_VERIFY_WITH_TIMEOUT(badge->isHidden(), 5'000);
    }

    void importedProfilesCanBeSwitchedToFromThePalette() {
        const QString file = m_directory.filePath(QStringLiteral("import-%1.json").arg(m_run));
        QFile json(file);
        QVERIFY(json.open(QIODevice::WriteOnly));
        // (no raw string: moc of Qt 6.4 loses the class after one)
        json.write(
            "{\"format\": \"recops-console-profiles\", \"version\": 1, \"profiles\": "
            "[{\"name\": \"lab\", \"url\": \"http://127.0.0.1:9\", "
            "\"environment\": \"development\"}]}");
        json.close();
        QSignalSpy reported(m_window->profileTransfer(), &ProfileTransfer::reported);
        const ProfileImportOutcome outcome = m_window->profileTransfer()->importFile(file);
        QVERIFY(outcome.succeeded());
        QCOMPARE(reported.size(), 1);
        QVERIFY(reported.at(0).at(1).toString().startsWith(u"Imported: lab."));
        auto* report = m_window->findChild<QMessageBox*>(QStringLiteral("profileTransferReport"));
        QVERIFY(report);
        report->close();

        CommandPalette* palette = m_window->openCommandPalette();
        QTest::keyClicks(palette->searchEdit(), QStringLiteral("switch lab"));
        QVERIFY(palette->currentCommandId().startsWith(u"connection.switch."));
        QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_connection->profile().name, QStringLiteral("lab"));
    }

    void everyInteractiveWidgetHasAnAccessibleName() {
        // An admin's token, so that every control of the Models page exists and its dialogs
        // open, each walked below.
        serveModelFixtures(*m_server, "admin");
        m_connection->openWithToken(profile(EnvironmentTag::Production),
                                    QStringLiteral("rcp_0123456789abcdef_token"),
                                    ServerConnection::TokenSource::Session);
        QTRY_VERIFY(m_window->pageWidget(ConsolePage::Dashboard)->isSettled());
        m_window->showPage(ConsolePage::Models);
        auto* models = qobject_cast<ModelsPage*>(m_window->pageWidget(ConsolePage::Models));
        QVERIFY(models);
        QTRY_VERIFY(models->isSettled() && models->role().canForce() &&
                    models->versionsPanel()->model()->rowCount() == 4);
        QStringList unnamed = unnamedInteractiveWidgets(&*m_window);
        ModelActions* actions = models->actions();
        const QList<QWidget*> modelDialogs = {
            actions->openTransition(2, ModelStage::Production),
            actions->openComparison(1, 2),
            actions->openAliases(2),
            actions->openTraining(),
            actions->confirmRolloutAbort(),
        };
        for (QWidget* dialog : modelDialogs) {
            QVERIFY(dialog);
            unnamed += unnamedInteractiveWidgets(dialog);
            dialog->close();
        }

        ProfileDialog* dialog = m_window->openProfileDialog();
        QVERIFY(dialog);
        unnamed += unnamedInteractiveWidgets(dialog);
        dialog->reject();
        CommandPalette* palette = m_window->openCommandPalette();
        unnamed += unnamedInteractiveWidgets(palette);
        palette->reject();
        m_window->requestUnlock();
        QVERIFY(m_window->lockControl()->confirmation());
        unnamed += unnamedInteractiveWidgets(m_window->lockControl()->confirmation());
        m_window->lockControl()->confirmation()->reject();

        // The Runbooks page with everything it can show: a start form with every kind of
        // field, a run with its step panel (confirmation, manual step with a revealed
        // secret, approval), the timeline, and the alert dialog.
        LocalStore runs;
        QVERIFY(runs.open(m_directory.filePath(QStringLiteral("runs-%1.sqlite").arg(m_run))));
        RunbooksPage* runbooks = m_window->runbooksPage();
        runbooks->setJournal(runs.runbookJournal());
        m_window->showPage(ConsolePage::Runbooks);
        runbooks->showRunbook(QStringLiteral("service-down"));
        unnamed += unnamedInteractiveWidgets(runbooks);
        runbooks->showRunbook(QStringLiteral("daily-health-check"));  // reads only: may run
        QVERIFY(runbooks->startShownRunbook());
        QTRY_VERIFY(runbooks->runView()->isVisible());
        runbooks->runView()->stepPanel()->setManualDetails(
            QStringLiteral("echo token"), {{QStringLiteral("new_token"), QStringLiteral("x")}});
        unnamed += unnamedInteractiveWidgets(runbooks);
        RunbookAlertDialog* alert = runbooks->openAlertDialog();
        unnamed += unnamedInteractiveWidgets(alert);
        alert->reject();
        runbooks->session()->abort(QStringLiteral("walked"));

        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(u"without an accessible name:\n" + unnamed.join(u'\n')));
    }

    void theWalkFindsAWidgetWithoutAName() {
        // The check above must be able to fail: an icon-only button and an unlabeled field.
        QWidget holder;
        auto* iconOnly = new QPushButton(&holder);
        iconOnly->setIcon(QIcon(QStringLiteral(":/icons/alerts.svg")));
        new QLineEdit(&holder);
        QCOMPARE(unnamedInteractiveWidgets(&holder).size(), 2);
        iconOnly->setAccessibleName(QStringLiteral("Alerts"));
        QCOMPARE(unnamedInteractiveWidgets(&holder).size(), 1);
    }

private:
    ConnectionProfile profile(EnvironmentTag environment) const {
        ConnectionProfile result;
        result.id = environment == EnvironmentTag::Production ? QStringLiteral("p-prod")
                                                              : QStringLiteral("p-staging");
        result.name = environment == EnvironmentTag::Production ? QStringLiteral("prod-eu")
                                                                : QStringLiteral("staging");
        result.url = QUrl(m_server->baseUrl());
        result.environment = environment;
        return result;
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

QTEST_MAIN(WindowFeaturesTest)
#include "window_features_test.moc"
