// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/drift_feature_model.h"

#include <QLocale>

namespace recops::console {

DriftFeatureModel::DriftFeatureModel(QObject* parent) : RecordTableModel(parent) {}

void DriftFeatureModel::setReport(const DriftReport& report) {
    const bool thresholdsMoved = report.moderateThreshold != m_report.moderateThreshold ||
                                 report.significantThreshold != m_report.significantThreshold ||
                                 report.severeThreshold != m_report.severeThreshold;
    m_report = report;
    setRecords(report.features);
    if (thresholdsMoved && rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int DriftFeatureModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftFeatureModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FeatureDrift& feature = *recordAt(index.row());
    const DriftBand band = m_report.band(feature.psi);
    switch (role) {
        case BandRole:
            return static_cast<int>(band);
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case FeatureColumn:
                    return feature.feature;
                case PsiColumn:
                    return feature.psi ? QLocale().toString(*feature.psi, 'f', 3) : tr("—");
                case BandColumn:
                    // recopsd's word when it has one the console does not ("no baseline").
                    return band == DriftBand::Unknown && !feature.bandName.isEmpty()
                               ? feature.bandName
                               : DriftReport::bandDisplayName(band);
                case SamplesColumn:
                    return QLocale().toString(feature.samples);
                default:
                    return {};
            }
        case SortRole:
            switch (index.column()) {
                case PsiColumn:
                    return feature.psi ? QVariant(*feature.psi) : QVariant(-1.0);
                case BandColumn:
                    return static_cast<int>(band);
                case SamplesColumn:
                    return feature.samples;
                default:
                    return data(index, Qt::DisplayRole);
            }
        case Qt::TextAlignmentRole:
            if (index.column() == PsiColumn || index.column() == SamplesColumn) {
                return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            }
            return {};
        default:
            return {};
    }
}

QVariant DriftFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case FeatureColumn:
            return tr("Feature");
        case PsiColumn:
            return tr("PSI");
        case BandColumn:
            return tr("Band");
        case SamplesColumn:
            return tr("Samples");
        default:
            return {};
    }
}

}  // namespace recops::console
