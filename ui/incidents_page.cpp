// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Incidents page: two PolledResources (the list with the page's status filter, and the
// selected incident with its timeline), the table of incidents and the IncidentTimelinePanel
// that show them, and IncidentActions for what changes the server. The page wires the filter to the
// list's query, the selection to the timeline, and the token's role to the buttons and the
// palette's commands.
#include "ui/incidents_page.h"

#include "core/api_endpoint.h"
#include "core/command_registry.h"
#include "core/health_monitor.h"
#include "core/incident_operations.h"
#include "core/incident_table_model.h"
#include "core/label_filter_proxy_model.h"
#include "core/server_connection.h"
#include "ui/incident_actions.h"
#include "ui/incident_timeline_panel.h"
#include "ui/table_views.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace recops::console {

namespace {

constexpr int kIncidentsIntervalMs = 10'000;
constexpr int kDetailsIntervalMs = 5'000;
constexpr int kIncidentLimit = 1000;

const QString kNoteCommand = QStringLiteral("incidents.note");
const QString kMitigateCommand = QStringLiteral("incidents.mitigate");
const QString kResolveCommand = QStringLiteral("incidents.resolve");
const QString kEscalateCommand = QStringLiteral("incidents.escalate");

}  // namespace

IncidentsPage::IncidentsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent)
    : PageWidget(ConsolePage::Incidents, parent)
    , m_connection(connection)
    , m_actions(new IncidentActions(connection, guard, this))
    , m_incidents(new PolledResource<IncidentList>(
          connection, ApiEndpoint::of(Endpoint::Incidents).path(), &IncidentList::fromJson, this))
    , m_details(new PolledResource<IncidentDetails>(connection, QString(),
                                                    &IncidentDetails::fromJson, this))
    , m_model(new IncidentTableModel(this))
    , m_proxy(new LabelFilterProxyModel(this))
    , m_status(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_roleNote(new QLabel(this))
    , m_notice(new NoticeLabel(this))
    , m_timeline(new IncidentTimelinePanel(guard, this)) {
    setAccessibleName(tr("Incidents"));
    m_incidents->setTitle(tr("Incidents"));
    m_incidents->setIntervalMs(kIncidentsIntervalMs);
    m_details->setTitle(tr("Incident timeline"));
    m_details->setIntervalMs(kDetailsIntervalMs);

    m_status->addItem(tr("Every status"), QString());
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Mitigated"), QStringLiteral("mitigated"));
    m_status->addItem(tr("Resolved"), QStringLiteral("resolved"));
    m_status->setAccessibleName(tr("Incident status"));
    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setPlaceholderText(tr("Filter: text, or severity=critical commander=alice (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter incidents"));
    m_filter->setClearButtonEnabled(true);
    m_roleNote->setAccessibleName(tr("What this token may do"));
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setObjectName(QStringLiteral("incidentsNotice"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IncidentTableModel::SortRole);
    m_proxy->setColumnLabel(IncidentTableModel::StatusColumn, QStringLiteral("status"));
    m_proxy->setColumnLabel(IncidentTableModel::SeverityColumn, QStringLiteral("severity"));
    m_proxy->setColumnLabel(IncidentTableModel::CommanderColumn, QStringLiteral("commander"));
    m_view = TableViews::create(m_proxy, tr("Incidents"), this);
    m_view->setObjectName(QStringLiteral("incidentsTable"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IncidentTableModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);

    auto* bar = new QHBoxLayout;
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addSpacing(8);
    bar->addWidget(m_filter, 1);
    bar->addSpacing(12);
    bar->addWidget(m_roleNote);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    watch(m_incidents);
    watch(m_details);
    applyStatusFilter();
    connect(m_incidents, &DataSource::dataChanged, this, &IncidentsPage::showIncidents);
    connect(m_details, &DataSource::dataChanged, this, &IncidentsPage::showDetails);
    connect(m_details, &DataSource::statusChanged, this, &IncidentsPage::showDetails);
    connect(m_status, &QComboBox::activated, this, &IncidentsPage::applyStatusFilter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LabelFilterProxyModel::setQuery);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentsPage::followSelection);
    connect(m_timeline, &IncidentTimelinePanel::noteRequested, this,
            &IncidentsPage::addNoteToSelected);
    connect(m_timeline, &IncidentTimelinePanel::mitigateRequested, this,
            &IncidentsPage::mitigateSelected);
    connect(m_timeline, &IncidentTimelinePanel::resolveRequested, this,
            &IncidentsPage::resolveSelected);
    connect(m_timeline, &IncidentTimelinePanel::escalateRequested, this,
            &IncidentsPage::escalateSelected);
    connect(m_actions, &IncidentActions::reported, m_notice, &NoticeLabel::showNotice);
    connect(m_actions, &IncidentActions::changed, this, &IncidentsPage::refreshAfterChange);

    connect(connection->monitor(), &HealthMonitor::healthChanged, this,
            [this] { followRole(TokenRole::ofHealth(m_connection->monitor()->health(), m_role)); });
    connect(connection, &ServerConnection::profileChanged, this, [this] {
        // Another server: its incidents are others.
        m_notice->hide();
        m_selectedId = 0;
        m_details->pause();
        m_details->setPath(QString());
        m_model->clear();
        followRole(TokenRole());
    });
    followRole(TokenRole::ofHealth(connection->monitor()->health(), TokenRole()));
    showDetails();
}

IncidentsPage::~IncidentsPage() = default;

IncidentTimelineTableModel* IncidentsPage::timelineModel() const {
    return m_timeline->model();
}
QPushButton* IncidentsPage::noteButton() const {
    return m_timeline->noteButton();
}
QPushButton* IncidentsPage::mitigateButton() const {
    return m_timeline->mitigateButton();
}
QPushButton* IncidentsPage::resolveButton() const {
    return m_timeline->resolveButton();
}
QPushButton* IncidentsPage::escalateButton() const {
    return m_timeline->escalateButton();
}
QString IncidentsPage::detailsText() const {
    return m_timeline->summaryText();
}

bool IncidentsPage::isSettled() const {
    if (!m_connection || !m_connection->isOpen()) {
        return true;
    }
    return m_started && m_incidents->state() != DataState::Empty && PageWidget::isSettled();
}

void IncidentsPage::showEvent(QShowEvent* event) {
    PageWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_incidents->start();
        if (!m_details->path().isEmpty()) {
            m_details->start();
        }
    } else {
        for (ResourcePoller* poller : pollers()) {
            if (!poller->path().isEmpty()) {
                poller->resume();
            }
        }
    }
    updateSettled();
}

void IncidentsPage::hideEvent(QHideEvent* event) {
    PageWidget::hideEvent(event);
    // A page that is not shown fetches nothing; its data stays for when it comes back.
    for (ResourcePoller* poller : pollers()) {
        poller->pause();
    }
}

const Incident* IncidentsPage::currentIncident() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->recordAt(m_proxy->mapToSource(rows.first()).row());
}

