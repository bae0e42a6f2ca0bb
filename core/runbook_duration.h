// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QString>

namespace recops::console {

/**
 * Durations as runbooks write them: a sequence of number-and-unit parts, "250ms", "30s",
 * "5m", "1h30m", "2d". Units: ms, s, m, h, d. A bare number is not a duration: "30" could
 * mean seconds or milliseconds, and a runbook should not make the reader guess.
 */
class RunbookDuration {
public:
    /// The duration in milliseconds, or nullopt when @p text is not a duration.
    static std::optional<qint64> parseMs(const QString& text);
    /// "1h 30m", "45s", "250ms": for explanations.
    static QString format(qint64 milliseconds);
    /// The examples quoted in error messages.
    static QString examples() { return QStringLiteral("250ms, 30s, 5m, 1h30m, 2d"); }
};

}  // namespace recops::console
