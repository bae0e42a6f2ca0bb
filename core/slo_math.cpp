// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/slo_math.h"

#include <QHash>

namespace recops::console {

QList<TimeInterval> SloMath::breaches(const QList<QPointF>& points, double threshold,
                                      Breach direction) {
    QList<TimeInterval> spans;
    const auto breaks = [threshold, direction](double value) {
        return direction == Breach::Above ? value > threshold : value < threshold;
    };
    // A plain flag and time rather than an optional: GCC 12 sees the optional as
    // possibly uninitialised inside QList's append.
    bool inBreach = false;
    qint64 startMs = 0;
    for (const QPointF& point : points) {
        const auto time = static_cast<qint64>(point.x());
        if (breaks(point.y())) {
            if (!inBreach) {
                inBreach = true;
                startMs = time;
            }
        } else if (inBreach) {
            spans.append(TimeInterval{startMs, time});
            inBreach = false;
        }
    }
    if (inBreach) {
        spans.append(TimeInterval{startMs, static_cast<qint64>(points.constLast().x())});
    }
    return spans;
}

QList<QPointF> SloMath::budgetBurnDown(const QList<QPointF>& availability,
                                       const QList<QPointF>& requestRate, double objective) {
    QHash<qint64, double> rateAt;
    rateAt.reserve(requestRate.size());
    for (const QPointF& point : requestRate) {
        rateAt.insert(static_cast<qint64>(point.x()), point.y());
    }
    const double allowedShare = 1.0 - objective;
    QList<QPointF> remaining;
    remaining.reserve(availability.size());
    double requests = 0.0;
    double bad = 0.0;
    for (const QPointF& point : availability) {
        const double rate = rateAt.value(static_cast<qint64>(point.x()), 0.0);
        requests += rate;
        bad += rate * (1.0 - point.y());
        const double budget = allowedShare * requests;
        remaining.append(QPointF(point.x(), budget > 0.0 ? 1.0 - bad / budget : 1.0));
    }
    return remaining;
}

}  // namespace recops::console
