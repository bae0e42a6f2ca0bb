// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace recops::console {

/// How far back the dashboard's charts reach.
enum class ChartRange { Minutes15, Hour1, Hours6, Hours24, Days7, Days30 };

/**
 * The dashboard's time ranges and the step each asks recopsd for. recopsd keeps the last
 * hour per second and 30 days per minute, and answers at most 11 000 points: a range
 * past the hour asks for a whole number of minutes, and every range stays near
 * kTargetPoints points, more than a chart is wide in pixels.
 */
class ChartRanges {
    Q_DECLARE_TR_FUNCTIONS(ChartRanges)

public:
    static constexpr int kTargetPoints = 1'500;

    static QList<ChartRange> all();
    static qint64 durationMs(ChartRange range);
    /// Seconds between two points of a fetch over @p range.
    static qint64 stepSeconds(ChartRange range);
    /// "15 min", "24 h", "30 days".
    static QString displayName(ChartRange range);
    /// A stable key for settings and the command line: "15m", "24h", "30d".
    static QString key(ChartRange range);
};

}  // namespace recops::console
