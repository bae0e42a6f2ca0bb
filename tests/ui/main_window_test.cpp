// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The main window: every page reachable from the sidebar and by Ctrl+1..7, names for
// assistive technology, honest placeholder pages, the production banner, remembered state.
#include "ui/main_window.h"

#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "ui/environment_banner.h"
#include "ui/page_catalog.h"
#include "ui/page_widget.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        QVERIFY(m_directory.isValid());
    }

    void init() {
        m_store.emplace();
        QVERIFY(m_store->open(m_directory.filePath(QStringLiteral("%1.sqlite").arg(++m_run))));
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
        m_connection.emplace(&*m_secrets);
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
    }

    void shortcutsSwitchEveryPage() {
        QSignalSpy changes(&*m_window, &MainWindow::pageChanged);
        const QList<ConsolePage> pages = ConsolePages::all();
        QCOMPARE(pages.size(), 7);
        // Backwards, so every press really changes the page.
        for (int index = static_cast<int>(pages.size()) - 1; index >= 0; --index) {
            QTest::keyClick(&*m_window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
            QCOMPARE(m_window->currentPage(), pages.at(index));
            QCOMPARE(m_window->sidebar()->currentRow(), index);
            auto* stack = m_window->findChild<QStackedWidget*>();
            QCOMPARE(stack->currentWidget(), m_window->pageWidget(pages.at(index)));
        }
        QCOMPARE(changes.size(), 7);
    }

    void clickingTheSidebarSwitchesPages() {
        QListWidget* sidebar = m_window->sidebar();
        const QRect backups = sidebar->visualItemRect(sidebar->item(3));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, backups.center());
        QCOMPARE(m_window->currentPage(), ConsolePage::Backups);
    }

    void everythingHasANameForAssistiveTechnology() {
        QListWidget* sidebar = m_window->sidebar();
        QCOMPARE(sidebar->accessibleName(), QStringLiteral("Pages"));
        QCOMPARE(sidebar->count(), 7);
        for (int row = 0; row < sidebar->count(); ++row) {
            const ConsolePage page = ConsolePages::all().at(row);
            const QString title = PageCatalog::describe(page).title;
            QCOMPARE(sidebar->item(row)->data(Qt::AccessibleTextRole).toString(), title);
            QVERIFY(!sidebar->item(row)->data(Qt::AccessibleDescriptionRole).toString().isEmpty());
            QVERIFY(sidebar->item(row)->toolTip().contains(QStringLiteral("Ctrl+%1").arg(row + 1)));
            QVERIFY(!sidebar->item(row)->icon().isNull());
            QCOMPARE(m_window->pageWidget(page)->accessibleName(), title);
        }
    }

    void productionIsDrawnApart() {
        ConnectionProfile production;
        production.id = QStringLiteral("p-1");
        production.name = QStringLiteral("prod-eu");
        production.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        production.environment = EnvironmentTag::Production;
        m_connection->openWithToken(production, QString(), ServerConnection::TokenSource::None);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->banner()->text().startsWith(QStringLiteral("PRODUCTION — prod-eu")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[PRODUCTION]")));
        const QColor red = m_window->banner()->color();

        ConnectionProfile staging = production;
        staging.name = QStringLiteral("staging");
        staging.environment = EnvironmentTag::Staging;
        m_connection->openWithToken(staging, QString(), ServerConnection::TokenSource::None);
        QVERIFY(m_window->banner()->text().startsWith(QStringLiteral("Staging — staging")));
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("PRODUCTION")));
        QVERIFY(m_window->banner()->color() != red);
        m_connection->close();
    }

    void remembersThePageApartFromPreferences() {
        m_window->showPage(ConsolePage::Contacts);
        m_window->close();
        QCOMPARE(m_recent->lastPage(), ConsolePage::Contacts);
        QVERIFY(!m_recent->windowGeometry().isEmpty());

        MainWindow again(&*m_connection, &*m_store, &*m_secrets, &*m_recent);
        again.restoreUiState();
        QCOMPARE(again.currentPage(), ConsolePage::Contacts);
    }

    void screenshotRunsDoNotOverwriteTheUiState() {
        m_window->showPage(ConsolePage::Alerts);
        m_window->close();
        m_window->showPage(ConsolePage::Models);
        m_window->setSavesUiState(false);
        m_window->close();
        QCOMPARE(m_recent->lastPage(), ConsolePage::Alerts);
    }

private:
    QTemporaryDir m_directory;
    int m_run = 0;
    std::optional<ProfileStore> m_store;
    std::optional<SecretStore> m_secrets;
    std::optional<ServerConnection> m_connection;
    std::optional<RecentState> m_recent;
    std::optional<MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
