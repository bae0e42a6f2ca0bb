// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/alert_table_model.h"

#include "core/registry_format.h"

#include <QVariantMap>

namespace recops::console {

AlertTableModel::AlertTableModel(QObject* parent) : RecordTableModel(parent) {}

void AlertTableModel::setAlerts(const AlertList& list) {
    setRecords(list.queueOrder());
}

const Alert* AlertTableModel::alert(const QString& id) const {
    return recordAt(rowOfKey(id));
}

int AlertTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Alert& alert = *recordAt(index.row());
    switch (role) {
        case IdRole:
            return alert.id;
        case LabelsRole: {
            QVariantMap labels;
            for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
                labels.insert(it.key(), it.value());
            }
            return labels;
        }
        case CriticalFiringRole:
            return alert.isCritical() && alert.isFiring();
        case Qt::DisplayRole:
            switch (index.column()) {
                case RuleColumn:
                    return alert.rule;
                case SeverityColumn:
                    return Alert::severityText(alert.severity);
                case StateColumn:
                    return Alert::stateText(alert.state);
                case SinceColumn:
                    return RegistryFormat::time(alert.sinceUtc());
                case SummaryColumn:
                    return alert.summary;
                case LabelsColumn:
                    return alert.labelText();
                case AcknowledgedByColumn:
                    return alert.acknowledgment ? alert.acknowledgment->by : QString();
                case SilencedColumn:
                    return alert.silencedBy.isEmpty() ? QString() : tr("silenced");
                default:
                    return {};
            }
        case Qt::ToolTipRole:
            switch (index.column()) {
                case AcknowledgedByColumn:
                    return alert.acknowledgment
                               ? tr("%1 at %2: %3")
                                     .arg(alert.acknowledgment->by,
                                          RegistryFormat::time(alert.acknowledgment->atUtc),
                                          alert.acknowledgment->comment)
                               : QString();
                case SilencedColumn:
                    return alert.silencedBy.isEmpty()
                               ? QString()
                               : tr("Matched by silence %1").arg(alert.silencedBy.join(u", "));
                default:
                    return data(index, Qt::DisplayRole);
            }
        case SortRole:
            switch (index.column()) {
                case SeverityColumn:
                    return alert.severityRank() * 10 + alert.stateRank();
                case StateColumn:
                    return alert.stateRank();
                case SinceColumn:
                    return alert.sinceUtc();
                default:
                    return data(index, Qt::DisplayRole);
            }
        default:
            return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case RuleColumn:
            return tr("Rule");
        case SeverityColumn:
            return tr("Severity");
        case StateColumn:
            return tr("State");
        case SinceColumn:
            return tr("Since");
        case SummaryColumn:
            return tr("Summary");
        case LabelsColumn:
            return tr("Labels");
        case AcknowledgedByColumn:
            return tr("Acknowledged by");
        case SilencedColumn:
            return tr("Silenced");
        default:
            return {};
    }
}

}  // namespace recops::console
