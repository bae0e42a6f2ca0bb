// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QList>
#include <QPointF>

namespace recops::console {

/// A span of time, in Unix milliseconds.
struct TimeInterval {
    qint64 fromMs = 0;
    qint64 toMs = 0;

    friend bool operator==(const TimeInterval&, const TimeInterval&) = default;
};

/**
 * The arithmetic the dashboard draws on top of recopsd's series: where a series broke its
 * objective, and how an error budget burns down over a range. Points are (Unix ms, value),
 * sorted by time.
 */
class SloMath {
public:
    /// Whether a value breaks an objective by being above it (latency, errors) or below.
    enum class Breach { Above, Below };

    /**
     * The spans during which the series broke @p threshold: from the first point past it
     * to the first point back within it (or the last point).
     */
    static QList<TimeInterval> breaches(const QList<QPointF>& points, double threshold,
                                        Breach direction);

    /**
     * The error budget left at each point of a range, from an availability series (ratio
     * of good requests per step) and a request-rate series on the same steps: 1 at the
     * start, 1 − bad ÷ (allowed share × requests) so far, negative once overspent. Steps
     * without an availability or without requests change nothing.
     */
    static QList<QPointF> budgetBurnDown(const QList<QPointF>& availability,
                                         const QList<QPointF>& requestRate, double objective);
};

}  // namespace recops::console
