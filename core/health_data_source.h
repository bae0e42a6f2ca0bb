// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/data_source.h"
#include "core/server_health.h"

#include <QPointer>

namespace recops::console {

class ServerConnection;

/**
 * The health report as a DataSource: the Dashboard's data is the health check itself, so
 * it follows the connection's HealthMonitor instead of polling (which would double the
 * calls to /healthz). Fresh while the server answers with a report, Stale with the last
 * report while it does not; refresh() checks now.
 */
class HealthDataSource : public DataSource {
    Q_OBJECT

public:
    explicit HealthDataSource(ServerConnection* connection, QObject* parent = nullptr);

    void refresh() override;

private:
    void follow(const ServerHealth& health);

    QPointer<ServerConnection> m_connection;
};

}  // namespace recops::console
