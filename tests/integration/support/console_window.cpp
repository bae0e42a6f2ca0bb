// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/console_window.h"

#include "core/connection_profile.h"

#include <QUrl>

namespace recops::testing {

void ConsoleWindow::open(const ConsoleWindowOptions& options) {
    using namespace recops::console;
    secrets = std::make_unique<SecretStore>(QStringLiteral("recops-console-test"), nullptr);
    connection = std::make_unique<ServerConnection>(secrets.get());
    connection->setChartHistory(options.chartHistory);
    stateDirectory = std::make_unique<QTemporaryDir>();
    recent = std::make_unique<RecentState>(stateDirectory->filePath(QStringLiteral("recent.ini")));
    window = std::make_unique<MainWindow>(connection.get(), options.profiles, secrets.get(),
                                          recent.get());
    if (!options.size.isEmpty()) {
        window->resize(options.size);
    }
    window->show();
    ConnectionProfile profile;
    profile.id = options.profileId;
    profile.name = options.profileName;
    profile.url = QUrl(options.url);
    profile.environment = options.environment;
    connection->openWithToken(profile, options.token, ServerConnection::TokenSource::Session);
    window->showPage(options.page);
}

}  // namespace recops::testing
