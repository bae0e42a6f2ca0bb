// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace recops::console {

/**
 * The age of the last successful backup against the recovery point objective (24 h by
 * default), in three colours: green while it is under 75 % of the RPO, amber from 75 %
 * (the next scheduled backup is overdue or one failed: time to look), red past the RPO or
 * with no successful backup at all. The age is the server's, plus the time since it said
 * so, so that data kept while recopsd is unreachable keeps ageing honestly.
 */
class RecoveryPointStatus {
    Q_DECLARE_TR_FUNCTIONS(RecoveryPointStatus)

public:
    enum class Level {
        Unknown,  ///< nothing loaded yet
        Met,      ///< green
        Nearing,  ///< amber: from kAmberFraction of the RPO
        Missed,   ///< red: past the RPO, or no successful backup
    };

    static constexpr double kAmberFraction = 0.75;

    RecoveryPointStatus() = default;
    /// @p ageSeconds: of the last successful backup, nullopt when there is none.
    RecoveryPointStatus(std::optional<double> ageSeconds, qint64 rpoSeconds);

    Level level() const { return m_level; }
    std::optional<double> ageSeconds() const { return m_ageSeconds; }
    qint64 rpoSeconds() const { return m_rpoSeconds; }
    /// "Last successful backup 3 h 10 min ago, within the 24 h RPO."
    QString text() const;
    /// "within the RPO", "near the RPO", "past the RPO".
    static QString levelName(Level level);
    /// "3 h 10 min", "2 d 4 h", "45 s".
    static QString duration(double seconds);

private:
    Level m_level = Level::Unknown;
    std::optional<double> m_ageSeconds;
    qint64 m_rpoSeconds = 0;
};

}  // namespace recops::console
