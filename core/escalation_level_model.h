// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/escalation_policy.h"

#include <QAbstractTableModel>

namespace recops::console {

/**
 * The levels of one escalation policy being edited, as an editable table: the contacts of
 * a level (ids separated by commas) and its delay in seconds. Rows are inserted and
 * removed with insertRows()/removeRows(), moved with moveRows(), so a view edits them in
 * place; levels() is what the policy gets back.
 */
class EscalationLevelModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LevelColumn, ContactsColumn, DelayColumn, ColumnCount };

    explicit EscalationLevelModel(QObject* parent = nullptr);

    void setLevels(const QList<EscalationLevel>& levels);
    const QList<EscalationLevel>& levels() const { return m_levels; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

private:
    QList<EscalationLevel> m_levels;
};

}  // namespace recops::console
