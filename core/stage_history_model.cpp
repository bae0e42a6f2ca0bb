// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/stage_history_model.h"

#include "core/registry_format.h"

namespace recops::console {

StageHistoryModel::StageHistoryModel(QObject* parent) : RecordTableModel(parent) {}

int StageHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RegistryChange& change = *recordAt(index.row());
    const auto stage = [](const std::optional<ModelStage>& value) {
        return value ? ModelStages::displayName(*value) : QString();
    };
    switch (role) {
        case ForcedRole:
            return change.forced;
        case GatesRole:
            return QVariant::fromValue(change.gates);
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case WhenColumn:
                    return RegistryFormat::time(change.atUtc);
                case WhoColumn:
                    return change.actor;
                case VersionColumn:
                    return QString::number(change.version);
                case ChangeColumn:
                    if (!change.alias.isEmpty()) {
                        return tr("%1 “%2”").arg(RegistryHistory::kindName(change.kind),
                                                 change.alias);
                    }
                    return RegistryHistory::kindName(change.kind);
                case FromColumn:
                    return stage(change.fromStage);
                case ToColumn:
                    return stage(change.toStage);
                case CommentColumn:
                    return change.comment;
                case ForcedColumn:
                    return change.forced ? tr("forced") : QString();
                case GatesColumn:
                    if (role == Qt::ToolTipRole) {
                        QStringList lines;
                        for (const GateResult& gate : change.gates) {
                            lines.append((gate.passed ? tr("✓ %1") : tr("✗ %1")).arg(gate.detail));
                        }
                        return lines.join(u'\n');
                    }
                    return change.gates.isEmpty() ? QString() : GateResults::summary(change.gates);
                default:
                    return {};
            }
        case SortRole:
            switch (index.column()) {
                case WhenColumn:
                    return change.atUtc;
                case VersionColumn:
                    return change.version;
                case GatesColumn:
                    return GateResults::failedCount(change.gates);
                default:
                    return data(index, Qt::DisplayRole);
            }
        case Qt::TextAlignmentRole:
            if (index.column() == VersionColumn) {
                return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            }
            return {};
        default:
            return {};
    }
}

QVariant StageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case WhenColumn:
            return tr("When");
        case WhoColumn:
            return tr("Who");
        case VersionColumn:
            return tr("Version");
        case ChangeColumn:
            return tr("Change");
        case FromColumn:
            return tr("From");
        case ToColumn:
            return tr("To");
        case CommentColumn:
            return tr("Comment");
        case ForcedColumn:
            return tr("Forced");
        case GatesColumn:
            return tr("Gates");
        default:
            return {};
    }
}

}  // namespace recops::console
