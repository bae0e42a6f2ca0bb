// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/slo_table_model.h"

#include <QLocale>

namespace recops::console {

namespace {

std::optional<double> burnOf(const SloReport& slo, QStringView windows) {
    for (const SloBurnRate& rate : slo.burnRates) {
        if (rate.windows == windows) {
            // The short window confirms the long one; the long one is what is spent.
            return rate.longRate;
        }
    }
    return std::nullopt;
}

QString percent(double ratio, int decimals) {
    return QStringLiteral("%1 %").arg(QLocale().toString(ratio * 100.0, 'f', decimals));
}

}  // namespace

SloTableModel::SloTableModel(QObject* parent) : RecordTableModel(parent) {}

QString SloTableModel::displayName(const SloReport& slo) {
    if (slo.name == u"availability") {
        return tr("Availability");
    }
    if (slo.name == u"latency_p95") {
        return tr("Latency P95");
    }
    if (slo.name == u"latency_p99") {
        return tr("Latency P99");
    }
    if (slo.name == u"error_rate") {
        return tr("Error rate");
    }
    return slo.name;
}

QString SloTableModel::sliText(const SloReport& slo) {
    if (!slo.sli) {
        return tr("no traffic");
    }
    if (slo.kind == u"latency") {
        return tr("%1 ms").arg(QLocale().toString(*slo.sli * 1000.0, 'f', 1));
    }
    return percent(*slo.sli, slo.kind == u"availability" ? 3 : 2);
}

QString SloTableModel::burnText(const std::optional<double>& rate) {
    return rate ? tr("%1×").arg(QLocale().toString(*rate, 'f', 2)) : tr("–");
}

int SloTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SloTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SloReport& slo = *recordAt(index.row());
    switch (role) {
        case NameRole:
            return slo.name;
        case BudgetRemainingRole:
            return slo.errorBudgetRemaining ? QVariant(*slo.errorBudgetRemaining) : QVariant();
        case MetRole:
            return slo.met ? QVariant(*slo.met) : QVariant();
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case NameColumn:
                    return role == Qt::ToolTipRole ? slo.description : displayName(slo);
                case ObjectiveColumn:
                    return percent(slo.objective, 1);
                case SliColumn:
                    return sliText(slo);
                case BudgetColumn:
                    return slo.errorBudgetRemaining ? percent(*slo.errorBudgetRemaining, 1)
                                                    : tr("no traffic");
                case FastBurnColumn:
                    return burnText(burnOf(slo, u"1h/5m"));
                case MediumBurnColumn:
                    return burnText(burnOf(slo, u"6h/30m"));
                case SlowBurnColumn:
                    return burnText(burnOf(slo, u"3d/6h"));
                case MetColumn:
                    return !slo.met ? tr("unknown") : (*slo.met ? tr("met") : tr("breached"));
                default:
                    return {};
            }
        case SortRole:
            switch (index.column()) {
                case BudgetColumn:
                    // No traffic sorts last: nothing is being spent.
                    return slo.errorBudgetRemaining.value_or(1e300);
                case ObjectiveColumn:
                    return slo.objective;
                case SliColumn:
                    return slo.sli.value_or(0.0);
                case FastBurnColumn:
                    return burnOf(slo, u"1h/5m").value_or(0.0);
                case MediumBurnColumn:
                    return burnOf(slo, u"6h/30m").value_or(0.0);
                case SlowBurnColumn:
                    return burnOf(slo, u"3d/6h").value_or(0.0);
                default:
                    return data(index, Qt::DisplayRole);
            }
        default:
            return {};
    }
}

QVariant SloTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case NameColumn:
            return tr("SLO");
        case ObjectiveColumn:
            return tr("Objective");
        case SliColumn:
            return tr("Now");
        case BudgetColumn:
            return tr("Budget left");
        case FastBurnColumn:
            return tr("Burn 1h/5m");
        case MediumBurnColumn:
            return tr("Burn 6h/30m");
        case SlowBurnColumn:
            return tr("Burn 3d/6h");
        case MetColumn:
            return tr("State");
        default:
            return {};
    }
}

}  // namespace recops::console
