// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/server_health.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace recops::console {

class ServerConnection;

/**
 * The server's health in the status bar, always visible: reachable or not, version,
 * latency of the last API call, and the role of the token.
 */
class HealthStatusWidget : public QWidget {
    Q_OBJECT

public:
    explicit HealthStatusWidget(ServerConnection* connection, QWidget* parent = nullptr);

    QString statusText() const;
    QString versionText() const;
    QString latencyText() const;
    QString roleText() const;

private:
    void showHealth(const ServerHealth& health);
    void showLatency(double latencyMs);

    QPointer<ServerConnection> m_connection;
    QLabel* m_indicator;
    QLabel* m_status;
    QLabel* m_version;
    QLabel* m_latency;
    QLabel* m_role;
};

}  // namespace recops::console
