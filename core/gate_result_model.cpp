// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/gate_result_model.h"

#include "core/registry_format.h"

namespace recops::console {

GateResultModel::GateResultModel(QObject* parent) : RecordTableModel(parent) {}

int GateResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GateResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const GateResult& gate = *recordAt(index.row());
    if (role == PassedRole) {
        return gate.passed;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case GateColumn:
                return gate.gate;
            case VerdictColumn:
                return gate.passed ? tr("✓ passed") : tr("✗ failed");
            case ActualColumn:
                return RegistryFormat::metric(gate.actual);
            case ThresholdColumn:
                return RegistryFormat::metric(gate.threshold);
            case DetailColumn:
                return gate.detail;
            default:
                return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
            case VerdictColumn:
                return gate.passed;
            case ActualColumn:
                return gate.actual;
            case ThresholdColumn:
                return gate.threshold;
            default:
                return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ActualColumn || index.column() == ThresholdColumn)) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant GateResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case GateColumn:
            return tr("Gate");
        case VerdictColumn:
            return tr("Verdict");
        case ActualColumn:
            return tr("Actual");
        case ThresholdColumn:
            return tr("Threshold");
        case DetailColumn:
            return tr("Detail");
        default:
            return {};
    }
}

}  // namespace recops::console
