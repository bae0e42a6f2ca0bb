// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/console_page.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QVariantMap>

class QAction;
class QListWidget;
class QStackedWidget;

namespace recops::console {

class CommandPalette;
class CommandRegistry;
class EnvironmentBanner;
class HealthStatusWidget;
class PageWidget;
class ProductionGuard;
class ProductionLock;
class ProductionLockControl;
class ProfileDialog;
class ProfileStore;
class ProfileTransfer;
class RecentState;
class RunbooksPage;
class SecretStore;
class ServerConnection;
class StalenessBadge;
class WindowCommands;

/**
 * The console's window: a sidebar with every page (Ctrl+1 to Ctrl+7), the pages, the
 * connected environment across the top with the production lock, the current page's
 * staleness badge, and the server's health in the status bar.
 *
 * Everything is reachable from the keyboard: the menus, Ctrl+K for the command palette
 * (every command of the window and of the pages), Ctrl+F for the page's filter, F5 to
 * refresh the page. Pages add their own commands through PageWidget::registerCommands()
 * and guard their state-changing controls with productionGuard().
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(ServerConnection* connection, ProfileStore* profiles, SecretStore* secrets,
               RecentState* recent, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(ConsolePage page);
    ConsolePage currentPage() const;
    PageWidget* pageWidget(ConsolePage page) const;

    /// Opens the profile dialog (window-modal, without a nested event loop).
    ProfileDialog* openProfileDialog();
    /// Opens the profile dialog on the connected profile.
    void editCurrentProfile();
    /// Connects to the saved profile @p profileId and remembers it as the last one.
    void openProfile(const QString& profileId);
    /// F5: refreshes the current page's data.
    void refreshCurrentPage();
    /// Ctrl+F: focuses the current page's filter; false (with a status message) without one.
    bool focusFilter();
    /// Ctrl+K.
    CommandPalette* openCommandPalette();
    /// Asks to unlock production changes (see ProductionLockControl).
    void requestUnlock();
    /// Ctrl+Shift+L: unlocks (after asking) or locks again.
    void toggleLock();
    void importProfiles();
    void exportProfiles();
    void showAbout();
    /**
     * Shows the Runbooks page with the run that answers the alert @p alertName prepared,
     * its inputs filled from @p labels (see RunbooksPage::startRunbookForAlert()).
     */
    bool startRunbookForAlert(const QString& alertName, const QVariantMap& labels);

    /// Restores geometry and the last page from the UI state.
    void restoreUiState();
    /// Whether closing the window saves geometry and page (not for --screenshot runs).
    void setSavesUiState(bool saves) { m_savesUiState = saves; }

    QListWidget* sidebar() const { return m_sidebar; }
    HealthStatusWidget* healthStatus() const { return m_healthStatus; }
    EnvironmentBanner* banner() const { return m_banner; }
    StalenessBadge* stalenessBadge() const { return m_staleness; }
    CommandRegistry* commands() const { return m_commands; }
    ProductionLock* productionLock() const { return m_lock; }
    ProductionGuard* productionGuard() const { return m_guard; }
    ProductionLockControl* lockControl() const { return m_lockControl; }
    ProfileTransfer* profileTransfer() const { return m_transfer; }
    RunbooksPage* runbooksPage() const;

Q_SIGNALS:
    void pageChanged(recops::console::ConsolePage page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void updateTitle();
    void fillProfileMenu(QMenu* menu);
    void followPage();
    void followLock();

    QPointer<ServerConnection> m_connection;
    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    RecentState* m_recent;
    CommandRegistry* m_commands;
    ProductionLock* m_lock;
    ProductionGuard* m_guard;
    EnvironmentBanner* m_banner;
    ProductionLockControl* m_lockControl;
    StalenessBadge* m_staleness;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    HealthStatusWidget* m_healthStatus;
    ProfileTransfer* m_transfer;
    WindowCommands* m_windowCommands = nullptr;
    QAction* m_lockAction = nullptr;
    QHash<ConsolePage, PageWidget*> m_pages;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<CommandPalette> m_palette;
    bool m_savesUiState = true;
};

}  // namespace recops::console
