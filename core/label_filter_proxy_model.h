// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/filter_query.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace recops::console {

/**
 * The filter and sort proxy every table of the console sits behind: a FilterQuery (free
 * text plus `label=value` matchers) over the rows of a flat source model, and sorting by
 * any column.
 *
 * A row's labels are its columns, each named after its header (lower case, spaces as
 * `_`: "Last seen" is `last_seen`) unless setColumnLabel() names it, and, when
 * setLabelsRole() is set, the QVariantMap that column 0 holds in that role (an alert's own
 * labels: `severity`, `team`...). The map wins over a column of the same name.
 */
class LabelFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit LabelFilterProxyModel(QObject* parent = nullptr);

    /// Parses and applies @p text; problems() tells about terms read as text.
    void setQuery(const QString& text);
    QString queryText() const { return m_text; }
    const FilterQuery& query() const { return m_query; }

    void setColumnLabel(int column, const QString& label);
    /// The label a column answers to.
    QString columnLabel(int column) const;
    /// A role of column 0 holding a QVariantMap of the row's labels; -1 for none.
    void setLabelsRole(int role);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<QString> labelValue(int sourceRow, const QString& label) const;

    QString m_text;
    FilterQuery m_query;
    QHash<int, QString> m_columnLabels;
    int m_labelsRole = -1;
};

}  // namespace recops::console
