// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace recops::console {

/// How far a feature drifted, in the runbooks' PSI bands.
enum class DriftBand {
    Unknown,      ///< too few observations in the window for a PSI
    Stable,       ///< below the moderate threshold (0.2)
    Moderate,     ///< 0.2 ≤ PSI < 0.3: watch it
    Significant,  ///< 0.3 ≤ PSI < 0.5: investigate
    Severe,       ///< PSI ≥ 0.5: act (retrain, roll back)
};

/// One bin of a feature's distribution: the training window's share and live traffic's.
struct DriftBin {
    QString bin;
    double baseline = 0.0;
    double live = 0.0;

    friend bool operator==(const DriftBin&, const DriftBin&) = default;
};

/// One feature's population stability against the Production version's training window.
struct FeatureDrift {
    QString feature;
    std::optional<double> psi;
    /// recopsd's own word for the band ("stable", "moderate", "insufficient data"...).
    QString bandName;
    qint64 samples = 0;
    QList<DriftBin> bins;

    friend bool operator==(const FeatureDrift&, const FeatureDrift&) = default;
};

/// GET /api/v1/drift.
struct DriftReport {
    Q_DECLARE_TR_FUNCTIONS(DriftReport)

public:
    /// The version whose training window is the baseline; empty when none has one.
    QString modelVersion;
    double windowSeconds = 0.0;
    double moderateThreshold = 0.2;
    double significantThreshold = 0.3;
    double severeThreshold = 0.5;
    QList<FeatureDrift> features;
    QDateTime computedAtUtc;

    /// The band of @p psi under this report's thresholds.
    DriftBand band(std::optional<double> psi) const;
    static QString bandDisplayName(DriftBand band);

    static std::optional<DriftReport> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
