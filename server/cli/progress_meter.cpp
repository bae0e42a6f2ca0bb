// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/progress_meter.h"

#include <cstdio>
#include <unistd.h>

namespace recops::cli {
namespace {

constexpr std::chrono::milliseconds kRedrawInterval{200};

}  // namespace

ProgressMeter::ProgressMeter(std::string task)
    : m_task(std::move(task))
    , m_terminal(::isatty(STDERR_FILENO) == 1)
    , m_started(std::chrono::steady_clock::now())
    , m_lastDraw(m_started - kRedrawInterval) {}

ProgressMeter::~ProgressMeter() {
    finish();
}

void ProgressMeter::update(std::uint64_t done, std::uint64_t total, const std::string& note) {
    if (!m_terminal) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastDraw < kRedrawInterval && done != total) {
        return;
    }
    m_lastDraw = now;
    const double seconds = std::chrono::duration<double>(now - m_started).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    if (total > 0) {
        std::fprintf(stderr, "\r\033[K%s: %3.0f%% (%llu of %llu, %.0f/s)%s%s", m_task.c_str(),
                     100.0 * static_cast<double>(done) / static_cast<double>(total),
                     static_cast<unsigned long long>(done), static_cast<unsigned long long>(total),
                     rate, note.empty() ? "" : " ", note.c_str());
    } else {
        std::fprintf(stderr, "\r\033[K%s: %llu (%.0f/s)%s%s", m_task.c_str(),
                     static_cast<unsigned long long>(done), rate, note.empty() ? "" : " ",
                     note.c_str());
    }
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressMeter::finish() {
    if (m_drawn) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }
}

}  // namespace recops::cli
