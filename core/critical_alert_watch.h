// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"

#include <QList>
#include <QSet>
#include <QString>

namespace recops::console {

/**
 * Tells which critical alerts began firing since the last look, for a desktop
 * notification. The first snapshot of a server is taken as it is: the alerts already
 * firing when the console connects are in the queue, not news. An alert is news once per
 * id (one firing), however often it is seen.
 */
class CriticalAlertWatch {
public:
    /// The critical, firing, unacknowledged alerts of @p list not seen firing before.
    QList<Alert> newlyFiring(const AlertList& list);
    /// Another server, or the same one anew: the next snapshot is a baseline again.
    void reset();

private:
    QSet<QString> m_seen;
    bool m_hasBaseline = false;
};

}  // namespace recops::console
