// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/escalation_level_model.h"

#include "core/escalation_policy_table_model.h"

namespace recops::console {

EscalationLevelModel::EscalationLevelModel(QObject* parent) : QAbstractTableModel(parent) {}

void EscalationLevelModel::setLevels(const QList<EscalationLevel>& levels) {
    beginResetModel();
    m_levels = levels;
    endResetModel();
}

int EscalationLevelModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_levels.size());
}

int EscalationLevelModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationLevelModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EscalationLevel& level = m_levels.at(index.row());
    switch (index.column()) {
        case LevelColumn:
            return role == Qt::DisplayRole ? QVariant(index.row() + 1) : QVariant();
        case ContactsColumn:
            return role == Qt::DisplayRole || role == Qt::EditRole
                       ? QVariant(level.contacts.join(QStringLiteral(", ")))
                       : QVariant();
        case DelayColumn:
            if (role == Qt::EditRole) {
                return level.delaySeconds;
            }
            return role == Qt::DisplayRole
                       ? QVariant(EscalationPolicyTableModel::delayText(level.delaySeconds))
                       : QVariant();
        default:
            return {};
    }
}

bool EscalationLevelModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    EscalationLevel& level = m_levels[index.row()];
    if (index.column() == ContactsColumn) {
        QStringList contacts;
        for (const QString& part : value.toString().split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty()) {
                contacts.append(part.trimmed());
            }
        }
        level.contacts = contacts;
    } else if (index.column() == DelayColumn) {
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (!ok || seconds < 0.0 || seconds > EscalationPolicy::kMaximumDelaySeconds) {
            return false;
        }
        level.delaySeconds = seconds;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags EscalationLevelModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != LevelColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant EscalationLevelModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case LevelColumn:
            return tr("Level");
        case ContactsColumn:
            return tr("Contacts (ids, comma-separated)");
        case DelayColumn:
            return tr("Wait before the next level (s)");
        default:
            return {};
    }
}

bool EscalationLevelModel::insertRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || row > m_levels.size() || count <= 0 ||
        m_levels.size() + count > EscalationPolicy::kMaximumLevels) {
        return false;
    }
    beginInsertRows(parent, row, row + count - 1);
    m_levels.insert(row, count, EscalationLevel{{}, 300.0});
    endInsertRows();
    // The level numbers below the new rows changed.
    Q_EMIT dataChanged(index(row, LevelColumn), index(rowCount() - 1, LevelColumn));
    return true;
}

bool EscalationLevelModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_levels.size()) {
        return false;
    }
    beginRemoveRows(parent, row, row + count - 1);
    m_levels.remove(row, count);
    endRemoveRows();
    if (row < rowCount()) {
        Q_EMIT dataChanged(index(row, LevelColumn), index(rowCount() - 1, LevelColumn));
    }
    return true;
}

bool EscalationLevelModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                    const QModelIndex& destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= m_levels.size() || destinationChild < 0 ||
        destinationChild > m_levels.size() || destinationChild == sourceRow ||
        destinationChild == sourceRow + 1) {
        return false;
    }
    beginMoveRows(sourceParent, sourceRow, sourceRow, destinationParent, destinationChild);
    m_levels.move(sourceRow,
                  destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    endMoveRows();
    Q_EMIT dataChanged(index(0, LevelColumn), index(rowCount() - 1, LevelColumn));
    return true;
}

}  // namespace recops::console
