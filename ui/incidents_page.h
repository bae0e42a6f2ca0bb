// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident.h"
#include "core/polled_resource.h"
#include "core/token_role.h"
#include "ui/notice_label.h"
#include "ui/page_widget.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace recops::console {

class CommandRegistry;
class IncidentActions;
class IncidentTableModel;
class IncidentTimelinePanel;
class IncidentTimelineTableModel;
class LabelFilterProxyModel;
class ProductionGuard;
class ServerConnection;

/**
 * The incidents of the connected recopsd, newest first, filtered by status and by free text
 * or labels, and the selected incident's timeline (notes, status changes, escalations,
 * runbook steps) in time order. Operators add a note, mark an incident mitigated or
 * resolved (forward only) and escalate it to the next level of its policy.
 *
 * Both resources are PolledResources watched by the page (staleness badge, F5,
 * --screenshot), fetched while the page is shown; their last values stay while recopsd is
 * unreachable. What the token's role may not do is not shown at all.
 */
class IncidentsPage : public PageWidget {
    Q_OBJECT

public:
    IncidentsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent = nullptr);
    ~IncidentsPage() override;

    bool isSettled() const override;
    QLineEdit* filterEdit() const override { return m_filter; }
    void registerCommands(CommandRegistry* commands) override;

    TokenRole role() const { return m_role; }
    IncidentActions* actions() const { return m_actions; }
    IncidentTableModel* model() const { return m_model; }
    IncidentTimelinePanel* timeline() const { return m_timeline; }
    IncidentTimelineTableModel* timelineModel() const;
    QTableView* view() const { return m_view; }
    QComboBox* statusBox() const { return m_status; }
    QList<ResourcePoller*> pollers() const { return {m_incidents, m_details}; }
    QPushButton* noteButton() const;
    QPushButton* mitigateButton() const;
    QPushButton* resolveButton() const;
    QPushButton* escalateButton() const;
    QString noticeText() const { return m_notice->noticeText(); }
    /// The selected incident's title, status, commander, alerts and summary.
    QString detailsText() const;

    /// The selected incident; nullptr when none is.
    const Incident* currentIncident() const;
    void selectIncident(qint64 id);

    void addNoteToSelected();
    void mitigateSelected();
    void resolveSelected();
    void escalateSelected();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void applyStatusFilter();
    void showIncidents();
    void showDetails();
    void followSelection();
    void followRole(TokenRole role);
    void updateControls();
    void updateCommands();
    void refreshAfterChange();

    QPointer<ServerConnection> m_connection;
    QPointer<CommandRegistry> m_commands;
    IncidentActions* m_actions;
    PolledResource<IncidentList>* m_incidents;
    PolledResource<IncidentDetails>* m_details;
    IncidentTableModel* m_model;
    LabelFilterProxyModel* m_proxy;
    QComboBox* m_status;
    QLineEdit* m_filter;
    QLabel* m_roleNote;
    NoticeLabel* m_notice;
    QTableView* m_view;
    IncidentTimelinePanel* m_timeline;
    TokenRole m_role;
    qint64 m_selectedId = 0;
    bool m_started = false;
};

}  // namespace recops::console
