// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/drift_report.h"
#include "core/record_table_model.h"

namespace recops::console {

/// Data drift per feature: PSI, its band (stable, moderate, significant, severe, in words
/// and in BandRole for colour) and the observations in the window.
class DriftFeatureModel : public RecordTableModel<FeatureDrift> {
    Q_OBJECT

public:
    enum Column { FeatureColumn, PsiColumn, BandColumn, SamplesColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        BandRole,  ///< int: a DriftBand
    };
    Q_ENUM(Role)

    explicit DriftFeatureModel(QObject* parent = nullptr);

    void setReport(const DriftReport& report);
    const DriftReport& report() const { return m_report; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const FeatureDrift& feature) const override { return feature.feature; }

private:
    DriftReport m_report;
};

}  // namespace recops::console
