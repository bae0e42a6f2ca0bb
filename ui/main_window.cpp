// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/main_window.h"

#include "core/health_monitor.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "ui/dashboard_page.h"
#include "ui/environment_banner.h"
#include "ui/environment_style.h"
#include "ui/health_status_widget.h"
#include "ui/page_catalog.h"
#include "ui/pending_page.h"
#include "ui/profile_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace recops::console {

MainWindow::MainWindow(ServerConnection* connection, ProfileStore* profiles, SecretStore* secrets,
                       RecentState* recent, QWidget* parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_recent(recent)
    , m_banner(new EnvironmentBanner(this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_healthStatus(new HealthStatusWidget(connection, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/recops-console.svg")));
    resize(1280, 800);

    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(180);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->setAccessibleName(tr("Current page"));

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_sidebar);
    body->addWidget(m_stack, 1);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_healthStatus, 1);

    createPages();
    createMenus();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) {
            return;
        }
        m_stack->setCurrentIndex(row);
        Q_EMIT pageChanged(currentPage());
    });
    connect(connection, &ServerConnection::profileChanged, this, [this](const auto& profile) {
        m_banner->showProfile(profile);
        updateTitle();
    });
    connect(profiles, &ProfileStore::profileUpdated, this, [this](const ConnectionProfile& p) {
        if (m_connection && m_connection->isOpen() && m_connection->profile().id == p.id) {
            m_connection->open(p);  // the address or TLS options of the live profile changed
        }
    });
    if (connection->isOpen()) {
        m_banner->showProfile(connection->profile());
    }
    showPage(ConsolePage::Dashboard);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages() {
    const QList<ConsolePage> pages = ConsolePages::all();
    for (qsizetype index = 0; index < pages.size(); ++index) {
        const ConsolePage page = pages.at(index);
        const PageDescription description = PageCatalog::describe(page);
        PageWidget* widget = nullptr;
        if (page == ConsolePage::Dashboard) {
            auto* dashboard = new DashboardPage(m_connection, m_stack);
            connect(dashboard, &DashboardPage::editProfileRequested, this, [this] {
                if (ProfileDialog* dialog = openProfileDialog(); dialog && m_connection) {
                    dialog->selectProfile(m_connection->profile().id);
                }
            });
            widget = dashboard;
        } else {
            widget = new PendingPage(page, m_connection, m_stack);
        }
        m_pages.insert(page, widget);
        m_stack->addWidget(widget);

        auto* item = new QListWidgetItem(QIcon(description.iconPath), description.title);
        const QString shortcut =
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)).toString(QKeySequence::NativeText);
        item->setToolTip(tr("%1 (%2)").arg(description.title, shortcut));
        item->setData(Qt::AccessibleTextRole, description.title);
        item->setData(
            Qt::AccessibleDescriptionRole,
            description.awaitedCapability.isEmpty()
                ? description.purpose
                : tr("Not available yet: waits for %1").arg(description.awaitedCapability));
        m_sidebar->addItem(item);
    }
}

