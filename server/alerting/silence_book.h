// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/silence.h"

#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::store {
class SilenceStore;
}

namespace recops::alerting {

/// What expire() did.
enum class ExpireOutcome { Expired, AlreadyExpired, NotFound };

/**
 * Every silence, in memory (there are few) and in the store. Expiring a silence ends it now
 * and keeps it, as Alertmanager does, so that the record of who muted what stays.
 */
class SilenceBook {
public:
    /// Loads the stored silences; throws StoreError when one is damaged.
    explicit SilenceBook(store::SilenceStore& store);

    /// Stores a new silence; the caller has validated the matchers and times.
    Silence create(std::vector<LabelMatcher> matchers, TimePoint startsAt, TimePoint endsAt,
                   std::string createdBy, std::string comment, TimePoint now);

    /// Every silence, oldest first.
    std::vector<Silence> list() const;
    std::optional<Silence> find(std::string_view id) const;

    ExpireOutcome expire(std::string_view id, TimePoint now);

    /// The ids of the silences active at @p now that match @p labels.
    std::vector<std::string> silencing(const monitoring::Labels& labels, TimePoint now) const;

private:
    store::SilenceStore& m_store;
    mutable std::mutex m_mutex;
    std::vector<Silence> m_silences;
};

}  // namespace recops::alerting