void IncidentsPage::selectIncident(qint64 id) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfIncident(id), 0));
    if (index.isValid()) {
        m_view->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->setCurrentIndex(index);
    }
}

void IncidentsPage::applyStatusFilter() {
    QUrlQuery query;
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty()) {
        query.addQueryItem(QStringLiteral("status"), status);
    }
    query.addQueryItem(QStringLiteral("limit"), QString::number(kIncidentLimit));
    if (query.toString() == m_incidents->query().toString()) {
        return;
    }
    // A fetch in flight asked the old question: it is dropped, and the new one asked at once.
    m_incidents->pause();
    m_incidents->setQuery(query);
    if (m_started && isVisible()) {
        m_incidents->start();
    }
}

void IncidentsPage::showIncidents() {
    const qint64 selected = m_selectedId;
    m_model->setRecords(m_incidents->value().value_or(IncidentList()).incidents);
    if (selected > 0) {
        selectIncident(selected);
    } else if (m_proxy->rowCount() > 0) {
        // The newest incident's timeline, rather than an empty half of the page.
        m_view->selectRow(0);
    }
    updateControls();
}

void IncidentsPage::showDetails() {
    const auto& details = m_details->value();
    if (m_selectedId <= 0) {
        m_timeline->showMessage(tr("Select an incident to see its timeline."));
        return;
    }
    if (details && details->incident.id == m_selectedId) {
        m_timeline->showIncident(*details);
    } else if (m_details->state() == DataState::Failed ||
               m_details->state() == DataState::Unsupported) {
        m_timeline->showProblem(
            tr("The timeline could not be loaded: %1").arg(m_details->lastError().detailedText()));
    }
}

