// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace recops::cli {

/**
 * A one-line progress display on standard error for long commands (import, generate, train),
 * redrawn at most a few times a second, and only when standard error is a terminal: logs and
 * scripts get the final summary alone.
 */
class ProgressMeter {
public:
    explicit ProgressMeter(std::string task);
    ~ProgressMeter();
    ProgressMeter(const ProgressMeter&) = delete;
    ProgressMeter& operator=(const ProgressMeter&) = delete;

    /// @p done of @p total units (0 when the total is unknown), with an optional note.
    void update(std::uint64_t done, std::uint64_t total, const std::string& note = {});
    /// Clears the line.
    void finish();

private:
    std::string m_task;
    bool m_terminal = false;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_started;
    std::chrono::steady_clock::time_point m_lastDraw;
};

}  // namespace recops::cli
