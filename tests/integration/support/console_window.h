// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/console_page.h"
#include "core/environment_tag.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "ui/main_window.h"

#include <memory>

#include <QSize>
#include <QString>
#include <QTemporaryDir>

namespace recops::console {
class ChartHistoryStore;
class ProfileStore;
}  // namespace recops::console

namespace recops::testing {

/// How a test's console window is connected, and which page it shows first.
struct ConsoleWindowOptions {
    QString url;    ///< the test's recopsd
    QString token;  ///< kept for the session only, as a token typed into the dialog
    console::ConsolePage page = console::ConsolePage::Dashboard;
    QString profileName = QStringLiteral("console-test");
    QString profileId;  ///< empty: an unsaved profile, which keeps no chart history
    console::EnvironmentTag environment = console::EnvironmentTag::Staging;
    console::ProfileStore* profiles = nullptr;
    console::ChartHistoryStore* chartHistory = nullptr;
    QSize size;  ///< empty: the window's default size
};

/**
 * A console window as an operator has it — its own secret store, connection and recent
 * state — connected to recopsd with one token. The integration tests of the pages open one
 * per role or profile they need; the members stay reachable for what a test inspects.
 */
struct ConsoleWindow {
    /// Where the window keeps its geometry and last page, apart from every other window's
    /// (first, so that it outlives the window and the state written as it closes).
    std::unique_ptr<QTemporaryDir> stateDirectory;
    std::unique_ptr<console::SecretStore> secrets;
    std::unique_ptr<console::ServerConnection> connection;
    std::unique_ptr<console::RecentState> recent;
    std::unique_ptr<console::MainWindow> window;

    /// Builds, shows and connects the window, then shows @p options.page.
    void open(const ConsoleWindowOptions& options);

    /// The widget of @p page as its own class.
    template <typename Page>
    Page* pageAs(console::ConsolePage page) const {
        return qobject_cast<Page*>(window->pageWidget(page));
    }
};

}  // namespace recops::testing
