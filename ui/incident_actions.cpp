// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/incident_actions.h"

#include "core/incident_operations.h"
#include "core/server_connection.h"
#include "ui/change_confirmation.h"
#include "ui/incident_text_dialog.h"

#include <QMessageBox>

namespace recops::console {

namespace {

int rank(const QString& status) {
    return status == u"open" ? 0 : (status == u"mitigated" ? 1 : (status == u"resolved" ? 2 : -1));
}

}  // namespace

IncidentActions::IncidentActions(ServerConnection* connection, ProductionGuard* guard,
                                 QWidget* dialogParent)
    : ServerActions(connection, guard, dialogParent)
    , m_operations(new IncidentOperations(connection, this)) {}

bool IncidentActions::canMove(const Incident& incident, const QString& status) {
    return rank(status) > rank(incident.status) && rank(incident.status) >= 0;
}

IncidentTextDialog* IncidentActions::openNote(const Incident& incident) {
    if (!role().canHandleIncidents() || !m_connection) {
        return nullptr;
    }
    auto* dialog = new IncidentTextDialog(IncidentTextDialog::Purpose::Note,
                                          m_connection->profile(), incident, m_guard, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString reference = incident.reference();
    connect(dialog, &QDialog::accepted, this, onSameProfile([this, dialog, reference] {
                track(m_operations->addNote(dialog->incidentId(), dialog->text()),
                      tr("Note added to incident %1.").arg(reference));
            }));
    setCurrentDialog(dialog);
    dialog->open();
    return dialog;
}

IncidentTextDialog* IncidentActions::openEscalation(const Incident& incident) {
    if (!role().canHandleIncidents() || !m_connection || incident.isResolved()) {
        return nullptr;
    }
    auto* dialog = new IncidentTextDialog(IncidentTextDialog::Purpose::Escalation,
                                          m_connection->profile(), incident, m_guard, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString reference = incident.reference();
    connect(dialog, &QDialog::accepted, this, onSameProfile([this, dialog, reference] {
                track(m_operations->escalate(dialog->incidentId(), dialog->text()),
                      tr("Incident %1 escalated.").arg(reference));
            }));
    setCurrentDialog(dialog);
    dialog->open();
    return dialog;
}

QMessageBox* IncidentActions::confirmStatus(const Incident& incident, const QString& status) {
    if (!role().canHandleIncidents() || !m_connection || !canMove(incident, status)) {
        return nullptr;
    }
    const bool resolve = status == u"resolved";
    const qint64 id = incident.id;
    const QString reference = incident.reference();
    QMessageBox* box = ChangeConfirmation::ask(
        m_parent, m_connection->profile(),
        resolve ? tr("Resolve incident") : tr("Mark incident mitigated"),
        resolve ? tr("Resolve incident %1, %2?").arg(reference, incident.title)
                : tr("Mark incident %1, %2, mitigated?").arg(reference, incident.title),
        tr("The status moves only forward: this cannot be undone."),
        resolve ? tr("Resolve") : tr("Mitigated"), onSameProfile([this, id, status, reference] {
            track(m_operations->setStatus(id, status),
                  status == u"resolved" ? tr("Incident %1 resolved.").arg(reference)
                                        : tr("Incident %1 marked mitigated.").arg(reference));
        }));
    setCurrentDialog(box);
    return box;
}

}  // namespace recops::console
