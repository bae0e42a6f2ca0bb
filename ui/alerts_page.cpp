// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Alerts page: four PolledResources (the queue with the page's filters, the selected
// alert's history, the silences, and the watch for new critical alerts, which goes on
// while the page is hidden), two tabs that show them, and AlertActions for what changes
// the server. The page wires them together: filters to the queue's query, the selection to
// the history, the token's role to what is shown, and the palette's commands.
#include "ui/alerts_page.h"

#include "core/alert_table_model.h"
#include "core/command_registry.h"
#include "core/health_monitor.h"
#include "core/label_filter_proxy_model.h"
#include "core/server_connection.h"
#include "core/silence_table_model.h"
#include "ui/alert_actions.h"
#include "ui/alert_queue_panel.h"
#include "ui/alert_tray_notifier.h"
#include "ui/silences_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace recops::console {

namespace {

constexpr int kAlertsIntervalMs = 5'000;
constexpr int kHistoryIntervalMs = 10'000;
constexpr int kSilencesIntervalMs = 15'000;
constexpr int kCriticalIntervalMs = 10'000;
constexpr int kAlertLimit = 1000;
constexpr int kHistoryLimit = 200;

const QString kAcknowledgeCommand = QStringLiteral("alerts.acknowledge");
const QString kSilenceCommand = QStringLiteral("alerts.silence");
const QString kRunbookCommand = QStringLiteral("alerts.runbook");

const QString kAlertsPath = QStringLiteral("/api/v1/alerts");

}  // namespace

