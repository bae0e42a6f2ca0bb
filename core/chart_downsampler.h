// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QList>
#include <QPointF>

namespace recops::console {

/**
 * Thins a time series to what a plot can show: for each of @p buckets equal slices of the
 * time axis, the first, lowest, highest and last point, in time order. A spike survives
 * (unlike averaging or taking every n-th point) and a chart never draws more than four
 * points per pixel column, whatever the range: 30 days at one minute is 43 200 points, a
 * plot about a thousand pixels.
 */
class ChartDownsampler {
public:
    /// @p points sorted by x; returned as they are when they fit in 4 × @p buckets.
    static QList<QPointF> downsample(const QList<QPointF>& points, int buckets);
};

}  // namespace recops::console
