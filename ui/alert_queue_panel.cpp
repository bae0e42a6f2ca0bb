// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/alert_queue_panel.h"

#include "core/alert_event_model.h"
#include "core/alert_table_model.h"
#include "core/label_filter_proxy_model.h"
#include "ui/production_guard.h"
#include "ui/table_views.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

AlertQueuePanel::AlertQueuePanel(ProductionGuard* guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_model(new AlertTableModel(this))
    , m_filter(new LabelFilterProxyModel(this))
    , m_history(new AlertEventModel(this))
    , m_historyFilter(new LabelFilterProxyModel(this))
    , m_historyTitle(new QLabel(tr("History of the selected alert"), this))
    , m_historyNote(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge…"), this))
    , m_silence(new QPushButton(tr("&Silence…"), this))
    , m_runbook(new QPushButton(tr("Run &runbook"), this)) {
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(AlertTableModel::SortRole);
    m_filter->setLabelsRole(AlertTableModel::LabelsRole);
    m_filter->setColumnLabel(AlertTableModel::AcknowledgedByColumn,
                             QStringLiteral("acknowledged_by"));
    m_view = TableViews::create(m_filter, tr("Alert queue"), this);
    m_view->setObjectName(QStringLiteral("alertQueueTable"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Critical firing alerts first: the severity column sorts by severity, then state.
    m_view->sortByColumn(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AlertTableModel::SummaryColumn,
                                                     QHeaderView::Interactive);
    // The summary says what is wrong: it gets the room the labels do not need.
    m_view->setColumnWidth(AlertTableModel::SummaryColumn, 280);

    m_historyFilter->setSourceModel(m_history);
    m_historyFilter->setSortRole(AlertEventModel::SortRole);
    m_historyView = TableViews::create(m_historyFilter, tr("History of the selected alert"), this);
    m_historyView->setObjectName(QStringLiteral("alertHistoryTable"));
    m_historyView->sortByColumn(AlertEventModel::WhenColumn, Qt::DescendingOrder);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTitle->setAccessibleName(tr("History of the selected alert"));
    m_historyNote->setAccessibleName(tr("History note"));
    m_historyNote->setForegroundRole(QPalette::PlaceholderText);
    m_historyNote->setWordWrap(true);

    m_acknowledge->setAccessibleName(tr("Acknowledge the selected alert"));
    m_acknowledge->setToolTip(tr("Record that you are on it, with a comment: escalation stops."));
    m_silence->setAccessibleName(tr("Silence alerts like the selected one"));
    m_silence->setToolTip(tr("Mute the alerts with the selected alert's labels for a while."));
    m_runbook->setAccessibleName(tr("Run the runbook of the selected alert"));
    for (QPushButton* button : {m_acknowledge, m_silence}) {
        if (m_guard) {
            m_guard->guard(button);
        }
    }

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_silence);
    actions->addWidget(m_runbook);
    actions->addStretch(1);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(actions);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_historyTitle);
    bottomLayout->addWidget(m_historyNote);
    bottomLayout->addWidget(m_historyView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertQueuePanel::follow);
    connect(m_acknowledge, &QPushButton::clicked, this,
            [this] { Q_EMIT acknowledgeRequested(currentAlertId()); });
    connect(m_silence, &QPushButton::clicked, this,
            [this] { Q_EMIT silenceRequested(currentAlertId()); });
    connect(m_runbook, &QPushButton::clicked, this,
            [this] { Q_EMIT runbookRequested(currentAlertId()); });
    setRole(TokenRole());
    setHistoryNote(tr("Select an alert to see what happened to it."));
}

void AlertQueuePanel::setAlerts(const AlertList& alerts) {
    const QString selected = m_current;
    m_model->setAlerts(alerts);
    // A poll with other alerts resets the model: the selection follows the alert, not the row.
    if (!selected.isEmpty() && currentAlertId() != selected) {
        selectAlert(selected);
    }
    follow();
}

void AlertQueuePanel::setHistory(const AlertHistory& history) {
    m_history->setRecords(history.events);
    setHistoryNote(history.events.isEmpty() ? tr("Nothing recorded for this alert yet.")
                                            : QString());
}

void AlertQueuePanel::setHistoryNote(const QString& note) {
    m_historyNote->setText(note);
    m_historyNote->setVisible(!note.isEmpty());
}

QString AlertQueuePanel::historyNote() const {
    return m_historyNote->isHidden() ? QString() : m_historyNote->text();
}

void AlertQueuePanel::setRole(TokenRole role) {
    m_role = role;
    // What the role may not do is not shown at all.
    m_acknowledge->setVisible(role.canHandleAlerts());
    m_silence->setVisible(role.canHandleAlerts());
    follow();
}

void AlertQueuePanel::setRunbookAvailable(bool available, const QString& reason) {
    m_runbookAvailable = available;
    m_runbookReason = reason;
    follow();
}

const Alert* AlertQueuePanel::currentAlert() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return nullptr;
    }
    return m_model->recordAt(m_filter->mapToSource(rows.first()).row());
}

QString AlertQueuePanel::currentAlertId() const {
    const Alert* alert = currentAlert();
    return alert ? alert->id : QString();
}

void AlertQueuePanel::selectAlert(const QString& id) {
    const int row = m_model->rowOfKey(id);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void AlertQueuePanel::follow() {
    const Alert* alert = currentAlert();
    const bool open = alert && alert->state != u"resolved";
    if (m_guard) {
        m_guard->setWanted(m_acknowledge, open && !alert->acknowledgment);
        m_guard->setWanted(m_silence, alert != nullptr);
    }
    m_runbook->setEnabled(alert && m_runbookAvailable);
    m_runbook->setToolTip(m_runbookAvailable || !alert
                              ? tr("Prepare the runbook that answers this alert on the Runbooks "
                                   "page, its inputs filled from the alert's labels.")
                              : m_runbookReason);
    const QString id = alert ? alert->id : QString();
    if (id != m_current) {
        m_current = id;
        m_history->clear();
        setHistoryNote(id.isEmpty() ? tr("Select an alert to see what happened to it.")
                                    : tr("Loading the history of %1…").arg(alert->rule));
        Q_EMIT currentAlertChanged(id);
    }
}

}  // namespace recops::console
