// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/health_data_source.h"

#include "core/health_monitor.h"
#include "core/server_connection.h"

namespace recops::console {

HealthDataSource::HealthDataSource(ServerConnection* connection, QObject* parent)
    : DataSource(parent), m_connection(connection) {
    setTitle(tr("Server health"));
    connect(connection->monitor(), &HealthMonitor::healthChanged, this, &HealthDataSource::follow);
    connect(connection, &ServerConnection::profileChanged, this,
            [this] { reset(DataState::Empty); });
    follow(connection->monitor()->health());
}

void HealthDataSource::refresh() {
    if (m_connection) {
        m_connection->monitor()->checkNow();
    }
}

void HealthDataSource::follow(const ServerHealth& health) {
    switch (health.state) {
        case ConnectionState::Disconnected:
            if (state() == DataState::Loading) {
                reset(DataState::Empty);
            }
            break;
        case ConnectionState::Connecting:
            if (hasData()) {
                reset(DataState::Loading);  // start() dropped the report: a new connection
            } else {
                beginLoading();
            }
            break;
        case ConnectionState::Reachable:
            if (health.report) {
                if (state() != DataState::Fresh || lastSuccessUtc() != health.lastCheckedUtc) {
                    succeed(health.lastCheckedUtc);
                }
            } else if (health.lastError.isError()) {
                fail(health.lastError, health.lastCheckedUtc);  // the token may not see it
            }
            break;
        case ConnectionState::Unreachable:
            if (lastAttemptUtc() != health.lastCheckedUtc) {
                fail(health.lastError, health.lastCheckedUtc);
            }
            break;
    }
}

}  // namespace recops::console
