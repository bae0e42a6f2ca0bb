// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace recops::console {

/// How a change of a metric reads without colour: the arrow and sign say which way it
/// went, the verdict whether that is good.
enum class MetricVerdict {
    Better,
    Worse,
    Same,
    NotComparable,  ///< a neutral metric (a count), or a value missing on one side
};

/// How the Models page writes numbers, times and differences, in one place.
class RegistryFormat {
    Q_DECLARE_TR_FUNCTIONS(RegistryFormat)

public:
    /// A metric value: "0.4506".
    static QString metric(double value);
    /// A time in local time: "2026-03-01 14:02:11"; "—" when invalid.
    static QString time(const QDateTime& utc);
    /// "1.5 MB".
    static QString bytes(qint64 bytes);
    /// "12.5 %" from a share in percent.
    static QString percent(double percent, int decimals = 1);
    /// "0.42 %" from a rate between 0 and 1.
    static QString rate(double rate);
    /// "3.1 ms".
    static QString milliseconds(double milliseconds);
    /// "▲ +0.0665 (+17.3 %)", "▼ −0.0123 (−2.1 %)", "= 0".
    static QString difference(double from, double to);
    static QString verdictName(MetricVerdict verdict);
    /// Whether going from @p from to @p to is better for a metric that improves upwards
    /// (@p higherIsBetter) or downwards.
    static MetricVerdict verdict(double from, double to, bool higherIsBetter);
};

}  // namespace recops::console
