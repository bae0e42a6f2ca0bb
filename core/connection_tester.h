// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"
#include "core/server_health.h"

#include <QCoreApplication>
#include <QObject>

namespace recops::console {

class ApiClient;
class HealthMonitor;

/**
 * "Test connection" for a profile that is being edited: one health check and one token
 * check against the profile's server, with its TLS options and the given token, through
 * the same code the live connection uses (its own ApiClient and HealthMonitor).
 */
class ConnectionTester : public QObject {
    Q_OBJECT

public:
    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    /// Starts a test, cancelling a running one. finished() follows.
    void start(const ConnectionProfile& profile, const QString& token);
    void cancel();
    bool isRunning() const { return m_running; }

    /// One or two sentences for the dialog: what answered, as whom, how fast, or why not.
    static QString describe(const ServerHealth& health);

Q_SIGNALS:
    void finished(const recops::console::ServerHealth& health);

private:
    ApiClient* m_client;
    HealthMonitor* m_monitor;
    bool m_running = false;
};

}  // namespace recops::console
