// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/alert_actions.h"

#include "core/alert_operations.h"
#include "core/server_connection.h"
#include "ui/acknowledge_dialog.h"
#include "ui/change_confirmation.h"
#include "ui/production_guard.h"
#include "ui/silence_dialog.h"

#include <QMessageBox>
#include <QWidget>

namespace recops::console {

AlertActions::AlertActions(ServerConnection* connection, ProductionGuard* guard,
                           QWidget* dialogParent)
    : ServerActions(connection, guard, dialogParent)
    , m_operations(new AlertOperations(connection, this)) {}

AcknowledgeDialog* AlertActions::openAcknowledge(const Alert& alert) {
    if (!role().canHandleAlerts() || !m_connection) {
        return nullptr;
    }
    auto* dialog = new AcknowledgeDialog(m_connection->profile(), alert, m_guard, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString rule = alert.rule;
    connect(dialog, &QDialog::accepted, this, onSameProfile([this, dialog, rule] {
                track(m_operations->acknowledge(dialog->alertId(), dialog->comment()),
                      tr("Acknowledged %1.").arg(rule));
            }));
    setCurrentDialog(dialog);
    dialog->open();
    return dialog;
}

SilenceDialog* AlertActions::openSilence(const Alert& alert) {
    if (!role().canHandleAlerts() || !m_connection) {
        return nullptr;
    }
    auto* dialog = new SilenceDialog(m_connection->profile(), alert, m_guard, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, onSameProfile([this, dialog] {
                const SilenceRequest request = dialog->request();
                QStringList matchers;
                for (const SilenceMatcher& matcher : request.matchers) {
                    matchers.append(matcher.text());
                }
                track(m_operations->createSilence(request),
                      tr("Silenced alerts matching %1.").arg(matchers.join(QStringLiteral(", "))));
            }));
    setCurrentDialog(dialog);
    dialog->open();
    return dialog;
}

QMessageBox* AlertActions::confirmExpire(const Silence& silence) {
    if (!role().canHandleAlerts() || !m_connection || silence.isExpired()) {
        return nullptr;
    }
    const QString id = silence.id;
    QMessageBox* box = ChangeConfirmation::ask(
        m_parent, m_connection->profile(), tr("Expire silence"),
        tr("Expire the silence of %1 now?").arg(silence.matcherText()),
        tr("Created by %1: %2. The alerts it matched page again.")
            .arg(silence.createdBy, silence.comment),
        tr("Expire"), onSameProfile([this, id] {
            track(m_operations->expireSilence(id), tr("Silence %1 expired.").arg(id));
        }));
    setCurrentDialog(box);
    return box;
}

}  // namespace recops::console
