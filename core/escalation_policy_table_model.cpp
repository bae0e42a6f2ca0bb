// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/escalation_policy_table_model.h"

#include <QLocale>

namespace recops::console {

EscalationPolicyTableModel::EscalationPolicyTableModel(QObject* parent)
    : RecordTableModel(parent) {}

QString EscalationPolicyTableModel::delayText(double seconds) {
    if (seconds >= 3600.0 && static_cast<qint64>(seconds) % 3600 == 0) {
        return tr("%1 h").arg(static_cast<qint64>(seconds) / 3600);
    }
    if (seconds >= 60.0 && static_cast<qint64>(seconds) % 60 == 0) {
        return tr("%1 min").arg(static_cast<qint64>(seconds) / 60);
    }
    return tr("%1 s").arg(QLocale().toString(seconds, 'g', 6));
}

QString EscalationPolicyTableModel::levelsText(const EscalationPolicy& policy) {
    QStringList parts;
    for (qsizetype index = 0; index < policy.levels.size(); ++index) {
        const EscalationLevel& level = policy.levels.at(index);
        parts.append(tr("%1: %2").arg(index + 1).arg(level.contacts.join(QStringLiteral(", "))));
        if (index + 1 < policy.levels.size()) {
            parts.append(delayText(level.delaySeconds));
        }
    }
    return parts.join(QStringLiteral(" → "));
}

int EscalationPolicyTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationPolicyTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EscalationPolicy& policy = *recordAt(index.row());
    switch (role) {
        case IdRole:
            return policy.id;
        case SortRole:
            if (index.column() == RepeatColumn) {
                return policy.repeat;
            }
            if (index.column() == LevelsColumn) {
                return static_cast<int>(policy.levels.size());
            }
            [[fallthrough]];
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case IdColumn:
                    return policy.id;
                case NameColumn:
                    return policy.name.isEmpty() ? policy.id : policy.name;
                case MatchersColumn:
                    return policy.matcherText();
                case LevelsColumn:
                    return levelsText(policy);
                case RepeatColumn:
                    return policy.repeat;
                default:
                    return {};
            }
        default:
            return {};
    }
}

QVariant EscalationPolicyTableModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case IdColumn:
            return tr("Id");
        case NameColumn:
            return tr("Name");
        case MatchersColumn:
            return tr("Alerts");
        case LevelsColumn:
            return tr("Levels");
        case RepeatColumn:
            return tr("Repeat");
        default:
            return {};
    }
}

}  // namespace recops::console
