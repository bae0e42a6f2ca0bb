// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/registry_format.h"

#include <cmath>

#include <QLocale>

namespace recops::console {

namespace {
// Differences below this are rounding noise of the evaluation, shown as "same".
constexpr double kSameEpsilon = 1e-9;
}  // namespace

QString RegistryFormat::metric(double value) {
    return QLocale().toString(value, 'f', 4);
}

QString RegistryFormat::time(const QDateTime& utc) {
    if (!utc.isValid()) {
        return tr("—");
    }
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString RegistryFormat::bytes(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString RegistryFormat::percent(double percent, int decimals) {
    return tr("%1 %").arg(QLocale().toString(percent, 'f', decimals));
}

QString RegistryFormat::rate(double rate) {
    return percent(rate * 100.0, 2);
}

QString RegistryFormat::milliseconds(double milliseconds) {
    return tr("%1 ms").arg(QLocale().toString(milliseconds, 'f', milliseconds < 10.0 ? 2 : 1));
}

QString RegistryFormat::difference(double from, double to) {
    const double delta = to - from;
    if (std::abs(delta) < kSameEpsilon) {
        return tr("= 0");
    }
    const QString sign = delta > 0 ? QStringLiteral("+") : QStringLiteral("−");
    const QString arrow = delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    const QString absolute = QLocale().toString(std::abs(delta), 'f', 4);
    if (std::abs(from) < kSameEpsilon) {
        return tr("%1 %2%3").arg(arrow, sign, absolute);
    }
    const QString relative = QLocale().toString(std::abs(delta / from) * 100.0, 'f', 1);
    return tr("%1 %2%3 (%2%4 %)").arg(arrow, sign, absolute, relative);
}

QString RegistryFormat::verdictName(MetricVerdict verdict) {
    switch (verdict) {
        case MetricVerdict::Better:
            return tr("better");
        case MetricVerdict::Worse:
            return tr("worse");
        case MetricVerdict::Same:
            return tr("same");
        case MetricVerdict::NotComparable:
            return tr("—");
    }
    Q_UNREACHABLE();
    return QString();
}

MetricVerdict RegistryFormat::verdict(double from, double to, bool higherIsBetter) {
    const double delta = to - from;
    if (std::abs(delta) < kSameEpsilon) {
        return MetricVerdict::Same;
    }
    return (delta > 0) == higherIsBetter ? MetricVerdict::Better : MetricVerdict::Worse;
}

}  // namespace recops::console