AlertsPage::AlertsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent)
    : PageWidget(ConsolePage::Alerts, parent)
    , m_connection(connection)
    , m_actions(new AlertActions(connection, guard, this))
    , m_alerts(new PolledResource<AlertList>(connection, kAlertsPath, &AlertList::fromJson, this))
    , m_history(
          new PolledResource<AlertHistory>(connection, QString(), &AlertHistory::fromJson, this))
    , m_silences(new PolledResource<SilenceList>(connection, QStringLiteral("/api/v1/silences"),
                                                 &SilenceList::fromJson, this))
    , m_critical(new PolledResource<AlertList>(connection, kAlertsPath, &AlertList::fromJson, this))
    , m_tray(new AlertTrayNotifier(this))
    , m_state(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_silenced(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_roleNote(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_queuePanel(new AlertQueuePanel(guard, this))
    , m_silencesPanel(new SilencesPanel(guard, this)) {
    setAccessibleName(tr("Alerts"));

    m_alerts->setTitle(tr("Alert queue"));
    m_alerts->setIntervalMs(kAlertsIntervalMs);
    m_history->setTitle(tr("Alert history"));
    m_history->setIntervalMs(kHistoryIntervalMs);
    m_silences->setTitle(tr("Silences"));
    m_silences->setIntervalMs(kSilencesIntervalMs);
    m_critical->setTitle(tr("Critical alerts"));
    m_critical->setIntervalMs(kCriticalIntervalMs);
    m_critical->setQuery(QUrlQuery{{QStringLiteral("state"), QStringLiteral("firing")},
                                   {QStringLiteral("severity"), QStringLiteral("critical")},
                                   {QStringLiteral("limit"), QString::number(kAlertLimit)}});

    m_state->addItem(tr("Active (pending and firing)"), QString());
    m_state->addItem(tr("Firing"), QStringLiteral("firing"));
    m_state->addItem(tr("Pending"), QStringLiteral("pending"));
    m_state->addItem(tr("Resolved"), QStringLiteral("resolved"));
    m_state->addItem(tr("Every state"), QStringLiteral("pending,firing,resolved"));
    m_state->setAccessibleName(tr("Alert state"));
    m_severity->addItem(tr("Every severity"), QString());
    m_severity->addItem(tr("Critical"), QStringLiteral("critical"));
    m_severity->addItem(tr("Warning and critical"), QStringLiteral("warning,critical"));
    m_severity->addItem(tr("Warning"), QStringLiteral("warning"));
    m_severity->addItem(tr("Info"), QStringLiteral("info"));
    m_severity->setAccessibleName(tr("Alert severity"));
    m_silenced->addItem(tr("Not silenced"), QStringLiteral("exclude"));
    m_silenced->addItem(tr("Silenced too"), QStringLiteral("include"));
    m_silenced->addItem(tr("Silenced only"), QStringLiteral("only"));
    m_silenced->setAccessibleName(tr("Silenced alerts"));
    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setPlaceholderText(
        tr("Filter: text, or severity=critical rule=High* team=ml (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter alerts"));
    m_filter->setClearButtonEnabled(true);
    m_roleNote->setAccessibleName(tr("What this token may do"));
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setObjectName(QStringLiteral("alertsNotice"));
    m_notice->setAccessibleName(tr("Outcome of the last change"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    auto* bar = new QHBoxLayout;
    const auto labelled = [this, bar](const QString& text, QComboBox* box) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        bar->addWidget(label);
        bar->addWidget(box);
        bar->addSpacing(8);
    };
    labelled(tr("S&tate:"), m_state);
    labelled(tr("Severit&y:"), m_severity);
    labelled(tr("Si&lenced:"), m_silenced);
    bar->addWidget(m_filter, 1);
    bar->addSpacing(12);
    bar->addWidget(m_roleNote);

    m_tabs->addTab(m_queuePanel, tr("&Queue"));
    m_tabs->addTab(m_silencesPanel, tr("Sile&nces"));
    m_tabs->setAccessibleName(tr("Alert views"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    for (ResourcePoller* poller : pollers()) {
        watch(poller);
    }
    applyFilters();
    connect(m_alerts, &DataSource::dataChanged, this, &AlertsPage::showAlerts);
    connect(m_history, &DataSource::dataChanged, this, &AlertsPage::showHistory);
    connect(m_history, &DataSource::statusChanged, this, &AlertsPage::showHistory);
    connect(m_silences, &DataSource::dataChanged, this,
            [this] { m_silencesPanel->setSilences(m_silences->value().value_or(SilenceList())); });
    connect(m_critical, &DataSource::dataChanged, this, &AlertsPage::followCritical);
    connect(this, &AlertsPage::criticalAlertFired, m_tray, &AlertTrayNotifier::notify);
    connect(m_tray, &AlertTrayNotifier::clicked, this, [this] {
        m_tabs->setCurrentWidget(m_queuePanel);
        Q_EMIT activationRequested();
    });

    for (QComboBox* box : {m_state, m_severity, m_silenced}) {
        connect(box, &QComboBox::activated, this, &AlertsPage::applyFilters);
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_queuePanel->filter()->setQuery(text);
        m_queuePanel->historyFilter()->setQuery(text);
        m_silencesPanel->filter()->setQuery(text);
    });
    connect(m_queuePanel, &AlertQueuePanel::currentAlertChanged, this,
            &AlertsPage::followSelection);
    connect(m_queuePanel, &AlertQueuePanel::acknowledgeRequested, this,
            &AlertsPage::acknowledgeSelected);
    connect(m_queuePanel, &AlertQueuePanel::silenceRequested, this, &AlertsPage::silenceSelected);
    connect(m_queuePanel, &AlertQueuePanel::runbookRequested, this,
            &AlertsPage::runRunbookOfSelected);
    connect(m_silencesPanel, &SilencesPanel::expireRequested, this, [this](const QString& id) {
        const int row = m_silencesPanel->model()->rowOfKey(id);
        if (const Silence* silence = m_silencesPanel->model()->recordAt(row)) {
            m_actions->confirmExpire(*silence);
        }
    });
    connect(m_actions, &AlertActions::reported, this, &AlertsPage::showNotice);
    connect(m_actions, &AlertActions::changed, this, &AlertsPage::refreshAfterChange);

    connect(connection->monitor(), &HealthMonitor::healthChanged, this, &AlertsPage::followHealth);
    connect(connection, &ServerConnection::profileChanged, this, [this] {
        // Another server: its alerts are others, and those firing there now are no news.
        m_watch.reset();
        m_notice->hide();
        m_history->setPath(QString());
        m_history->pause();
        followRole(TokenRole());
    });
    followHealth();
    // The watch for new critical alerts runs whichever page is shown.
    m_critical->start();
}

AlertsPage::~AlertsPage() = default;

QList<ResourcePoller*> AlertsPage::pollers() const {
    return {m_alerts, m_history, m_silences};
}

bool AlertsPage::isSettled() const {
    if (!m_connection || !m_connection->isOpen()) {
        return true;
    }
    // Until the page is shown nothing is fetched, and until the server answered the queue
    // has not been asked for: a screenshot waits for the queue's first answer (or failure).
    return m_started && m_alerts->state() != DataState::Empty && PageWidget::isSettled();
}

void AlertsPage::refresh() {
    PageWidget::refresh();
    m_critical->refresh();
}

void AlertsPage::setRunbookLookup(RunbookLookup lookup) {
    m_runbookLookup = std::move(lookup);
    followSelection(m_queuePanel->currentAlertId());
}

void AlertsPage::showEvent(QShowEvent* event) {
    PageWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_alerts->start();
        m_silences->start();
        if (!m_history->path().isEmpty()) {
            m_history->start();
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

void AlertsPage::hideEvent(QHideEvent* event) {
    PageWidget::hideEvent(event);
    // A page that is not shown fetches nothing; its data stays for when it comes back.
    for (ResourcePoller* poller : pollers()) {
        poller->pause();
    }
}

QString AlertsPage::noticeText() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void AlertsPage::applyFilters() {
    QUrlQuery query;
    const QString state = m_state->currentData().toString();
    const QString severity = m_severity->currentData().toString();
    if (!state.isEmpty()) {
        query.addQueryItem(QStringLiteral("state"), state);
    }
    if (!severity.isEmpty()) {
        query.addQueryItem(QStringLiteral("severity"), severity);
    }
    query.addQueryItem(QStringLiteral("silenced"), m_silenced->currentData().toString());
    query.addQueryItem(QStringLiteral("limit"), QString::number(kAlertLimit));
    if (query.toString() == m_alerts->query().toString()) {
        return;
    }
    // A fetch in flight asked the old question: it is dropped, and the new one asked at once.
    m_alerts->pause();
    m_alerts->setQuery(query);
    if (m_started && isVisible()) {
        m_alerts->start();
    }
}

void AlertsPage::showAlerts() {
    m_queuePanel->setAlerts(m_alerts->value().value_or(AlertList()));
    updateCommands();
}

void AlertsPage::showHistory() {
    if (m_queuePanel->currentAlertId().isEmpty()) {
        return;
    }
    const auto& history = m_history->value();
    if (history) {
        m_queuePanel->setHistory(*history);
        return;
    }
    if (m_history->state() == DataState::Failed || m_history->state() == DataState::Unsupported) {
        m_queuePanel->setHistoryNote(
            tr("The history could not be loaded: %1").arg(m_history->lastError().detailedText()));
    }
}

void AlertsPage::followSelection(const QString& id) {
    // Another alert: the history of the one before is dropped (and its fetch in flight).
    m_history->pause();
    m_history->setPath(QString());
    if (!id.isEmpty()) {
        m_history->setQuery(QUrlQuery{{QStringLiteral("alert"), id},
                                      {QStringLiteral("limit"), QString::number(kHistoryLimit)}});
        m_history->setPath(QStringLiteral("/api/v1/alerts/history"));
        if (m_started && isVisible()) {
            m_history->start();
        }
    }
    const Alert* alert = m_queuePanel->currentAlert();
    const bool answered = alert && m_runbookLookup && m_runbookLookup(alert->alertName());
    m_queuePanel->setRunbookAvailable(
        answered, alert ? tr("No runbook answers %1: a runbook names the alerts it answers in "
                             "its triggers.")
                              .arg(alert->alertName())
                        : QString());
    updateCommands();
}

void AlertsPage::followHealth() {
    followRole(TokenRole::ofHealth(m_connection->monitor()->health(), m_role));
}

void AlertsPage::followRole(TokenRole role) {
    if (role == m_role && !m_roleNote->text().isEmpty()) {
        return;
    }
    m_role = role;
    m_actions->setRole(role);
    m_queuePanel->setRole(role);
    m_silencesPanel->setRole(role);
    if (!role.isKnown()) {
        m_roleNote->setText(tr("Role not known yet: read-only"));
    } else if (!role.canHandleAlerts()) {
        m_roleNote->setText(tr("Token role %1: read-only").arg(role.name()));
    } else {
        m_roleNote->setText(tr("Token role %1: acknowledges and silences").arg(role.name()));
    }
    updateCommands();
}

void AlertsPage::followCritical() {
    const auto& critical = m_critical->value();
    if (!critical) {
        return;
    }
    for (const Alert& alert : m_watch.newlyFiring(*critical)) {
        Q_EMIT criticalAlertFired(alert);
    }
}

void AlertsPage::acknowledgeSelected() {
    if (const Alert* alert = m_queuePanel->currentAlert()) {
        m_actions->openAcknowledge(*alert);
    }
}

void AlertsPage::silenceSelected() {
    if (const Alert* alert = m_queuePanel->currentAlert()) {
        m_actions->openSilence(*alert);
    }
}

void AlertsPage::runRunbookOfSelected() {
    const Alert* alert = m_queuePanel->currentAlert();
    if (!alert) {
        return;
    }
    QVariantMap labels;
    for (auto it = alert->labels.cbegin(); it != alert->labels.cend(); ++it) {
        labels.insert(it.key(), it.value());
    }
    Q_EMIT runbookRequested(alert->alertName(), labels);
}

void AlertsPage::registerCommands(CommandRegistry* commands) {
    m_commands = commands;
    Command runbook;
    runbook.id = kRunbookCommand;
    runbook.title = tr("Run the runbook of the selected alert");
    runbook.category = tr("Alerts");
    runbook.keywords = {tr("runbook"), tr("incident"), tr("alert")};
    runbook.run = [this] {
        runRunbookOfSelected();
    };
    commands->add(runbook, this);
    updateCommands();
}

void AlertsPage::updateCommands() {
    if (!m_commands) {
        return;
    }
    // A role that may not handle alerts sees none of these commands, as it sees no buttons.
    const bool offered = m_role.canHandleAlerts();
    const auto offer = [this, offered](const QString& id, const QString& title,
                                       const QStringList& keywords, std::function<void()> run) {
        if (!offered) {
            m_commands->remove(id);
            return;
        }
        if (m_commands->contains(id)) {
            return;
        }
        Command command;
        command.id = id;
        command.title = title;
        command.category = tr("Alerts");
        command.keywords = keywords;
        command.changesServerState = true;
        command.run = [this, run] {
            Q_EMIT activationRequested();
            m_tabs->setCurrentWidget(m_queuePanel);
            run();
        };
        m_commands->add(command, this);
    };
    offer(kAcknowledgeCommand, tr("Acknowledge the selected alert…"),
          {tr("ack"), tr("on it"), tr("page")}, [this] { acknowledgeSelected(); });
    offer(kSilenceCommand, tr("Silence alerts like the selected one…"),
          {tr("mute"), tr("snooze"), tr("maintenance")}, [this] { silenceSelected(); });

    const Alert* alert = m_queuePanel->currentAlert();
    if (m_commands->contains(kAcknowledgeCommand)) {
        const bool possible = alert && alert->state != u"resolved" && !alert->acknowledgment;
        m_commands->setEnabled(
            kAcknowledgeCommand, possible,
            !alert ? tr("Select an alert on the Alerts page first.")
                   : (alert->acknowledgment
                          ? tr("Already acknowledged by %1.").arg(alert->acknowledgment->by)
                          : tr("A resolved alert is not acknowledged.")));
    }
    if (m_commands->contains(kSilenceCommand)) {
        m_commands->setEnabled(kSilenceCommand, alert != nullptr,
                               tr("Select an alert on the Alerts page first."));
    }
    const bool runbook = m_queuePanel->runbookButton()->isEnabled();
    m_commands->setEnabled(kRunbookCommand, runbook,
                           alert ? m_queuePanel->runbookButton()->toolTip()
                                 : tr("Select an alert on the Alerts page first."));
}

void AlertsPage::refreshAfterChange() {
    m_alerts->refresh();
    m_silences->refresh();
    if (!m_history->path().isEmpty()) {
        m_history->refresh();
    }
}

void AlertsPage::showNotice(const QString& message, bool failed) {
    m_notice->setText(message);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::WindowText,
                     failed ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x1b, 0x5e, 0x20));
    m_notice->setPalette(palette);
    m_notice->show();
}

}  // namespace recops::console
