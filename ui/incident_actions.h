// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident.h"
#include "ui/server_actions.h"

class QMessageBox;

namespace recops::console {

class IncidentOperations;
class IncidentTextDialog;

/**
 * What a person can do with an incident on the Incidents page, from a button or the
 * palette: add a note to its timeline, mark it mitigated or resolved (status moves only
 * forward), escalate it to the next level of its policy. Each names the environment.
 */
class IncidentActions : public ServerActions {
    Q_OBJECT

public:
    IncidentActions(ServerConnection* connection, ProductionGuard* guard, QWidget* dialogParent);

    IncidentOperations* operations() const { return m_operations; }

    IncidentTextDialog* openNote(const Incident& incident);
    IncidentTextDialog* openEscalation(const Incident& incident);
    /// @p status: mitigated or resolved, forward from the incident's own.
    QMessageBox* confirmStatus(const Incident& incident, const QString& status);

    /// Whether @p incident may move to @p status (forward only).
    static bool canMove(const Incident& incident, const QString& status);

private:
    IncidentOperations* m_operations;
};

}  // namespace recops::console