void IncidentsPage::followSelection() {
    const Incident* incident = currentIncident();
    const qint64 id = incident ? incident->id : 0;
    if (id != m_selectedId) {
        // Another incident: the timeline of the one before is dropped (and its fetch in flight).
        m_selectedId = id;
        m_details->pause();
        m_details->setPath(QString());
        m_timeline->showMessage(QString());
        if (id > 0) {
            m_details->setPath(IncidentOperations::incidentPath(id));
            if (m_started && isVisible()) {
                m_details->start();
            }
        }
        showDetails();
    }
    updateControls();
}

void IncidentsPage::followRole(TokenRole role) {
    if (role == m_role && !m_roleNote->text().isEmpty()) {
        return;
    }
    m_role = role;
    m_actions->setRole(role);
    m_timeline->setRole(role);
    if (!role.isKnown()) {
        m_roleNote->setText(tr("Role not known yet: read-only"));
    } else if (!role.canHandleIncidents()) {
        m_roleNote->setText(tr("Token role %1: read-only").arg(role.name()));
    } else {
        m_roleNote->setText(
            tr("Token role %1: adds notes, resolves and escalates").arg(role.name()));
    }
    updateControls();
}

void IncidentsPage::updateControls() {
    m_timeline->follow(currentIncident());
    updateCommands();
}

void IncidentsPage::addNoteToSelected() {
    if (const Incident* incident = currentIncident()) {
        m_actions->openNote(*incident);
    }
}

void IncidentsPage::mitigateSelected() {
    if (const Incident* incident = currentIncident()) {
        m_actions->confirmStatus(*incident, QStringLiteral("mitigated"));
    }
}

void IncidentsPage::resolveSelected() {
    if (const Incident* incident = currentIncident()) {
        m_actions->confirmStatus(*incident, QStringLiteral("resolved"));
    }
}

void IncidentsPage::escalateSelected() {
    if (const Incident* incident = currentIncident()) {
        m_actions->openEscalation(*incident);
    }
}

void IncidentsPage::registerCommands(CommandRegistry* commands) {
    m_commands = commands;
    updateCommands();
}

void IncidentsPage::updateCommands() {
    if (!m_commands) {
        return;
    }
    const Incident* incident = currentIncident();
    const QString none = tr("Select an incident on the Incidents page first.");
    const QString resolved = tr("The incident is resolved.");
    struct Offer {
        QString id;
        QString title;
        QStringList keywords;
        void (IncidentsPage::*run)();
        bool possible;
        QString reason;
    };
    const QList<Offer> offers = {
        {kNoteCommand,
         tr("Add a note to the selected incident…"),
         {tr("timeline"), tr("comment")},
         &IncidentsPage::addNoteToSelected,
         incident != nullptr,
         none},
        {kMitigateCommand,
         tr("Mark the selected incident mitigated…"),
         {tr("status"), tr("workaround")},
         &IncidentsPage::mitigateSelected,
         incident && IncidentActions::canMove(*incident, QStringLiteral("mitigated")),
         incident ? tr("The incident is past open.") : none},
        {kResolveCommand,
         tr("Resolve the selected incident…"),
         {tr("status"), tr("close")},
         &IncidentsPage::resolveSelected,
         incident && IncidentActions::canMove(*incident, QStringLiteral("resolved")),
         incident ? resolved : none},
        {kEscalateCommand,
         tr("Escalate the selected incident…"),
         {tr("page"), tr("on call"), tr("policy")},
         &IncidentsPage::escalateSelected,
         incident && !incident->isResolved(),
         incident ? resolved : none},
    };
    for (const Offer& offer : offers) {
        // A role that may not handle incidents sees none of these commands, as it sees no
        // buttons.
        if (!m_role.canHandleIncidents()) {
            m_commands->remove(offer.id);
            continue;
        }
        if (!m_commands->contains(offer.id)) {
            Command command;
            command.id = offer.id;
            command.title = offer.title;
            command.category = tr("Incidents");
            command.keywords = offer.keywords;
            command.changesServerState = true;
            command.run = [this, run = offer.run] {
                Q_EMIT activationRequested();
                (this->*run)();
            };
            m_commands->add(command, this);
        }
        m_commands->setEnabled(offer.id, offer.possible, offer.reason);
    }
}

void IncidentsPage::refreshAfterChange() {
    m_incidents->refresh();
    if (!m_details->path().isEmpty()) {
        m_details->refresh();
    }
}

}  // namespace recops::console
