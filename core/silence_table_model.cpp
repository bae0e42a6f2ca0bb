// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/silence_table_model.h"

#include "core/registry_format.h"

namespace recops::console {

SilenceTableModel::SilenceTableModel(QObject* parent) : RecordTableModel(parent) {}

QString SilenceTableModel::stateText(const QString& state) {
    if (state == u"active") {
        return tr("active");
    }
    if (state == u"pending") {
        return tr("not started");
    }
    if (state == u"expired") {
        return tr("expired");
    }
    return state;
}

int SilenceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SilenceTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Silence& silence = *recordAt(index.row());
    switch (role) {
        case IdRole:
            return silence.id;
        case ExpiredRole:
            return silence.isExpired();
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case StateColumn:
                    return stateText(silence.state);
                case MatchersColumn:
                    return silence.matcherText();
                case StartsColumn:
                    return RegistryFormat::time(silence.startsAtUtc);
                case EndsColumn:
                    return RegistryFormat::time(silence.endsAtUtc);
                case CreatedByColumn:
                    return silence.createdBy;
                case CommentColumn:
                    return silence.comment;
                default:
                    return {};
            }
        case SortRole:
            switch (index.column()) {
                case StateColumn:
                    // Active first, then those still to start, expired last.
                    return silence.state == u"active" ? 2 : (silence.state == u"pending" ? 1 : 0);
                case StartsColumn:
                    return silence.startsAtUtc;
                case EndsColumn:
                    return silence.endsAtUtc;
                default:
                    return data(index, Qt::DisplayRole);
            }
        default:
            return {};
    }
}

QVariant SilenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case StateColumn:
            return tr("State");
        case MatchersColumn:
            return tr("Matchers");
        case StartsColumn:
            return tr("From");
        case EndsColumn:
            return tr("Until");
        case CreatedByColumn:
            return tr("Created by");
        case CommentColumn:
            return tr("Comment");
        default:
            return {};
    }
}

}  // namespace recops::console
