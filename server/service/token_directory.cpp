// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/token_directory.h"

#include "common/access_token.h"
#include "common/logger.h"
#include "store/store_error.h"
#include "store/token_store.h"

#include <condition_variable>

namespace recops::service {
namespace {

/// What an unknown id is compared against, so that it costs what a known one does.
const common::Sha256Digest kNoDigest = common::sha256("recops: no token has this id");

}  // namespace

TokenDirectory::TokenDirectory(store::TokenStore& store, std::chrono::milliseconds refreshInterval,
                               common::Logger& logger)
    : m_store(store)
    , m_refreshInterval(refreshInterval)
    , m_logger(logger)
    , m_snapshot(std::make_shared<const Snapshot>()) {
    reload();
    m_refresher = std::jthread([this](std::stop_token stop) { runRefresher(std::move(stop)); });
}

TokenDirectory::~TokenDirectory() {
    m_refresher.request_stop();
    m_refresher.join();
}

std::optional<Principal> TokenDirectory::authenticate(std::string_view presented) const {
    const auto token = common::AccessToken::parse(presented);
    if (!token) {
        return std::nullopt;
    }
    const common::Sha256Digest digest = token->digest();
    const Snapshot& snapshot = m_snapshot.read();
    const auto found = snapshot.find(token->id());
    const common::Sha256Digest& expected =
        found != snapshot.end() ? found->second.digest : kNoDigest;
    const bool matches = common::equalInConstantTime(digest, expected);
    if (found == snapshot.end() || !matches) {
        return std::nullopt;
    }
    return Principal{found->first, found->second.name, found->second.role};
}

void TokenDirectory::refreshNow() {
    reload();
}

void TokenDirectory::reload() {
    std::lock_guard lock(m_reloadMutex);
    // Read the revision first: a change committed while the list is read moves the revision
    // past this value, so the next poll reloads again rather than missing it.
    const std::uint64_t revision = m_store.revision();
    auto snapshot = std::make_shared<Snapshot>();
    for (store::TokenRecord& record : m_store.list()) {
        if (!record.isRevoked()) {
            snapshot->emplace(record.id, Entry{record.digest, std::move(record.name), record.role});
        }
    }
    m_snapshot.publish(std::move(snapshot));
    m_revision = revision;
}

void TokenDirectory::runRefresher(std::stop_token stop) {
    std::mutex waitMutex;
    std::condition_variable_any wake;
    std::unique_lock waitLock(waitMutex);
    while (true) {
        // Nothing notifies: this is an interruptible sleep that the stop request ends early.
        wake.wait_for(waitLock, stop, m_refreshInterval, [] { return false; });
        if (stop.stop_requested()) {
            return;
        }
        try {
            bool changed = false;
            {
                std::lock_guard lock(m_reloadMutex);
                changed = m_store.revision() != m_revision;
            }
            if (changed) {
                reload();
            }
        } catch (const store::StoreError& error) {
            m_logger.warning("cannot refresh tokens; the previous set stays in force",
                             {{"error", error.what()}});
        }
    }
}

}  // namespace recops::service
