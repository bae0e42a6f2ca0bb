// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/record_table_model.h"
#include "core/slo_report.h"

namespace recops::console {

/**
 * The SLOs of GET /api/v1/slo as a table: objective, SLI, error budget left and the three
 * burn rates. SortRole of the budget column sorts an SLO without traffic (no budget
 * figure) after every SLO that has one, so the dashboard's cards, sorted by it, start
 * with the SLO closest to running out.
 */
class SloTableModel : public RecordTableModel<SloReport> {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ObjectiveColumn,
        SliColumn,
        BudgetColumn,
        FastBurnColumn,    ///< 1h/5m
        MediumBurnColumn,  ///< 6h/30m
        SlowBurnColumn,    ///< 3d/6h
        MetColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        NameRole,             ///< QString: availability, latency_p95...
        BudgetRemainingRole,  ///< double, or invalid without traffic
        MetRole,              ///< bool, or invalid without traffic
    };
    Q_ENUM(Role)

    explicit SloTableModel(QObject* parent = nullptr);

    /// "Availability", "Latency P95"...
    static QString displayName(const SloReport& slo);
    /// The SLI as people read it: "99.95 %", "42 ms".
    static QString sliText(const SloReport& slo);
    static QString burnText(const std::optional<double>& rate);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const SloReport& slo) const override { return slo.name; }
};

}  // namespace recops::console
