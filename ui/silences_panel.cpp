// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/silences_panel.h"

#include "core/label_filter_proxy_model.h"
#include "core/silence_table_model.h"
#include "ui/production_guard.h"
#include "ui/table_views.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

SilencesPanel::SilencesPanel(ProductionGuard* guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_model(new SilenceTableModel(this))
    , m_filter(new LabelFilterProxyModel(this))
    , m_expire(new QPushButton(tr("&Expire silence…"), this)) {
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(SilenceTableModel::SortRole);
    m_filter->setColumnLabel(SilenceTableModel::CreatedByColumn, QStringLiteral("created_by"));
    m_view = TableViews::create(m_filter, tr("Silences"), this);
    m_view->setObjectName(QStringLiteral("silencesTable"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(SilenceTableModel::StateColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SilenceTableModel::MatchersColumn,
                                                     QHeaderView::Interactive);
    m_expire->setAccessibleName(tr("Expire the selected silence"));
    m_expire->setToolTip(tr("End the silence now: the alerts it matched page again."));
    if (m_guard) {
        m_guard->guard(m_expire);
    }
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_expire);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SilencesPanel::follow);
    connect(m_expire, &QPushButton::clicked, this, [this] {
        if (const Silence* silence = currentSilence()) {
            Q_EMIT expireRequested(silence->id);
        }
    });
    setRole(TokenRole());
}

void SilencesPanel::setSilences(const SilenceList& silences) {
    const Silence* current = currentSilence();
    const QString selected = current ? current->id : QString();
    m_model->setRecords(silences.silences);
    if (!selected.isEmpty()) {
        selectSilence(selected);
    }
    follow();
}

void SilencesPanel::setRole(TokenRole role) {
    m_expire->setVisible(role.canHandleAlerts());
    follow();
}

const Silence* SilencesPanel::currentSilence() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->recordAt(m_filter->mapToSource(rows.first()).row());
}

void SilencesPanel::selectSilence(const QString& id) {
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOfKey(id), 0));
    if (index.isValid()) {
        m_view->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->setCurrentIndex(index);
    }
}

void SilencesPanel::follow() {
    const Silence* silence = currentSilence();
    const bool expirable = silence && !silence->isExpired();
    if (m_guard) {
        m_guard->setWanted(m_expire, expirable);
    } else {
        m_expire->setEnabled(expirable);
    }
}

}  // namespace recops::console
