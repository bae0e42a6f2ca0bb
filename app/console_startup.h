// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/command_line.h"
#include "core/connection_profile.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace recops::console {

class LocalStore;
class MainWindow;
class Preferences;
class ProfileProvisioner;
class ProfileStore;
class RecentState;
class SecretStore;
class ServerConnection;

/**
 * Wires the console together from the command line: opens the local store, creates or
 * updates a profile when asked to (--profile with --server/--environment/--token-stdin),
 * picks what to connect to, shows the window and, with --screenshot, takes the pictures
 * and ends the program. Every step that waits (keyring, network) is asynchronous.
 */
class ConsoleStartup : public QObject {
    Q_OBJECT

public:
    /// @p token is what --token-stdin read (empty without it).
    ConsoleStartup(CommandLineOptions options, QString token, QObject* parent = nullptr);
    ~ConsoleStartup() override;

    /// Starts; finished() follows only for runs that end by themselves (--screenshot) or
    /// fail before the window is usable.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void connectAfterProvisioning();
    void open(const ConnectionProfile& profile);
    void openWithoutSavedProfile();
    void startScreenshots();
    void fail(const QString& message);
    void inform(const QString& message);

    CommandLineOptions m_options;
    QString m_token;
    LocalStore* m_store;
    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    ServerConnection* m_connection;
    RecentState* m_recent;
    Preferences* m_preferences;
    ProfileProvisioner* m_provisioner = nullptr;
    MainWindow* m_window = nullptr;
};

}  // namespace recops::console
