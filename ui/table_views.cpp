// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/table_views.h"

#include <QHeaderView>
#include <QTableView>

namespace recops::console {

QTableView* TableViews::create(QAbstractItemModel* model, const QString& accessibleName,
                               QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Rows keep the model's order until someone sorts by a column.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

}  // namespace recops::console
