// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace recops::console {

/// The console's tables look and behave alike: one place sets them up.
class TableViews {
public:
    /**
     * A read-only table over @p model: whole rows selected, sortable by any column (the
     * model is a LabelFilterProxyModel), alternating rows, no row numbers, named
     * @p accessibleName for assistive technology.
     */
    static QTableView* create(QAbstractItemModel* model, const QString& accessibleName,
                              QWidget* parent);
};

}  // namespace recops::console
