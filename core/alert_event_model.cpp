// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/alert_event_model.h"

#include "core/registry_format.h"

namespace recops::console {

AlertEventModel::AlertEventModel(QObject* parent) : RecordTableModel(parent) {}

QString AlertEventModel::kindText(const QString& kind) {
    if (kind == u"pending") {
        return tr("pending");
    }
    if (kind == u"firing") {
        return tr("fired");
    }
    if (kind == u"resolved") {
        return tr("resolved");
    }
    if (kind == u"cleared") {
        return tr("cleared before firing");
    }
    if (kind == u"acknowledged") {
        return tr("acknowledged");
    }
    if (kind == u"escalated") {
        return tr("escalated");
    }
    return kind;
}

int AlertEventModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertEventModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AlertEvent& event = *recordAt(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case WhenColumn:
                    return RegistryFormat::time(event.atUtc);
                case KindColumn:
                    return kindText(event.kind);
                case ActorColumn:
                    return event.actor;
                case DetailColumn:
                    return event.detail;
                default:
                    return {};
            }
        case SortRole:
            // Events of the same millisecond keep the order recopsd recorded them in.
            return index.column() == WhenColumn ? QVariant(event.id) : data(index, Qt::DisplayRole);
        default:
            return {};
    }
}

QVariant AlertEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case WhenColumn:
            return tr("When");
        case KindColumn:
            return tr("What");
        case ActorColumn:
            return tr("Who");
        case DetailColumn:
            return tr("Detail");
        default:
            return {};
    }
}

}  // namespace recops::console
