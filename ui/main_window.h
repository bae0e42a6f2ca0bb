// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/console_page.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QListWidget;
class QStackedWidget;

namespace recops::console {

class EnvironmentBanner;
class HealthStatusWidget;
class PageWidget;
class ProfileDialog;
class ProfileStore;
class RecentState;
class SecretStore;
class ServerConnection;

/**
 * The console's window: a sidebar with every page (Ctrl+1 to Ctrl+7), the pages, the
 * connected environment across the top and the server's health in the status bar.
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

    /// Restores geometry and the last page from the UI state.
    void restoreUiState();
    /// Whether closing the window saves geometry and page (not for --screenshot runs).
    void setSavesUiState(bool saves) { m_savesUiState = saves; }

    QListWidget* sidebar() const { return m_sidebar; }
    HealthStatusWidget* healthStatus() const { return m_healthStatus; }
    EnvironmentBanner* banner() const { return m_banner; }

Q_SIGNALS:
    void pageChanged(recops::console::ConsolePage page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void updateTitle();
    void fillProfileMenu(QMenu* menu);
    void openProfile(const QString& profileId);

    QPointer<ServerConnection> m_connection;
    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    RecentState* m_recent;
    EnvironmentBanner* m_banner;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    HealthStatusWidget* m_healthStatus;
    QHash<ConsolePage, PageWidget*> m_pages;
    QPointer<ProfileDialog> m_profileDialog;
    bool m_savesUiState = true;
};

}  // namespace recops::console
