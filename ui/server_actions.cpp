// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/server_actions.h"

#include "core/api_reply.h"
#include "core/server_connection.h"

#include <QWidget>

namespace recops::console {

ServerActions::ServerActions(ServerConnection* connection, ProductionGuard* guard,
                             QWidget* dialogParent)
    : QObject(dialogParent), m_connection(connection), m_guard(guard), m_parent(dialogParent) {}

std::function<void()> ServerActions::onSameProfile(std::function<void()> run) const {
    const ConnectionProfile asked = m_connection ? m_connection->profile() : ConnectionProfile();
    return [this, asked, run = std::move(run)] {
        if (m_connection && m_connection->profile() == asked) {
            run();
        }
    };
}

void ServerActions::track(ApiReply* reply, const QString& done) {
    connect(reply, &ApiReply::finished, this, [this, reply, done] {
        if (reply->isSuccess()) {
            Q_EMIT reported(done, false);
        } else {
            Q_EMIT reported(tr("Refused: %1").arg(reply->error().detailedText()), true);
        }
        Q_EMIT changed();
    });
}

}  // namespace recops::console
