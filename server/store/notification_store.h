// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/notification_record.h"

#include <vector>

namespace recops::store {

/// The delivery log: every notification recopsd sent or tried to, with each attempt.
class NotificationStore {
public:
    virtual ~NotificationStore() = default;

    /// Inserts @p notification or replaces the one with its id, attempts included.
    virtual void save(const NotificationRecord& notification) = 0;
    virtual std::vector<NotificationRecord> list(const NotificationQuery& query) = 0;
    /// Notifications still to deliver (after a restart), oldest first.
    virtual std::vector<NotificationRecord> listPending() = 0;
};

}  // namespace recops::store
