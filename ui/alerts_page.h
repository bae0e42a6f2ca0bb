// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"
#include "core/alert_event.h"
#include "core/critical_alert_watch.h"
#include "core/polled_resource.h"
#include "core/silence.h"
#include "core/token_role.h"
#include "ui/page_widget.h"

#include <functional>

#include <QPointer>
#include <QVariantMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace recops::console {

class AlertActions;
class AlertQueuePanel;
class AlertTrayNotifier;
class CommandRegistry;
class ProductionGuard;
class ServerConnection;
class SilencesPanel;

/**
 * The alert queue, as on-call engineers work it: the alerts recopsd raises (critical
 * firing ones first), filtered by state, severity and silence and by free text or labels;
 * acknowledging one with a comment; silencing alerts like one for a while; expiring a
 * silence; what happened to the selected alert; and the runbook that answers it, prepared
 * on the Runbooks page. A critical alert that starts firing is announced on the desktop.
 *
 * Every resource is a PolledResource watched by the page (staleness badge, F5,
 * --screenshot), fetched while the page is shown; only the watch for new critical alerts
 * goes on while another page is. What the token's role may not do is not shown at all;
 * what changes the server is guarded by the production lock and names the environment.
 */
class AlertsPage : public PageWidget {
    Q_OBJECT

public:
    enum Tab { QueueTab, SilencesTab };
    /// Tells whether a runbook answers an alert name (the Runbooks page's library).
    using RunbookLookup = std::function<bool(const QString& alertName)>;

    AlertsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent = nullptr);
    ~AlertsPage() override;

    bool isSettled() const override;
    /// F5: the page's sources, and the watch for new critical alerts.
    void refresh() override;
    QLineEdit* filterEdit() const override { return m_filter; }
    void registerCommands(CommandRegistry* commands) override;

    void setRunbookLookup(RunbookLookup lookup);

    TokenRole role() const { return m_role; }
    AlertActions* actions() const { return m_actions; }
    AlertQueuePanel* queuePanel() const { return m_queuePanel; }
    SilencesPanel* silencesPanel() const { return m_silencesPanel; }
    AlertTrayNotifier* trayNotifier() const { return m_tray; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* stateBox() const { return m_state; }
    QComboBox* severityBox() const { return m_severity; }
    QComboBox* silencedBox() const { return m_silenced; }
    /// The outcome of the last change, as shown above the tabs.
    QString noticeText() const;
    QList<ResourcePoller*> pollers() const;
    /// The critical firing alerts, polled whichever page is shown, for the notification.
    ResourcePoller* criticalWatch() const { return m_critical; }

    void acknowledgeSelected();
    void silenceSelected();
    /// Asks the Runbooks page to prepare the runbook of the selected alert.
    void runRunbookOfSelected();

Q_SIGNALS:
    /// Prepare the run of the runbook that answers @p alertName, inputs from @p labels.
    void runbookRequested(const QString& alertName, const QVariantMap& labels);
    /// A critical alert began firing (after the first look at the server).
    void criticalAlertFired(const recops::console::Alert& alert);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void applyFilters();
    void showAlerts();
    void showHistory();
    void followSelection(const QString& id);
    void followHealth();
    void followRole(TokenRole role);
    void followCritical();
    void updateCommands();
    void refreshAfterChange();
    void showNotice(const QString& message, bool failed);

    QPointer<ServerConnection> m_connection;
    QPointer<CommandRegistry> m_commands;
    AlertActions* m_actions;
    PolledResource<AlertList>* m_alerts;
    PolledResource<AlertHistory>* m_history;
    PolledResource<SilenceList>* m_silences;
    PolledResource<AlertList>* m_critical;
    CriticalAlertWatch m_watch;
    AlertTrayNotifier* m_tray;
    QComboBox* m_state;
    QComboBox* m_severity;
    QComboBox* m_silenced;
    QLineEdit* m_filter;
    QLabel* m_roleNote;
    QLabel* m_notice;
    QTabWidget* m_tabs;
    AlertQueuePanel* m_queuePanel;
    SilencesPanel* m_silencesPanel;
    RunbookLookup m_runbookLookup;
    TokenRole m_role;
    bool m_started = false;
};

}  // namespace recops::console
