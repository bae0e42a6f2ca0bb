// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"
#include "core/silence.h"
#include "core/token_role.h"

#include <functional>

#include <QDialog>
#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace recops::console {

class AcknowledgeDialog;
class AlertOperations;
class ApiReply;
class ProductionGuard;
class ServerConnection;
class SilenceDialog;

/**
 * What a person can do on the Alerts page, whether from a button or the palette:
 * acknowledge an alert with a comment, silence alerts like one, expire a silence. Each
 * names the environment before anything changes, is sent only while the connection is
 * still on the profile it was asked about, and its outcome is reported in words (with
 * recopsd's detail and request id when it refused).
 */
class AlertActions : public QObject {
    Q_OBJECT

public:
    AlertActions(ServerConnection* connection, ProductionGuard* guard, QWidget* dialogParent);

    AlertOperations* operations() const { return m_operations; }
    void setRole(TokenRole role) { m_role = role; }

    AcknowledgeDialog* openAcknowledge(const Alert& alert);
    SilenceDialog* openSilence(const Alert& alert);
    QMessageBox* confirmExpire(const Silence& silence);

    /// The dialog or confirmation opened last, while it is open.
    QDialog* currentDialog() const { return m_dialog; }

Q_SIGNALS:
    /// Something changed on the server: the page fetches again.
    void changed();
    /// The outcome of a flow, for the page to show.
    void reported(const QString& message, bool failed);

private:
    void track(ApiReply* reply, const QString& done);
    std::function<void()> onSameProfile(std::function<void()> run) const;

    QPointer<ServerConnection> m_connection;
    QPointer<ProductionGuard> m_guard;
    QPointer<QWidget> m_parent;
    AlertOperations* m_operations;
    TokenRole m_role;
    QPointer<QDialog> m_dialog;
};

}  // namespace recops::console
