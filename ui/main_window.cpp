// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/main_window.h"

#include "core/command_registry.h"
#include "core/production_lock.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "ui/alerts_page.h"
#include "ui/backups_page.h"
#include "ui/command_palette.h"
#include "ui/contacts_page.h"
#include "ui/dashboard_page.h"
#include "ui/environment_banner.h"
#include "ui/environment_style.h"
#include "ui/health_status_widget.h"
#include "ui/incidents_page.h"
#include "ui/models_page.h"
#include "ui/page_catalog.h"
#include "ui/production_guard.h"
#include "ui/production_lock_control.h"
#include "ui/profile_dialog.h"
#include "ui/profile_transfer.h"
#include "ui/runbooks_page.h"
#include "ui/staleness_badge.h"
#include "ui/window_commands.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLineEdit>
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
    , m_commands(new CommandRegistry(this))
    , m_lock(new ProductionLock(connection, this))
    , m_guard(new ProductionGuard(m_lock, this))
    , m_banner(new EnvironmentBanner(this))
    , m_lockControl(new ProductionLockControl(m_lock, m_banner))
    , m_staleness(new StalenessBadge(this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_healthStatus(new HealthStatusWidget(connection, this))
    , m_transfer(new ProfileTransfer(profiles, this)) {
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
    m_banner->addTrailingWidget(m_lockControl);

    auto* pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    pageColumn->addWidget(m_staleness);
    pageColumn->addWidget(m_stack, 1);
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_sidebar);
    body->addLayout(pageColumn, 1);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_healthStatus, 1);

    m_windowCommands = new WindowCommands(this, m_commands, profiles, m_lock);
    createPages();
    createMenus();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) {
            return;
        }
        m_stack->setCurrentIndex(row);
        followPage();
        Q_EMIT pageChanged(currentPage());
    });
    connect(connection, &ServerConnection::profileChanged, this, [this](const auto& profile) {
        m_banner->showProfile(profile);
        updateTitle();
    });
    connect(m_lock, &ProductionLock::lockedChanged, this, &MainWindow::followLock);
    connect(profiles, &ProfileStore::profileUpdated, this, [this](const ConnectionProfile& p) {
        if (m_connection && m_connection->isOpen() && m_connection->profile().id == p.id) {
            m_connection->open(p);  // the address or TLS options of the live profile changed
        }
    });
    connect(m_commands, &CommandRegistry::refused, this,
            [this](const QString&, const QString& why) { statusBar()->showMessage(why, 6'000); });
    if (connection->isOpen()) {
        m_banner->showProfile(connection->profile());
    }
    showPage(ConsolePage::Dashboard);
    followPage();
    followLock();
    updateTitle();
}

MainWindow::~MainWindow() {
    // Closing the window hides its pages, and a page that is hidden pauses its pollers; the
    // news of that must not reach this window once its members are gone.
    for (PageWidget* page : std::as_const(m_pages)) {
        disconnect(page, nullptr, this, nullptr);
    }
}

void MainWindow::createPages() {
    const QList<ConsolePage> pages = ConsolePages::all();
    for (qsizetype index = 0; index < pages.size(); ++index) {
        const ConsolePage page = pages.at(index);
        const PageDescription description = PageCatalog::describe(page);
        PageWidget* widget = nullptr;
        if (page == ConsolePage::Dashboard) {
            auto* dashboard = new DashboardPage(m_connection, m_stack);
            connect(dashboard, &DashboardPage::editProfileRequested, this,
                    &MainWindow::editCurrentProfile);
            widget = dashboard;
        } else if (page == ConsolePage::Alerts) {
            auto* alerts = new AlertsPage(m_connection, m_guard, m_stack);
            connect(alerts, &AlertsPage::runbookRequested, this, &MainWindow::startRunbookForAlert);
            widget = alerts;
        } else if (page == ConsolePage::Models) {
            widget = new ModelsPage(m_connection, m_guard, m_stack);
        } else if (page == ConsolePage::Backups) {
            widget = new BackupsPage(m_connection, m_guard, m_stack);
        } else if (page == ConsolePage::Incidents) {
            widget = new IncidentsPage(m_connection, m_guard, m_stack);
        } else if (page == ConsolePage::Contacts) {
            widget = new ContactsPage(m_connection, m_guard, m_stack);
        } else {
            Q_ASSERT(page == ConsolePage::Runbooks);
            auto* runbooks = new RunbooksPage(m_connection, m_secrets, m_guard, m_stack);
            connect(runbooks, &RunbooksPage::pageRequested, this,
                    [this] { showPage(ConsolePage::Runbooks); });
            widget = runbooks;
        }
        m_pages.insert(page, widget);
        m_stack->addWidget(widget);
        widget->registerCommands(m_commands);
        connect(widget, &PageWidget::activationRequested, this, [this, page] { showPage(page); });
        connect(widget, &PageWidget::dataStatusChanged, this, [this, widget] {
            if (m_stack->currentWidget() == widget) {
                followPage();
            }
        });

        auto* item = new QListWidgetItem(QIcon(description.iconPath), description.title);
        const QString shortcut =
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)).toString(QKeySequence::NativeText);
        item->setToolTip(tr("%1 (%2)").arg(description.title, shortcut));
        item->setData(Qt::AccessibleTextRole, description.title);
        item->setData(Qt::AccessibleDescriptionRole, description.purpose);
        m_sidebar->addItem(item);
    }
    // The Alerts page offers an alert's runbook when the Runbooks page's library has one.
    if (auto* alerts = qobject_cast<AlertsPage*>(pageWidget(ConsolePage::Alerts))) {
        alerts->setRunbookLookup([this](const QString& alertName) {
            RunbooksPage* runbooks = runbooksPage();
            return runbooks && !runbooks->library().answering(alertName).isEmpty();
        });
    }
}

