// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/chart_downsampler.h"

#include <algorithm>
#include <array>

namespace recops::console {

QList<QPointF> ChartDownsampler::downsample(const QList<QPointF>& points, int buckets) {
    if (buckets <= 0 || points.size() <= 4LL * buckets) {
        return points;
    }
    const double first = points.constFirst().x();
    const double width = points.constLast().x() - first;
    if (width <= 0.0) {
        return points;
    }
    QList<QPointF> thinned;
    thinned.reserve(4LL * buckets);
    qsizetype begin = 0;
    while (begin < points.size()) {
        const int bucket = std::min(
            buckets - 1, static_cast<int>((points.at(begin).x() - first) / width * buckets));
        qsizetype end = begin + 1;
        qsizetype lowest = begin;
        qsizetype highest = begin;
        while (end < points.size() &&
               std::min(buckets - 1, static_cast<int>((points.at(end).x() - first) / width *
                                                      buckets)) == bucket) {
            if (points.at(end).y() < points.at(lowest).y()) {
                lowest = end;
            }
            if (points.at(end).y() > points.at(highest).y()) {
                highest = end;
            }
            ++end;
        }
        std::array<qsizetype, 4> kept{begin, lowest, highest, end - 1};
        std::sort(kept.begin(), kept.end());
        qsizetype previous = -1;
        for (qsizetype index : kept) {
            if (index != previous) {
                thinned.append(points.at(index));
                previous = index;
            }
        }
        begin = end;
    }
    return thinned;
}

}  // namespace recops::console
