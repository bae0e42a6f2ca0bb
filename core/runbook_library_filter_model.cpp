// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_library_filter_model.h"

#include "core/runbook_library_model.h"

namespace recops::console {

RunbookLibraryFilterModel::RunbookLibraryFilterModel(QObject* parent)
    : LabelFilterProxyModel(parent) {}

void RunbookLibraryFilterModel::setTrigger(const QString& alertName) {
    if (alertName == m_trigger) {
        return;
    }
    m_trigger = alertName;
    invalidateFilter();
}

bool RunbookLibraryFilterModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex& sourceParent) const {
    if (!m_trigger.isEmpty() && !sourceModel()
                                     ->index(sourceRow, 0, sourceParent)
                                     .data(RunbookLibraryModel::TriggersRole)
                                     .toStringList()
                                     .contains(m_trigger)) {
        return false;
    }
    return LabelFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

}  // namespace recops::console
