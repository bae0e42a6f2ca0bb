// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/incident_text_dialog.h"

#include "core/change_summary.h"
#include "core/incident_table_model.h"
#include "ui/production_guard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recops::console {

IncidentTextDialog::IncidentTextDialog(Purpose purpose, const ConnectionProfile& profile,
                                       const Incident& incident, ProductionGuard* guard,
                                       QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_incidentId(incident.id)
    , m_text(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_confirm(new QPushButton(purpose == Purpose::Note ? tr("&Add note") : tr("&Escalate"), this))
    , m_guard(guard) {
    const bool note = purpose == Purpose::Note;
    setObjectName(note ? QStringLiteral("incidentNoteDialog")
                       : QStringLiteral("incidentEscalationDialog"));
    setWindowTitle(note ? tr("Note on incident %1").arg(incident.reference())
                        : tr("Escalate incident %1").arg(incident.reference()));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);

    auto* where = new QLabel(ChangeSummary::environmentNotice(profile), this);
    where->setAccessibleName(tr("Where the change happens"));
    where->setWordWrap(true);
    if (profile.isProduction()) {
        where->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
    auto* what = new QLabel(tr("%1 %2 (%3, %4)")
                                .arg(incident.reference(), incident.title,
                                     IncidentTableModel::severityText(incident.severity),
                                     IncidentTableModel::statusText(incident.status)),
                            this);
    what->setAccessibleName(tr("The incident"));
    what->setWordWrap(true);
    auto* label = new QLabel(
        note ? tr("&Note for the timeline:")
             : tr("&Reason (why the incident needs the next level; its contacts are paged):"),
        this);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    m_text->setAccessibleName(note ? tr("Note") : tr("Reason for the escalation"));
    m_text->setTabChangesFocus(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->setWordWrap(true);

    m_confirm->setObjectName(QStringLiteral("confirmIncidentChange"));
    m_confirm->setAccessibleName(note ? tr("Add note") : tr("Escalate"));
    m_confirm->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    if (m_guard) {
        m_guard->guard(m_confirm);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(what);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &IncidentTextDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString IncidentTextDialog::text() const {
    return m_text->toPlainText().trimmed();
}

void IncidentTextDialog::check() {
    const int maximum = m_purpose == Purpose::Note ? kMaximumNoteLength : kMaximumReasonLength;
    // recopsd counts a reason in bytes of UTF-8, a note in characters.
    const qsizetype length = m_purpose == Purpose::Note ? text().size() : text().toUtf8().size();
    QString problem;
    if (text().isEmpty()) {
        problem = m_purpose == Purpose::Note ? tr("Write the note.")
                                             : tr("Say why the incident needs the next level.");
    } else if (length > maximum) {
        problem = tr("The text is longer than %1 characters.").arg(maximum);
    }
    // An empty text is not an error yet: the person has not written anything.
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !text().isEmpty());
    if (m_guard) {
        m_guard->setWanted(m_confirm, problem.isEmpty());
    } else {
        m_confirm->setEnabled(problem.isEmpty());
    }
}

}  // namespace recops::console
