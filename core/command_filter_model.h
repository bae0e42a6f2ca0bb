// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace recops::console {

/**
 * The command palette's view of a CommandRegistry: the commands that fuzzy-match what was
 * typed (FuzzyMatcher over title, category and keywords), best match first, ties in
 * alphabetical order of the title. An empty pattern lists every command by category and
 * title. Enabled commands come before disabled ones of the same score.
 */
class CommandFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CommandFilterModel(QObject* parent = nullptr);

    void setPattern(const QString& pattern);
    QString pattern() const { return m_pattern; }

    /// The match score of a source row for the current pattern (-1 when it does not match).
    int scoreOf(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_pattern;
};

}  // namespace recops::console
