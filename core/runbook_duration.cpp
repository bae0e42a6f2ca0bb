// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_duration.h"

#include <QRegularExpression>
#include <QStringList>

namespace recops::console {

std::optional<qint64> RunbookDuration::parseMs(const QString& text) {
    static const QRegularExpression whole(QStringLiteral("^(\\d+(?:\\.\\d+)?(?:ms|s|m|h|d))+$"));
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)"));
    const QString trimmed = text.trimmed();
    if (!whole.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    double total = 0.0;
    for (auto it = part.globalMatch(trimmed); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const double amount = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        const double scale = unit == u"ms"  ? 1.0
                             : unit == u"s" ? 1'000.0
                             : unit == u"m" ? 60'000.0
                             : unit == u"h" ? 3'600'000.0
                                            : 86'400'000.0;
        total += amount * scale;
    }
    // Thirty days is far beyond any step's timeout; past it the number is a typing mistake.
    if (total > 30.0 * 86'400'000.0) {
        return std::nullopt;
    }
    return static_cast<qint64>(total + 0.5);
}

QString RunbookDuration::format(qint64 milliseconds) {
    if (milliseconds < 1'000) {
        return QStringLiteral("%1ms").arg(milliseconds);
    }
    QStringList parts;
    qint64 rest = milliseconds;
    const std::pair<qint64, const char*> units[] = {
        {86'400'000, "d"}, {3'600'000, "h"}, {60'000, "m"}, {1'000, "s"}};
    for (const auto& [size, name] : units) {
        if (rest >= size) {
            parts.append(QString::number(rest / size) + QLatin1StringView(name));
            rest %= size;
        }
    }
    if (rest > 0) {
        parts.append(QStringLiteral("%1ms").arg(rest));
    }
    return parts.join(u' ');
}

}  // namespace recops::console
