// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace recops::console {

/**
 * Draws the Models page's tables from the roles their core models give: stage and alias
 * badges and the serving row (versions), better and worse in green and red (comparisons,
 * canary arms), passed and failed gates, drift bands. Text stays what the model says, so
 * everything reads the same without colour.
 */
class RegistryItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum class Table {
        Versions,    ///< ModelVersionTableModel
        Verdicts,    ///< MetricComparisonModel, RolloutArmModel: VerdictRole
        Gates,       ///< GateResultModel
        DriftBands,  ///< DriftFeatureModel
    };

    /// @p verdictColumns: the columns of a Verdicts table drawn in the verdict's colour.
    RegistryItemDelegate(Table table, QList<int> verdictColumns = {}, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    /// Badges of the versions table's stage and alias columns.
    bool paintBadges(QPainter* painter, const QStyleOptionViewItem& option,
                     const QModelIndex& index) const;

    Table m_table;
    QList<int> m_verdictColumns;
};

}  // namespace recops::console
