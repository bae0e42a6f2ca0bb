// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/dashboard_page.h"

#include "core/command_registry.h"
#include "core/health_data_source.h"
#include "core/health_monitor.h"
#include "core/json_properties_model.h"
#include "core/label_filter_proxy_model.h"
#include "core/server_connection.h"
#include "core/service_level_history.h"
#include "ui/environment_style.h"
#include "ui/health_text.h"
#include "ui/latency_chart_view.h"
#include "ui/service_level_panel.h"
#include "ui/table_views.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

namespace {

QLabel* valueLabel(const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

}  // namespace

DashboardPage::DashboardPage(ServerConnection* connection, QWidget* parent)
    : PageWidget(ConsolePage::Dashboard, parent)
    , m_connection(connection)
    , m_indicator(new QLabel(this))
    , m_status(valueLabel(tr("Server status"), this))
    , m_server(valueLabel(tr("Server address"), this))
    , m_problem(valueLabel(tr("Problem"), this))
    , m_retryButton(new QPushButton(tr("Retry now"), this))
    , m_editProfileButton(new QPushButton(tr("Edit profile…"), this))
    , m_problemBar(new QWidget(this))
    , m_version(valueLabel(tr("Version"), this))
    , m_uptime(valueLabel(tr("Uptime"), this))
    , m_lastCheck(valueLabel(tr("Last health check"), this))
    , m_token(valueLabel(tr("Token"), this))
    , m_modelProperties(new JsonPropertiesModel(this))
    , m_storeProperties(new JsonPropertiesModel(this))
    , m_modelFilter(new LabelFilterProxyModel(this))
    , m_storeFilter(new LabelFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_healthSource(new HealthDataSource(connection, this))
    , m_modelStack(new QStackedWidget(this))
    , m_noModel(valueLabel(tr("Serving model"), this))
    , m_storeStack(new QStackedWidget(this))
    , m_noStore(valueLabel(tr("Store"), this))
    , m_chart(new LatencyChartView(connection->latencyHistory(), this))
    , m_serviceLevels(new ServiceLevelPanel(connection, this))
    , m_tabs(new QTabWidget(this)) {
    setAccessibleName(tr("Dashboard"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    // Headline: a dot in the health colour, the status in large type, the address below.
    auto* headline = new QHBoxLayout;
    m_indicator->setFixedSize(18, 18);
    m_indicator->setAccessibleName(tr("Health indicator"));
    QFont large = m_status->font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    large.setBold(true);
    m_status->setFont(large);
    m_server->setForegroundRole(QPalette::PlaceholderText);
    headline->addWidget(m_indicator);
    headline->addWidget(m_status);
    headline->addSpacing(12);
    headline->addWidget(m_server, 1);
    layout->addLayout(headline);

    m_problemBar->setObjectName(QStringLiteral("problemBar"));
    m_problemBar->setAutoFillBackground(true);
    auto* problemLayout = new QHBoxLayout(m_problemBar);
    problemLayout->addWidget(m_problem, 1);
    problemLayout->addWidget(m_retryButton);
    problemLayout->addWidget(m_editProfileButton);
    layout->addWidget(m_problemBar);
    connect(m_retryButton, &QPushButton::clicked, this,
            [this] { m_connection->monitor()->checkNow(); });
    connect(m_editProfileButton, &QPushButton::clicked, this, &DashboardPage::editProfileRequested);

    auto* facts = new QGroupBox(tr("Server"), this);
    auto* form = new QFormLayout(facts);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Uptime:"), m_uptime);
    form->addRow(tr("Last health check:"), m_lastCheck);
    form->addRow(tr("Token:"), m_token);

    m_modelFilter->setSourceModel(m_modelProperties);
    m_storeFilter->setSourceModel(m_storeProperties);
    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setPlaceholderText(
        tr("Filter the model and store properties: text, or "
           "property=index.* value!=0 (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter properties"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_modelFilter->setQuery(text);
        m_storeFilter->setQuery(text);
    });

    auto* modelGroup = makeTableGroup(tr("Serving model"), m_modelFilter, &m_modelView);
    m_modelStack->addWidget(m_noModel);
    m_modelStack->addWidget(m_modelView);
    modelGroup->layout()->addWidget(m_modelStack);
    m_noModel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* storeGroup = makeTableGroup(tr("Store"), m_storeFilter, &m_storeView);
    m_storeStack->addWidget(m_noStore);
    m_storeStack->addWidget(m_storeView);
    storeGroup->layout()->addWidget(m_storeStack);
    m_noStore->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* serverTab = new QWidget(this);
    auto* serverLayout = new QVBoxLayout(serverTab);
    serverLayout->addWidget(m_filter);
    auto* columns = new QHBoxLayout;
    columns->addWidget(facts, 1);
    columns->addWidget(modelGroup, 1);
    columns->addWidget(storeGroup, 1);
    serverLayout->addLayout(columns);

    auto* chartGroup = new QGroupBox(tr("Health-check round trip, measured by the console"));
    auto* chartLayout = new QVBoxLayout(chartGroup);
    chartLayout->addWidget(m_chart);
    serverLayout->addWidget(chartGroup, 1);

    m_tabs->setAccessibleName(tr("Dashboard sections"));
    m_tabs->insertTab(ServiceLevelsTab, m_serviceLevels, tr("&Service levels"));
    m_tabs->insertTab(ServerTab, serverTab, tr("Se&rver"));
    layout->addWidget(m_tabs, 1);

    watch(m_healthSource);
    for (ResourcePoller* source : m_serviceLevels->history()->sources()) {
        watch(source);
    }
    connect(connection->monitor(), &HealthMonitor::healthChanged, this, &DashboardPage::showHealth);
    connect(connection->monitor(), &HealthMonitor::healthChanged, this,
            [this] { updateSettled(); });
    showHealth(connection->monitor()->health());
}

DashboardPage::~DashboardPage() {
    // Destroying the page hides the chart panel, which pauses its sources; their news must
    // not reach this page once it is no longer one.
    for (ResourcePoller* source : m_serviceLevels->history()->sources()) {
        disconnect(source, nullptr, this, nullptr);
    }
}

QGroupBox* DashboardPage::makeTableGroup(const QString& title, LabelFilterProxyModel* model,
                                         QTableView** view) {
    auto* group = new QGroupBox(title);
    (new QVBoxLayout(group))->setContentsMargins(6, 6, 6, 6);  // the caller fills it
    QTableView* table = TableViews::create(model, title, group);
    table->horizontalHeader()->setSectionResizeMode(JsonPropertiesModel::NameColumn,
                                                    QHeaderView::ResizeToContents);
    table->sortByColumn(JsonPropertiesModel::NameColumn, Qt::AscendingOrder);
    table->setMinimumHeight(110);
    *view = table;
    return group;
}

bool DashboardPage::isSettled() const {
    return !m_connection || !m_connection->isOpen() ||
           (m_connection->monitor()->health().isSettled() &&
            m_serviceLevels->history()->isSettled());
}

void DashboardPage::registerCommands(CommandRegistry* commands) {
    Command pause;
    pause.id = QStringLiteral("dashboard.pause");
    pause.title = tr("Pause or resume the dashboard's chart refresh");
    pause.category = tr("Dashboard");
    pause.keywords = {tr("charts"), tr("auto-refresh"), tr("freeze")};
    pause.run = [this] {
        Q_EMIT activationRequested();
        m_tabs->setCurrentIndex(ServiceLevelsTab);
        m_serviceLevels->setPaused(!m_serviceLevels->history()->isPaused());
    };
    commands->add(pause, this);
    for (ChartRange range : ChartRanges::all()) {
        Command show;
        show.id = QStringLiteral("dashboard.range.") + ChartRanges::key(range);
        show.title =
            tr("Show the last %1 on the dashboard's charts").arg(ChartRanges::displayName(range));
        show.category = tr("Dashboard");
        show.keywords = {tr("time range"), tr("charts"), tr("SLO")};
        show.run = [this, range] {
            Q_EMIT activationRequested();
            m_tabs->setCurrentIndex(ServiceLevelsTab);
            m_serviceLevels->setRange(range);
        };
        commands->add(show, this);
    }
}

QString DashboardPage::statusText() const {
    return m_status->text();
}

QString DashboardPage::problemText() const {
    return m_problemBar->isHidden() ? QString() : m_problem->text();
}

void DashboardPage::showHealth(const ServerHealth& health) {
    m_indicator->setStyleSheet(QStringLiteral("background-color: %1; border-radius: 9px;")
                                   .arg(EnvironmentStyle::healthColor(health).name()));
    m_status->setText(HealthText::status(health));
    m_server->setText(health.serverUrl.toDisplayString());
    showProblem(health);

    const bool stale = health.state != ConnectionState::Reachable;
    const QString staleNote = stale && health.report ? tr(" (last known)") : QString();
    if (health.report) {
        m_version->setText(health.report->version + staleNote);
        m_uptime->setText(formatDuration(health.report->uptimeSeconds) + staleNote);
        if (health.report->model) {
            m_modelProperties->setObject(*health.report->model);
            m_modelStack->setCurrentWidget(m_modelView);
        } else {
            m_modelProperties->clear();
            m_noModel->setText(
                tr("No model is loaded: recopsd serves no recommendations "
                   "until a model version reaches Production."));
            m_modelStack->setCurrentWidget(m_noModel);
        }
        m_storeProperties->setObject(health.report->store);
        m_storeStack->setCurrentWidget(m_storeView);
    } else {
        const QString unknown = tr("unknown");
        m_version->setText(unknown);
        m_uptime->setText(unknown);
        m_modelProperties->clear();
        m_storeProperties->clear();
        m_noModel->setText(health.state == ConnectionState::Reachable
                               ? tr("The server did not show its health report to this token.")
                               : tr("Not known until the server answers."));
        m_noStore->setText(m_noModel->text());
        m_modelStack->setCurrentWidget(m_noModel);
        m_storeStack->setCurrentWidget(m_noStore);
    }

    if (health.lastCheckedUtc.isValid()) {
        const QString when = QLocale().toString(health.lastCheckedUtc.toLocalTime().time(),
                                                QStringLiteral("HH:mm:ss"));
        m_lastCheck->setText(
            health.state == ConnectionState::Reachable
                ? tr("answered in %1 at %2").arg(HealthText::duration(health.lastLatencyMs), when)
                : tr("failed at %1").arg(when));
    } else {
        m_lastCheck->setText(tr("not yet"));
    }
    const QString identity = HealthText::identity(health);
    m_token->setText(identity.isEmpty() ? tr("not checked yet") : identity);
}

void DashboardPage::showProblem(const ServerHealth& health) {
    QString text;
    QColor background;
    bool retry = false;
    bool editProfile = false;
    if (health.state == ConnectionState::Unreachable) {
        text = tr("recopsd at %1 does not answer: %2")
                   .arg(health.serverUrl.toDisplayString(), HealthText::problem(health));
        background = QColor(0xfd, 0xec, 0xea);
        retry = true;
    } else if (health.authentication == AuthenticationState::Rejected) {
        text = tr("The server refused the token: %1. Set a valid token in the profile.")
                   .arg(health.authenticationError.detailedText());
        background = QColor(0xff, 0xf4, 0xe0);
        editProfile = true;
    } else if (health.authentication == AuthenticationState::Failed) {
        text =
            tr("The token could not be checked: %1").arg(health.authenticationError.detailedText());
        background = QColor(0xff, 0xf4, 0xe0);
    } else if (health.authentication == AuthenticationState::NoToken) {
        text =
            tr("No token is set for this connection: only the open health check works. "
               "Add a token in the profile to see more.");
        background = QColor(0xe8, 0xf0, 0xfb);
        editProfile = true;
    } else if (health.report && !health.report->isHealthy()) {
        const QString storeError = health.report->store.value(QStringLiteral("error")).toString();
        text = storeError.isEmpty()
                   ? tr("recopsd reports itself %1.").arg(health.report->status)
                   : tr("recopsd reports itself %1: %2").arg(health.report->status, storeError);
        background = QColor(0xff, 0xf4, 0xe0);
    }
    m_problem->setText(text);
    m_retryButton->setVisible(retry);
    m_editProfileButton->setVisible(editProfile && m_connection &&
                                    m_connection->profile().isSaved());
    if (!text.isEmpty()) {
        QPalette palette = m_problemBar->palette();
        palette.setColor(QPalette::Window, background);
        palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        m_problemBar->setPalette(palette);
        m_problem->setPalette(palette);
    }
    m_problemBar->setVisible(!text.isEmpty());
}

}  // namespace recops::console
