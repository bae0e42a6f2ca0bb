// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/digest.h"
#include "common/snapshot_cell.h"
#include "service/principal.h"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace recops::common {
class Logger;
}
namespace recops::store {
class TokenStore;
}

namespace recops::service {

/**
 * The tokens that may authenticate right now, in memory, checked on every /api/v1/ request.
 *
 * Requests read an immutable snapshot through a SnapshotCell: no lock, no database query.
 * The snapshot is rebuilt from the TokenStore (1) right after this process changes a token
 * (refreshNow()), and (2) when a background thread, polling TokenStore::revision() every
 * refresh interval, sees that another process did, for example `recopsd token revoke`. A
 * revocation made anywhere therefore applies within one refresh interval, without a restart.
 * If the store cannot be read, the last snapshot stays in force and the failure is logged.
 */
class TokenDirectory {
public:
    TokenDirectory(store::TokenStore& store, std::chrono::milliseconds refreshInterval,
                   common::Logger& logger);
    ~TokenDirectory();
    TokenDirectory(const TokenDirectory&) = delete;
    TokenDirectory& operator=(const TokenDirectory&) = delete;

    /**
     * The caller holding @p presented, or nothing when it is malformed, unknown or revoked.
     * Compares digests in constant time, and hashes and compares even for an unknown id, so
     * the answer takes the same time whether or not the id exists.
     */
    std::optional<Principal> authenticate(std::string_view presented) const;

    /// Rebuilds the snapshot from the store now; throws what the store throws.
    void refreshNow();

private:
    struct Entry {
        common::Sha256Digest digest;
        std::string name;
        store::Role role;
    };
    struct TransparentHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    using Snapshot = std::unordered_map<std::string, Entry, TransparentHash, std::equal_to<>>;

    void reload();
    void runRefresher(std::stop_token stop);

    store::TokenStore& m_store;
    std::chrono::milliseconds m_refreshInterval;
    common::Logger& m_logger;
    std::mutex m_reloadMutex;
    std::uint64_t m_revision = 0;
    common::SnapshotCell<Snapshot> m_snapshot;
    std::jthread m_refresher;
};

}  // namespace recops::service
