// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/rollout_arm_model.h"

#include "core/registry_format.h"

#include <QLocale>

namespace recops::console {

RolloutArmModel::RolloutArmModel(QObject* parent) : QAbstractTableModel(parent) {}

void RolloutArmModel::setStatus(const RolloutStatus& status) {
    if (status.active != m_active) {
        beginResetModel();
        m_active = status.active;
        m_production = status.production;
        m_candidate = status.candidate;
        endResetModel();
        return;
    }
    if (!m_active || (status.production == m_production && status.candidate == m_candidate)) {
        return;
    }
    m_production = status.production;
    m_candidate = status.candidate;
    Q_EMIT dataChanged(index(0, ProductionColumn), index(FigureCount - 1, CandidateColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, ProductionColumn, CandidateColumn);
}

QString RolloutArmModel::figureName(Figure figure) {
    switch (figure) {
        case Requests:
            return tr("Requests");
        case Errors:
            return tr("Errors");
        case ErrorRate:
            return tr("Error rate");
        case LatencyP50:
            return tr("Latency p50");
        case LatencyP95:
            return tr("Latency p95");
        case LatencyP99:
            return tr("Latency p99");
        case Engagements:
            return tr("Engagements");
        case ClickThrough:
            return tr("Click-through");
        case FigureCount:
            break;
    }
    return QString();
}

double RolloutArmModel::value(const RolloutArm& arm, Figure figure) {
    switch (figure) {
        case Requests:
            return static_cast<double>(arm.requests);
        case Errors:
            return static_cast<double>(arm.errors);
        case ErrorRate:
            return arm.errorRate;
        case LatencyP50:
            return arm.p50Ms;
        case LatencyP95:
            return arm.p95Ms;
        case LatencyP99:
            return arm.p99Ms;
        case Engagements:
            return static_cast<double>(arm.engagements);
        case ClickThrough:
            return arm.clickThrough;
        case FigureCount:
            break;
    }
    return 0.0;
}

int RolloutArmModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_active ? 0 : FigureCount;
}

int RolloutArmModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolloutArmModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto figure = static_cast<Figure>(index.row());
    if (index.column() == FigureColumn) {
        return role == Qt::DisplayRole || role == SortRole ? QVariant(figureName(figure))
                                                           : QVariant();
    }
    const RolloutArm& arm = index.column() == ProductionColumn ? m_production : m_candidate;
    const double number = value(arm, figure);
    switch (role) {
        case Qt::DisplayRole:
            switch (figure) {
                case ErrorRate:
                case ClickThrough:
                    return RegistryFormat::rate(number);
                case LatencyP50:
                case LatencyP95:
                case LatencyP99:
                    return RegistryFormat::milliseconds(number);
                default:
                    return QLocale().toString(static_cast<qint64>(number));
            }
        case SortRole:
            return number;
        case VerdictRole: {
            if (index.column() != CandidateColumn || figure == Requests || figure == Errors ||
                figure == Engagements || m_candidate.requests == 0 || m_production.requests == 0) {
                return static_cast<int>(MetricVerdict::NotComparable);
            }
            return static_cast<int>(RegistryFormat::verdict(value(m_production, figure), number,
                                                            figure == ClickThrough));
        }
        case Qt::ToolTipRole:
            if (index.column() == CandidateColumn) {
                const auto verdict = static_cast<MetricVerdict>(data(index, VerdictRole).toInt());
                if (verdict != MetricVerdict::NotComparable) {
                    return tr("%1 against Production: %2")
                        .arg(RegistryFormat::difference(value(m_production, figure), number),
                             RegistryFormat::verdictName(verdict));
                }
            }
            return data(index, Qt::DisplayRole);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
    }
}

QVariant RolloutArmModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case FigureColumn:
            return tr("Figure");
        case ProductionColumn:
            return m_production.modelVersion.isEmpty()
                       ? tr("Production")
                       : tr("Production (%1)").arg(m_production.modelVersion);
        case CandidateColumn:
            return m_candidate.modelVersion.isEmpty()
                       ? tr("Candidate")
                       : tr("Candidate (%1)").arg(m_candidate.modelVersion);
        default:
            return {};
    }
}

}  // namespace recops::console
