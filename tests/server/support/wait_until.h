// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <thread>

namespace recops::testing {

/**
 * Checks @p condition until it holds or @p limit passes; returns whether it held. For
 * effects that another thread or process brings about at a time of its own choosing (a token
 * refresh, a socket closing), where there is nothing to block on.
 */
template <typename Condition>
bool waitUntil(Condition condition, std::chrono::milliseconds limit = std::chrono::seconds(10)) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

}  // namespace recops::testing
