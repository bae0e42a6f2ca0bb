// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/chart_range.h"

#include <algorithm>

namespace recops::console {

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
}  // namespace

QList<ChartRange> ChartRanges::all() {
    return {ChartRange::Minutes15, ChartRange::Hour1, ChartRange::Hours6,
            ChartRange::Hours24,   ChartRange::Days7, ChartRange::Days30};
}

qint64 ChartRanges::durationMs(ChartRange range) {
    switch (range) {
        case ChartRange::Minutes15:
            return 15 * kMinuteMs;
        case ChartRange::Hour1:
            return kHourMs;
        case ChartRange::Hours6:
            return 6 * kHourMs;
        case ChartRange::Hours24:
            return kDayMs;
        case ChartRange::Days7:
            return 7 * kDayMs;
        case ChartRange::Days30:
            return 30 * kDayMs;
    }
    return kHourMs;
}

qint64 ChartRanges::stepSeconds(ChartRange range) {
    const qint64 seconds = durationMs(range) / 1000;
    const qint64 step = std::max<qint64>(1, (seconds + kTargetPoints - 1) / kTargetPoints);
    if (durationMs(range) <= kHourMs) {
        return step;
    }
    // Past the last hour recopsd has minutes only.
    return (step + 59) / 60 * 60;
}

QString ChartRanges::displayName(ChartRange range) {
    switch (range) {
        case ChartRange::Minutes15:
            return tr("15 min");
        case ChartRange::Hour1:
            return tr("1 h");
        case ChartRange::Hours6:
            return tr("6 h");
        case ChartRange::Hours24:
            return tr("24 h");
        case ChartRange::Days7:
            return tr("7 days");
        case ChartRange::Days30:
            return tr("30 days");
    }
    return QString();
}

QString ChartRanges::key(ChartRange range) {
    switch (range) {
        case ChartRange::Minutes15:
            return QStringLiteral("15m");
        case ChartRange::Hour1:
            return QStringLiteral("1h");
        case ChartRange::Hours6:
            return QStringLiteral("6h");
        case ChartRange::Hours24:
            return QStringLiteral("24h");
        case ChartRange::Days7:
            return QStringLiteral("7d");
        case ChartRange::Days30:
            return QStringLiteral("30d");
    }
    return QString();
}

}  // namespace recops::console
