// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/audit_entry.h"
#include "store/audit_query.h"

#include <cstdint>
#include <vector>

namespace recops::store {

/**
 * The append-only record of operator and admin actions. Entries are never changed or deleted
 * through this interface; a restore of the database keeps the entries written after the
 * backup (see DatabaseSnapshots::replaceWith). Safe to call from several threads.
 */
class AuditLog {
public:
    virtual ~AuditLog() = default;

    /// Appends @p entry (its id is ignored) and returns the id it was given.
    virtual std::int64_t append(const AuditEntry& entry) = 0;

    /// The entries @p query selects, newest (highest id) first, at most query.limit of them.
    virtual std::vector<AuditEntry> query(const AuditQuery& query) = 0;
};

}  // namespace recops::store
