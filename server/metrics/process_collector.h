// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/collectable.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace recops::metrics {

/// The fields of /proc/<pid>/stat that the process metrics need.
struct ProcessStat {
    std::uint64_t userTicks = 0;
    std::uint64_t systemTicks = 0;
    std::uint64_t startTicksAfterBoot = 0;
    std::uint64_t virtualMemoryBytes = 0;
    std::uint64_t residentPages = 0;
};

/// Parses one /proc/<pid>/stat line; nothing when it does not have the expected fields.
std::optional<ProcessStat> parseProcessStat(std::string_view line);

/// The "btime" (boot time, Unix seconds) of a /proc/stat text.
std::optional<std::uint64_t> parseBootTime(std::string_view procStat);

/// This process's resident memory in bytes, as process_resident_memory_bytes reports it;
/// nothing when /proc cannot be read.
std::optional<std::uint64_t> readResidentMemoryBytes();

/**
 * The standard process metrics, read from /proc at each scrape, with the names Prometheus'
 * own client libraries use so that existing dashboards work: process_cpu_seconds_total,
 * process_resident_memory_bytes, process_virtual_memory_bytes, process_open_fds,
 * process_max_fds, process_start_time_seconds.
 */
class ProcessCollector final : public Collectable {
public:
    void collect(ExpositionWriter& writer) const override;
};

}  // namespace recops::metrics
