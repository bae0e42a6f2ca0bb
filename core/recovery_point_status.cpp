// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/recovery_point_status.h"

#include <cmath>

namespace recops::console {

RecoveryPointStatus::RecoveryPointStatus(std::optional<double> ageSeconds, qint64 rpoSeconds)
    : m_ageSeconds(ageSeconds), m_rpoSeconds(rpoSeconds) {
    if (!ageSeconds || rpoSeconds <= 0 || *ageSeconds > static_cast<double>(rpoSeconds)) {
        m_level = Level::Missed;
    } else if (*ageSeconds >= kAmberFraction * static_cast<double>(rpoSeconds)) {
        m_level = Level::Nearing;
    } else {
        m_level = Level::Met;
    }
}

QString RecoveryPointStatus::levelName(Level level) {
    switch (level) {
        case Level::Unknown:
            return tr("not known yet");
        case Level::Met:
            return tr("within the RPO");
        case Level::Nearing:
            return tr("near the RPO");
        case Level::Missed:
            return tr("past the RPO");
    }
    Q_UNREACHABLE();
    return QString();
}

QString RecoveryPointStatus::duration(double seconds) {
    const qint64 total = std::llround(std::max(0.0, seconds));
    // Hours up to two days: an RPO of 24 h reads "24 h", not "1 d 0 h".
    const qint64 days = total / 86'400;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    if (days >= 2) {
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    }
    if (hours > 0) {
        return minutes == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    if (minutes > 0) {
        return tr("%1 min").arg(minutes);
    }
    return tr("%1 s").arg(total);
}

QString RecoveryPointStatus::text() const {
    const QString rpo = duration(static_cast<double>(m_rpoSeconds));
    switch (m_level) {
        case Level::Unknown:
            return tr("The backups have not been loaded yet.");
        case Level::Met:
            return tr("Last successful backup %1 ago, within the %2 RPO.")
                .arg(duration(*m_ageSeconds), rpo);
        case Level::Nearing:
            return tr("Last successful backup %1 ago: %2 % of the %3 RPO. Take or check a "
                      "backup soon.")
                .arg(duration(*m_ageSeconds))
                .arg(std::floor(100.0 * *m_ageSeconds / static_cast<double>(m_rpoSeconds)))
                .arg(rpo);
        case Level::Missed:
            if (!m_ageSeconds) {
                return tr("No successful backup: the %1 RPO is not met.").arg(rpo);
            }
            return tr("Last successful backup %1 ago: past the %2 RPO.")
                .arg(duration(*m_ageSeconds), rpo);
    }
    Q_UNREACHABLE();
    return QString();
}

}  // namespace recops::console
