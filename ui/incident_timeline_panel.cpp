// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/incident_timeline_panel.h"

#include "core/incident_table_model.h"
#include "core/incident_timeline_table_model.h"
#include "core/label_filter_proxy_model.h"
#include "core/registry_format.h"
#include "ui/incident_actions.h"
#include "ui/production_guard.h"
#include "ui/table_views.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

IncidentTimelinePanel::IncidentTimelinePanel(ProductionGuard* guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_model(new IncidentTimelineTableModel(this))
    , m_proxy(new LabelFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_note(new QPushButton(tr("Add &note…"), this))
    , m_mitigate(new QPushButton(tr("&Mitigated…"), this))
    , m_resolve(new QPushButton(tr("&Resolve…"), this))
    , m_escalate(new QPushButton(tr("&Escalate…"), this)) {
    m_summary->setObjectName(QStringLiteral("incidentSummary"));
    m_summary->setAccessibleName(tr("The selected incident"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IncidentTimelineTableModel::SortRole);
    m_view = TableViews::create(m_proxy, tr("Incident timeline"), this);
    m_view->setObjectName(QStringLiteral("incidentTimeline"));
    // The text is what people read; the data, often long JSON, gets a column of its own
    // whose cells show the rest in their tooltip.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IncidentTimelineTableModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(IncidentTimelineTableModel::DataColumn, QHeaderView::Interactive);
    header->resizeSection(IncidentTimelineTableModel::DataColumn, 360);

    m_note->setAccessibleName(tr("Add a note to the selected incident"));
    m_mitigate->setAccessibleName(tr("Mark the selected incident mitigated"));
    m_resolve->setAccessibleName(tr("Resolve the selected incident"));
    m_escalate->setAccessibleName(tr("Escalate the selected incident"));
    m_escalate->setToolTip(
        tr("Raise the incident to the next level of its escalation policy "
           "and page that level's contacts."));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_note, m_mitigate, m_resolve, m_escalate}) {
        if (m_guard) {
            m_guard->guard(button);
        }
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_note, &QPushButton::clicked, this, &IncidentTimelinePanel::noteRequested);
    connect(m_mitigate, &QPushButton::clicked, this, &IncidentTimelinePanel::mitigateRequested);
    connect(m_resolve, &QPushButton::clicked, this, &IncidentTimelinePanel::resolveRequested);
    connect(m_escalate, &QPushButton::clicked, this, &IncidentTimelinePanel::escalateRequested);
    setRole(TokenRole());
    follow(nullptr);
}

void IncidentTimelinePanel::showIncident(const IncidentDetails& details) {
    const Incident& incident = details.incident;
    QStringList lines;
    lines.append(tr("%1 %2: %3, %4, opened %5 by %6.")
                     .arg(incident.reference(), incident.title,
                          IncidentTableModel::severityText(incident.severity),
                          IncidentTableModel::statusText(incident.status),
                          RegistryFormat::time(incident.createdAtUtc), incident.createdBy));
    if (!incident.commander.isEmpty()) {
        lines.append(tr("Commander: %1.").arg(incident.commander));
    }
    if (!incident.alertIds.isEmpty()) {
        lines.append(tr("Alerts: %1.").arg(incident.alertIds.join(QStringLiteral(", "))));
    }
    if (!incident.summary.isEmpty()) {
        lines.append(incident.summary);
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_model->setRecords(details.timeline);
}

void IncidentTimelinePanel::showMessage(const QString& message) {
    m_model->clear();
    m_summary->setText(message);
}

void IncidentTimelinePanel::showProblem(const QString& message) {
    m_summary->setText(message);
}

QString IncidentTimelinePanel::summaryText() const {
    return m_summary->text();
}

void IncidentTimelinePanel::setRole(TokenRole role) {
    // What the role may not do is not shown at all.
    for (QPushButton* button : {m_note, m_mitigate, m_resolve, m_escalate}) {
        button->setVisible(role.canHandleIncidents());
    }
}

void IncidentTimelinePanel::follow(const Incident* incident) {
    const QList<std::pair<QPushButton*, bool>> wanted = {
        {m_note, incident != nullptr},
        {m_mitigate, incident && IncidentActions::canMove(*incident, QStringLiteral("mitigated"))},
        {m_resolve, incident && IncidentActions::canMove(*incident, QStringLiteral("resolved"))},
        {m_escalate, incident && !incident->isResolved()}};
    for (const auto& [button, enabled] : wanted) {
        if (m_guard) {
            m_guard->setWanted(button, enabled);
        } else {
            button->setEnabled(enabled);
        }
    }
}

}  // namespace recops::console
