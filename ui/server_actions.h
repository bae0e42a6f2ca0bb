// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/token_role.h"
#include "ui/production_guard.h"

#include <functional>

#include <QDialog>
#include <QObject>
#include <QPointer>

class QWidget;

namespace recops::console {

class ApiReply;
class ServerConnection;

/**
 * What the action classes of a page share: a change is sent only while the connection is
 * still on the profile it was asked about, and its outcome is reported in words (with
 * recopsd's detail and request id when it refused), after which the page fetches again.
 */
class ServerActions : public QObject {
    Q_OBJECT

public:
    ServerActions(ServerConnection* connection, ProductionGuard* guard, QWidget* dialogParent);

    void setRole(TokenRole role) { m_role = role; }
    TokenRole role() const { return m_role; }
    /// The dialog or confirmation opened last, while it is open.
    QDialog* currentDialog() const { return m_dialog; }

Q_SIGNALS:
    /// Something changed on the server (or was refused): the page fetches again.
    void changed();
    /// The outcome of a flow, for the page to show.
    void reported(const QString& message, bool failed);

protected:
    /// Reports @p done when @p reply succeeds, the refusal when not; changed() either way.
    void track(ApiReply* reply, const QString& done);
    /// @p run, to be called later, that does nothing once the profile changed.
    std::function<void()> onSameProfile(std::function<void()> run) const;
    void setCurrentDialog(QDialog* dialog) { m_dialog = dialog; }

    QPointer<ServerConnection> m_connection;
    QPointer<ProductionGuard> m_guard;
    QPointer<QWidget> m_parent;

private:
    TokenRole m_role;
    QPointer<QDialog> m_dialog;
};

}  // namespace recops::console
