// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/server_health.h"
#include "ui/page_widget.h"

#include <QPointer>

class QLabel;

namespace recops::console {

class ServerConnection;

/**
 * A page that is not built yet. It says what it will show and which recopsd capability it
 * waits for, and which server version is connected, instead of drawing made-up data.
 */
class PendingPage : public PageWidget {
    Q_OBJECT

public:
    PendingPage(ConsolePage page, ServerConnection* connection, QWidget* parent = nullptr);

    /// Settled once the server has answered (or failed to): the page names its version.
    bool isSettled() const override;
    /// F5: checks the server's health now (the page has no data of its own).
    void refresh() override;

    QString explanation() const;

private:
    void showServer(const ServerHealth& health);

    QPointer<ServerConnection> m_connection;
    QLabel* m_explanation;
    QLabel* m_server;
};

}  // namespace recops::console
