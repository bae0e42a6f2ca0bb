// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"
#include "core/silence.h"
#include "ui/server_actions.h"

class QMessageBox;

namespace recops::console {

class AcknowledgeDialog;
class AlertOperations;
class SilenceDialog;

/**
 * What a person can do on the Alerts page, whether from a button or the palette:
 * acknowledge an alert with a comment, silence alerts like one, expire a silence. Each
 * names the environment before anything changes, is sent only while the connection is
 * still on the profile it was asked about, and its outcome is reported in words (with
 * recopsd's detail and request id when it refused): see ServerActions.
 */
class AlertActions : public ServerActions {
    Q_OBJECT

public:
    AlertActions(ServerConnection* connection, ProductionGuard* guard, QWidget* dialogParent);

    AlertOperations* operations() const { return m_operations; }

    AcknowledgeDialog* openAcknowledge(const Alert& alert);
    SilenceDialog* openSilence(const Alert& alert);
    QMessageBox* confirmExpire(const Silence& silence);

private:
    AlertOperations* m_operations;
};

}  // namespace recops::console
