// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/incident_table_model.h"

#include "core/registry_format.h"

namespace recops::console {

IncidentTableModel::IncidentTableModel(QObject* parent) : RecordTableModel(parent) {}

QString IncidentTableModel::statusText(const QString& status) {
    if (status == u"open") {
        return tr("open");
    }
    if (status == u"mitigated") {
        return tr("mitigated");
    }
    if (status == u"resolved") {
        return tr("resolved");
    }
    return status;
}

QString IncidentTableModel::severityText(const QString& severity) {
    if (severity == u"critical") {
        return tr("critical");
    }
    if (severity == u"high") {
        return tr("high");
    }
    if (severity == u"medium") {
        return tr("medium");
    }
    if (severity == u"low") {
        return tr("low");
    }
    return severity;
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Incident& incident = *recordAt(index.row());
    switch (role) {
        case IdRole:
            return incident.id;
        case ResolvedRole:
            return incident.isResolved();
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case IdColumn:
                    return incident.reference();
                case StatusColumn:
                    return statusText(incident.status);
                case SeverityColumn:
                    return severityText(incident.severity);
                case TitleColumn:
                    return role == Qt::ToolTipRole && !incident.summary.isEmpty() ? incident.summary
                                                                                  : incident.title;
                case CommanderColumn:
                    return incident.commander;
                case OpenedColumn:
                    return RegistryFormat::time(incident.createdAtUtc);
                case ResolvedColumn:
                    return incident.resolvedAtUtc.isValid()
                               ? RegistryFormat::time(incident.resolvedAtUtc)
                               : QString();
                default:
                    return {};
            }
        case SortRole:
            switch (index.column()) {
                case IdColumn:
                    return incident.id;
                case StatusColumn:
                    // Open first, then mitigated, resolved last.
                    return incident.status == u"open" ? 2
                                                      : (incident.status == u"mitigated" ? 1 : 0);
                case SeverityColumn:
                    return incident.severity == u"critical"
                               ? 3
                               : (incident.severity == u"high"
                                      ? 2
                                      : (incident.severity == u"medium" ? 1 : 0));
                case OpenedColumn:
                    return incident.createdAtUtc;
                case ResolvedColumn:
                    return incident.resolvedAtUtc;
                default:
                    return data(index, Qt::DisplayRole);
            }
        default:
            return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case IdColumn:
            return tr("Incident");
        case StatusColumn:
            return tr("Status");
        case SeverityColumn:
            return tr("Severity");
        case TitleColumn:
            return tr("Title");
        case CommanderColumn:
            return tr("Commander");
        case OpenedColumn:
            return tr("Opened");
        case ResolvedColumn:
            return tr("Resolved");
        default:
            return {};
    }
}

}  // namespace recops::console