void MainWindow::createMenus() {
    QMenu* connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction* profilesAction = connectionMenu->addAction(tr("&Profiles…"));
    profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(profilesAction, &QAction::triggered, this, [this] {
        if (ProfileDialog* dialog = openProfileDialog(); dialog && m_connection) {
            dialog->selectProfile(m_connection->profile().id);
        }
    });
    QMenu* switchMenu = connectionMenu->addMenu(tr("&Switch to"));
    connect(switchMenu, &QMenu::aboutToShow, this,
            [this, switchMenu] { fillProfileMenu(switchMenu); });
    QAction* checkAction = connectionMenu->addAction(tr("&Check health now"));
    checkAction->setShortcut(QKeySequence::Refresh);
    connect(checkAction, &QAction::triggered, this, [this] {
        if (m_connection) {
            m_connection->monitor()->checkNow();
        }
    });
    connectionMenu->addSeparator();
    QAction* quitAction = connectionMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<ConsolePage> pages = ConsolePages::all();
    for (qsizetype index = 0; index < pages.size(); ++index) {
        const ConsolePage page = pages.at(index);
        QAction* action = viewMenu->addAction(QIcon(PageCatalog::describe(page).iconPath),
                                              PageCatalog::describe(page).title);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        addAction(action);  // shortcuts work with the menu bar hidden too
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = helpMenu->addAction(tr("&About RecOps Console"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this] {
        auto* about = new QMessageBox(
            QMessageBox::Information, tr("About RecOps Console"),
            tr("<h3>RecOps Console %1</h3><p>The operations console for recopsd, the RecOps "
               "recommendation server.</p><p>Built with Qt %2.</p>")
                .arg(QApplication::applicationVersion(), QLatin1StringView(qVersion())),
            QMessageBox::Close, this);
        about->setIconPixmap(windowIcon().pixmap(64, 64));
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

void MainWindow::fillProfileMenu(QMenu* menu) {
    menu->clear();
    const QList<ConnectionProfile> profiles =
        m_profiles ? m_profiles->profiles() : QList<ConnectionProfile>();
    if (profiles.isEmpty()) {
        menu->addAction(tr("No saved profiles"))->setEnabled(false);
        return;
    }
    for (const ConnectionProfile& profile : profiles) {
        QAction* action = menu->addAction(
            EnvironmentStyle::swatch(profile.environment),
            tr("%1 (%2)").arg(profile.name, EnvironmentTags::displayName(profile.environment)));
        action->setCheckable(true);
        action->setChecked(m_connection && m_connection->profile().id == profile.id);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { openProfile(id); });
    }
}

void MainWindow::openProfile(const QString& profileId) {
    if (!m_profiles || !m_connection) {
        return;
    }
    if (const auto profile = m_profiles->findById(profileId)) {
        m_connection->open(*profile);
        m_recent->setLastProfileId(profile->id);
    }
}

ProfileDialog* MainWindow::openProfileDialog() {
    if (!m_profiles || !m_secrets) {
        return nullptr;
    }
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_profiles, m_secrets, this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileDialog, &ProfileDialog::connectRequested, this,
                [this](const ConnectionProfile& profile) { openProfile(profile.id); });
        connect(m_profileDialog, &ProfileDialog::saved, this, [this](const auto& profile) {
            // A new token for the live profile takes effect at once.
            if (m_connection && m_connection->profile().id == profile.id) {
                m_connection->open(profile);
            }
        });
    }
    m_profileDialog->open();
    return m_profileDialog;
}

void MainWindow::showPage(ConsolePage page) {
    const int row = static_cast<int>(ConsolePages::all().indexOf(page));
    m_sidebar->setCurrentRow(row);
    m_stack->setCurrentIndex(row);
}

ConsolePage MainWindow::currentPage() const {
    return ConsolePages::all().value(m_stack->currentIndex(), ConsolePage::Dashboard);
}

PageWidget* MainWindow::pageWidget(ConsolePage page) const {
    return m_pages.value(page);
}

void MainWindow::restoreUiState() {
    if (const QByteArray geometry = m_recent->windowGeometry(); !geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    if (const QByteArray state = m_recent->windowState(); !state.isEmpty()) {
        restoreState(state);
    }
    showPage(m_recent->lastPage());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_savesUiState) {
        m_recent->setWindowGeometry(saveGeometry());
        m_recent->setWindowState(saveState());
        m_recent->setLastPage(currentPage());
        m_recent->sync();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle() {
    if (!m_connection || !m_connection->isOpen()) {
        setWindowTitle(tr("RecOps Console"));
        return;
    }
    const ConnectionProfile profile = m_connection->profile();
    const QString name = profile.isSaved() ? profile.name : profile.url.toDisplayString();
    setWindowTitle(profile.isProduction() ? tr("RecOps Console — %1 [PRODUCTION]").arg(name)
                                          : tr("RecOps Console — %1").arg(name));
}

}  // namespace recops::console
