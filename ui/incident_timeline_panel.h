// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident.h"
#include "core/token_role.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace recops::console {

class IncidentTimelineTableModel;
class LabelFilterProxyModel;
class ProductionGuard;

/**
 * The lower half of the Incidents page: the selected incident's summary, its timeline in
 * time order, and the buttons that change it (operator and up): add a note, mark it
 * mitigated, resolve it, escalate it. Status buttons are offered only while they move the
 * status forward.
 */
class IncidentTimelinePanel : public QWidget {
    Q_OBJECT

public:
    explicit IncidentTimelinePanel(ProductionGuard* guard, QWidget* parent = nullptr);

    /// The incident and its timeline as recopsd answered.
    void showIncident(const IncidentDetails& details);
    /// @p message instead of an incident (none selected); the timeline is emptied.
    void showMessage(const QString& message);
    /// @p message above the timeline shown so far (the timeline could not be loaded).
    void showProblem(const QString& message);
    void setRole(TokenRole role);
    /// What the buttons may do for @p incident (nullptr: none selected).
    void follow(const Incident* incident);

    QString summaryText() const;
    IncidentTimelineTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* noteButton() const { return m_note; }
    QPushButton* mitigateButton() const { return m_mitigate; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* escalateButton() const { return m_escalate; }

Q_SIGNALS:
    void noteRequested();
    void mitigateRequested();
    void resolveRequested();
    void escalateRequested();

private:
    ProductionGuard* m_guard;
    IncidentTimelineTableModel* m_model;
    LabelFilterProxyModel* m_proxy;
    QLabel* m_summary;
    QTableView* m_view;
    QPushButton* m_note;
    QPushButton* m_mitigate;
    QPushButton* m_resolve;
    QPushButton* m_escalate;
};

}  // namespace recops::console