void MainWindow::createMenus() {
    WindowCommands* commands = m_windowCommands;
    QMenu* connectionMenu = menuBar()->addMenu(tr("&Connection"));
    // Menu entries are the palette's commands, with mnemonics for keyboard use of the menus.
    connectionMenu->addAction(commands->action(QStringLiteral("connection.profiles"),
                                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
    connectionMenu->actions().constLast()->setText(tr("&Profiles…"));
    QMenu* switchMenu = connectionMenu->addMenu(tr("&Switch to"));
    connect(switchMenu, &QMenu::aboutToShow, this,
            [this, switchMenu] { fillProfileMenu(switchMenu); });
    connectionMenu->addAction(commands->action(QStringLiteral("connection.import")));
    connectionMenu->actions().constLast()->setText(tr("&Import profiles…"));
    connectionMenu->addAction(commands->action(QStringLiteral("connection.export")));
    connectionMenu->actions().constLast()->setText(tr("&Export profiles…"));
    connectionMenu->addSeparator();
    // One key for both ways; its text says which way it goes now.
    m_lockAction = connectionMenu->addAction(tr("&Unlock production changes…"));
    m_lockAction->setObjectName(QStringLiteral("action:production.toggle"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::toggleLock);
    connectionMenu->addSeparator();
    QAction* quitAction = commands->action(QStringLiteral("app.quit"), QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    quitAction->setText(tr("&Quit"));
    connectionMenu->addAction(quitAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<ConsolePage> pages = ConsolePages::all();
    for (qsizetype index = 0; index < pages.size(); ++index) {
        const ConsolePage page = pages.at(index);
        QAction* action = commands->action(QStringLiteral("page.") + ConsolePages::key(page),
                                           QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        action->setText(PageCatalog::describe(page).title);
        action->setIcon(QIcon(PageCatalog::describe(page).iconPath));
        action->setShortcutContext(Qt::WindowShortcut);
        viewMenu->addAction(action);
    }
    viewMenu->addSeparator();
    viewMenu->addAction(commands->action(QStringLiteral("view.refresh"), QKeySequence::Refresh));
    viewMenu->actions().constLast()->setText(tr("&Refresh this page"));
    viewMenu->addAction(commands->action(QStringLiteral("view.filter"), QKeySequence::Find));
    viewMenu->actions().constLast()->setText(tr("&Filter this page"));
    viewMenu->addAction(
        commands->action(QStringLiteral("view.palette"), QKeySequence(Qt::CTRL | Qt::Key_K)));
    viewMenu->actions().constLast()->setText(tr("Command &palette…"));
    for (QAction* action : viewMenu->actions()) {
        addAction(action);  // shortcuts work with the menu bar hidden too
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = commands->action(QStringLiteral("help.about"));
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setText(tr("&About RecOps Console"));
    helpMenu->addAction(aboutAction);
}

void MainWindow::showAbout() {
    auto* about = new QMessageBox(
        QMessageBox::Information, tr("About RecOps Console"),
        tr("<h3>RecOps Console %1</h3><p>The operations console for recopsd, the RecOps "
           "recommendation server.</p><p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QLatin1StringView(qVersion())),
        QMessageBox::Close, this);
    about->setIconPixmap(windowIcon().pixmap(64, 64));
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
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

void MainWindow::editCurrentProfile() {
    if (ProfileDialog* dialog = openProfileDialog(); dialog && m_connection) {
        dialog->selectProfile(m_connection->profile().id);
    }
}

void MainWindow::refreshCurrentPage() {
    if (PageWidget* page = pageWidget(currentPage())) {
        page->refresh();
    }
}

bool MainWindow::focusFilter() {
    PageWidget* page = pageWidget(currentPage());
    QLineEdit* filter = page ? page->filterEdit() : nullptr;
    if (!filter) {
        statusBar()->showMessage(
            tr("%1 has nothing to filter.").arg(PageCatalog::describe(currentPage()).title), 4'000);
        return false;
    }
    filter->setFocus(Qt::ShortcutFocusReason);
    filter->selectAll();
    return true;
}

CommandPalette* MainWindow::openCommandPalette() {
    if (!m_palette) {
        m_palette = new CommandPalette(m_commands, this);
    }
    m_palette->popUp();
    return m_palette;
}

void MainWindow::requestUnlock() {
    m_lockControl->requestUnlock();
}

void MainWindow::toggleLock() {
    if (!m_lock->applies()) {
        statusBar()->showMessage(
            tr("The connected profile is not a production one: nothing is locked."), 4'000);
        return;
    }
    m_lockControl->toggle();
}

RunbooksPage* MainWindow::runbooksPage() const {
    return qobject_cast<RunbooksPage*>(pageWidget(ConsolePage::Runbooks));
}

bool MainWindow::startRunbookForAlert(const QString& alertName, const QVariantMap& labels) {
    showPage(ConsolePage::Runbooks);
    return runbooksPage()->startRunbookForAlert(alertName, labels);
}

void MainWindow::importProfiles() {
    m_transfer->chooseFileToImport();
}

void MainWindow::exportProfiles() {
    m_transfer->chooseFileToExport();
}

void MainWindow::followPage() {
    PageWidget* page = pageWidget(currentPage());
    m_staleness->setSources(page ? page->dataSources() : QList<DataSource*>());
}

void MainWindow::followLock() {
    m_banner->showLockState(m_lock->isLocked());
    m_lockAction->setText(m_lock->applies() && !m_lock->isLocked()
                              ? tr("&Lock production changes again")
                              : tr("&Unlock production changes…"));
    m_lockAction->setEnabled(m_lock->applies());
    updateTitle();
}

void MainWindow::showPage(ConsolePage page) {
    const int row = static_cast<int>(ConsolePages::all().indexOf(page));
    m_sidebar->setCurrentRow(row);
    m_stack->setCurrentIndex(row);
    followPage();
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
