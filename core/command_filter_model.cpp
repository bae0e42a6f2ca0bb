// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/command_filter_model.h"

#include "core/command_registry.h"
#include "core/fuzzy_matcher.h"

namespace recops::console {

CommandFilterModel::CommandFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    sort(0);
}

void CommandFilterModel::setPattern(const QString& pattern) {
    if (pattern == m_pattern) {
        return;
    }
    m_pattern = pattern;
    invalidate();  // the rows and their order both depend on the pattern
}

int CommandFilterModel::scoreOf(int sourceRow) const {
    if (!sourceModel()) {
        return -1;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    const QString title = index.data(CommandRegistry::TitleRole).toString();
    // The title is matched on its own first: a match there beats one spread over the
    // category and keywords.
    if (const auto score = FuzzyMatcher::score(m_pattern, title)) {
        return *score + 1'000;
    }
    const auto score =
        FuzzyMatcher::score(m_pattern, index.data(CommandRegistry::SearchTextRole).toString());
    return score ? *score : -1;
}

bool CommandFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    return !sourceParent.isValid() && scoreOf(sourceRow) >= 0;
}

bool CommandFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_pattern.trimmed().isEmpty()) {
        const int leftScore = scoreOf(left.row());
        const int rightScore = scoreOf(right.row());
        if (leftScore != rightScore) {
            return leftScore > rightScore;
        }
    }
    const bool leftEnabled = left.data(CommandRegistry::EnabledRole).toBool();
    const bool rightEnabled = right.data(CommandRegistry::EnabledRole).toBool();
    if (leftEnabled != rightEnabled) {
        return leftEnabled;
    }
    if (m_pattern.trimmed().isEmpty()) {
        const int byCategory =
            QString::localeAwareCompare(left.data(CommandRegistry::CategoryRole).toString(),
                                        right.data(CommandRegistry::CategoryRole).toString());
        if (byCategory != 0) {
            return byCategory < 0;
        }
    }
    return QString::localeAwareCompare(left.data(CommandRegistry::TitleRole).toString(),
                                       right.data(CommandRegistry::TitleRole).toString()) < 0;
}

}  // namespace recops::console
