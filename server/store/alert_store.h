// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/alert_record.h"

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace recops::store {

/**
 * Every alert recopsd raised and what happened to it, kept for good: the history
 * Alertmanager does not keep.
 */
class AlertStore {
public:
    virtual ~AlertStore() = default;

    /// Writes @p alert (inserted or replaced) and appends @p events, in one transaction.
    virtual void save(const AlertRecord& alert, const std::vector<AlertEventRecord>& events) = 0;

    virtual std::optional<AlertRecord> find(std::string_view id) = 0;

    /// Pending and firing alerts, oldest first.
    virtual std::vector<AlertRecord> listUnresolved() = 0;
    /// Resolved alerts, most recently resolved first, at most @p limit.
    virtual std::vector<AlertRecord> listResolved(std::size_t limit) = 0;

    /// History entries matching @p query, newest first, each with its alert.
    virtual std::vector<std::pair<AlertEventRecord, AlertRecord>> events(
        const AlertEventQuery& query) = 0;
};

}  // namespace recops::store
