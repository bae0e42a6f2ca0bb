// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/stage_history_panel.h"

#include "core/gate_result_model.h"
#include "core/label_filter_proxy_model.h"
#include "core/stage_history_model.h"
#include "ui/registry_item_delegate.h"
#include "ui/table_views.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

StageHistoryPanel::StageHistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_history(new StageHistoryModel(this))
    , m_filter(new LabelFilterProxyModel(this))
    , m_gates(new GateResultModel(this)) {
    m_filter->setSourceModel(m_history);
    m_filter->setSortRole(StageHistoryModel::SortRole);
    m_view = TableViews::create(m_filter, tr("Stage history"), this);
    m_view->setObjectName(QStringLiteral("stageHistoryTable"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(StageHistoryModel::WhenColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StageHistoryModel::CommentColumn,
                                                     QHeaderView::Interactive);

    auto* sortedGates = new LabelFilterProxyModel(this);
    sortedGates->setSourceModel(m_gates);
    sortedGates->setSortRole(GateResultModel::SortRole);
    QTableView* gates = TableViews::create(sortedGates, tr("Gates of the selected change"), this);
    gates->setItemDelegate(new RegistryItemDelegate(RegistryItemDelegate::Table::Gates, {}, gates));
    gates->horizontalHeader()->setSectionResizeMode(GateResultModel::GateColumn,
                                                    QHeaderView::ResizeToContents);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(gates);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StageHistoryPanel::showGatesOfSelection);
}

void StageHistoryPanel::setHistory(const RegistryHistory& history) {
    m_history->setRecords(history.changes);
    showGatesOfSelection();
}

void StageHistoryPanel::showGatesOfSelection() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_gates->setRecords(
        rows.isEmpty()
            ? QList<GateResult>()
            : rows.first().data(StageHistoryModel::GatesRole).value<QList<GateResult>>());
}

}  // namespace recops::console
