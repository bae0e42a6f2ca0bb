// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/server_health.h"
#include "ui/page_widget.h"

#include <QPointer>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace recops::console {

class CommandRegistry;
class HealthDataSource;
class JsonPropertiesModel;
class LabelFilterProxyModel;
class LatencyChartView;
class ServerConnection;
class ServiceLevelPanel;

/**
 * The live health of the connected recopsd, from GET /healthz and /api/v1/whoami: status,
 * version, uptime, serving model, store, token role, and the round trip of recent checks.
 * While the server is unreachable it says why and when the next attempt is.
 *
 * Its first tab is the service levels (ServiceLevelPanel): SLO cards and charts over a
 * chosen range; the second the server's facts above. The palette gets the ranges and
 * pausing the charts' refresh.
 */
class DashboardPage : public PageWidget {
    Q_OBJECT

public:
    explicit DashboardPage(ServerConnection* connection, QWidget* parent = nullptr);
    ~DashboardPage() override;

    enum Tab { ServiceLevelsTab, ServerTab };

    bool isSettled() const override;
    void registerCommands(CommandRegistry* commands) override;
    /// Filters the serving-model and store tables.
    QLineEdit* filterEdit() const override { return m_filter; }

    /// The headline ("Healthy", "Unreachable"...), for tests and accessibility.
    QString statusText() const;
    /// The text of the problem banner; empty when it is hidden.
    QString problemText() const;
    ServiceLevelPanel* serviceLevels() const { return m_serviceLevels; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    /// The user asked to fix the profile (its token was refused).
    void editProfileRequested();

private:
    void showHealth(const ServerHealth& health);
    void showProblem(const ServerHealth& health);
    QGroupBox* makeTableGroup(const QString& title, LabelFilterProxyModel* model,
                              QTableView** view);

    QPointer<ServerConnection> m_connection;
    QLabel* m_indicator;
    QLabel* m_status;
    QLabel* m_server;
    QLabel* m_problem;
    QPushButton* m_retryButton;
    QPushButton* m_editProfileButton;
    QWidget* m_problemBar;
    QLabel* m_version;
    QLabel* m_uptime;
    QLabel* m_lastCheck;
    QLabel* m_token;
    JsonPropertiesModel* m_modelProperties;
    JsonPropertiesModel* m_storeProperties;
    LabelFilterProxyModel* m_modelFilter;
    LabelFilterProxyModel* m_storeFilter;
    QLineEdit* m_filter;
    HealthDataSource* m_healthSource;
    QStackedWidget* m_modelStack;
    QLabel* m_noModel;
    QStackedWidget* m_storeStack;
    QLabel* m_noStore;
    QTableView* m_modelView = nullptr;
    QTableView* m_storeView = nullptr;
    LatencyChartView* m_chart;
    ServiceLevelPanel* m_serviceLevels;
    QTabWidget* m_tabs;
};

}  // namespace recops::console
