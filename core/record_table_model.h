// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace recops::console {

/**
 * The part every table of API records shares: a flat list of values of one type, replaced
 * wholesale by each poll.
 *
 * setRecords() keeps what a view holds when it can: when the new records have the same
 * keys in the same order (the usual poll), only the rows whose record changed are
 * reported, so selection and scrolling stay; otherwise the model is reset. Subclasses say
 * what a record's key is and how its cells read.
 */
template <typename Record>
class RecordTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    const QList<Record>& records() const { return m_records; }
    /// The record of @p row; nullptr outside the model.
    const Record* recordAt(int row) const {
        return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
    }
    /// The row of the record whose key is @p key; -1 when there is none.
    int rowOfKey(const QString& key) const {
        for (qsizetype row = 0; row < m_records.size(); ++row) {
            if (keyOf(m_records.at(row)) == key) {
                return static_cast<int>(row);
            }
        }
        return -1;
    }

    void setRecords(QList<Record> records) {
        bool sameKeys = records.size() == m_records.size();
        for (qsizetype row = 0; sameKeys && row < records.size(); ++row) {
            sameKeys = keyOf(records.at(row)) == keyOf(m_records.at(row));
        }
        if (!sameKeys) {
            beginResetModel();
            m_records = std::move(records);
            endResetModel();
            return;
        }
        for (qsizetype row = 0; row < records.size(); ++row) {
            if (!(records.at(row) == m_records.at(row))) {
                m_records[row] = records.at(row);
                Q_EMIT this->dataChanged(index(static_cast<int>(row), 0),
                                         index(static_cast<int>(row), columnCount() - 1));
            }
        }
    }
    void clear() { setRecords({}); }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }

protected:
    /// What identifies a record across polls (a version number, a job id).
    virtual QString keyOf(const Record& record) const = 0;

private:
    QList<Record> m_records;
};

}  // namespace recops::console
