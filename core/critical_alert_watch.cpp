// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/critical_alert_watch.h"

namespace recops::console {

QList<Alert> CriticalAlertWatch::newlyFiring(const AlertList& list) {
    QList<Alert> news;
    for (const Alert& alert : list.alerts) {
        if (!alert.isCritical() || !alert.isFiring() || m_seen.contains(alert.id)) {
            continue;
        }
        m_seen.insert(alert.id);
        if (m_hasBaseline && !alert.acknowledgment) {
            news.append(alert);
        }
    }
    m_hasBaseline = true;
    return news;
}

void CriticalAlertWatch::reset() {
    m_seen.clear();
    m_hasBaseline = false;
}

}  // namespace recops::console
