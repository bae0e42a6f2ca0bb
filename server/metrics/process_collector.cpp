// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/process_collector.h"

#include "metrics/exposition_writer.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace recops::metrics {
namespace {

std::string readFile(const char* path) {
    std::ifstream file(path);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

std::optional<std::uint64_t> toNumber(std::string_view text) {
    std::uint64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return number;
}

std::vector<std::string_view> splitSpaces(std::string_view text) {
    std::vector<std::string_view> fields;
    while (!text.empty()) {
        const auto start = text.find_first_not_of(" \n");
        if (start == std::string_view::npos) {
            break;
        }
        text.remove_prefix(start);
        const auto end = text.find_first_of(" \n");
        fields.push_back(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end);
    }
    return fields;
}

std::size_t countOpenDescriptors() {
    std::error_code error;
    std::size_t count = 0;
    for (auto it = std::filesystem::directory_iterator("/proc/self/fd", error);
         !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
        ++count;
    }
    // The directory listing itself holds one descriptor while counting.
    return count > 0 ? count - 1 : 0;
}

void writeGauge(ExpositionWriter& writer, std::string_view name, std::string_view help,
                double value) {
    writer.writeHeader(name, help, MetricType::Gauge);
    writer.writeSample(name, {}, value);
}

}  // namespace

std::optional<ProcessStat> parseProcessStat(std::string_view line) {
    // The command name (field 2) is in parentheses and may hold spaces or ')': the fields
    // that follow start after the last ')'.
    const auto closing = line.rfind(')');
    if (closing == std::string_view::npos) {
        return std::nullopt;
    }
    const std::vector<std::string_view> fields = splitSpaces(line.substr(closing + 1));
    // fields[0] is field 3 (state); proc(5) numbers fields from 1.
    const auto field = [&](std::size_t number) {
        return toNumber(fields[number - 3]);
    };
    if (fields.size() < 22) {
        return std::nullopt;
    }
    const auto user = field(14), system = field(15), start = field(22), virtualBytes = field(23),
               resident = field(24);
    if (!user || !system || !start || !virtualBytes || !resident) {
        return std::nullopt;
    }
    return ProcessStat{*user, *system, *start, *virtualBytes, *resident};
}

std::optional<std::uint64_t> parseBootTime(std::string_view procStat) {
    std::istringstream lines{std::string(procStat)};
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("btime ")) {
            return toNumber(std::string_view(line).substr(6));
        }
    }
    return std::nullopt;
}

std::optional<std::uint64_t> readResidentMemoryBytes() {
    const auto stat = parseProcessStat(readFile("/proc/self/stat"));
    if (!stat) {
        return std::nullopt;
    }
    return stat->residentPages * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
}

void ProcessCollector::collect(ExpositionWriter& writer) const {
    const auto ticksPerSecond = static_cast<double>(sysconf(_SC_CLK_TCK));
    const auto pageBytes = static_cast<double>(sysconf(_SC_PAGESIZE));
    if (const auto stat = parseProcessStat(readFile("/proc/self/stat"))) {
        writer.writeHeader("process_cpu_seconds_total",
                           "User and system CPU time spent, in seconds.", MetricType::Counter);
        writer.writeSample(
            "process_cpu_seconds_total", {},
            static_cast<double>(stat->userTicks + stat->systemTicks) / ticksPerSecond);
        writeGauge(writer, "process_resident_memory_bytes", "Resident memory size in bytes.",
                   static_cast<double>(stat->residentPages) * pageBytes);
        writeGauge(writer, "process_virtual_memory_bytes", "Virtual memory size in bytes.",
                   static_cast<double>(stat->virtualMemoryBytes));
        if (const auto bootTime = parseBootTime(readFile("/proc/stat"))) {
            writeGauge(writer, "process_start_time_seconds",
                       "Start time of the process since the Unix epoch, in seconds.",
                       static_cast<double>(*bootTime) +
                           static_cast<double>(stat->startTicksAfterBoot) / ticksPerSecond);
        }
    }
    writeGauge(writer, "process_open_fds", "Number of open file descriptors.",
               static_cast<double>(countOpenDescriptors()));
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        writeGauge(writer, "process_max_fds", "Maximum number of open file descriptors.",
                   static_cast<double>(limit.rlim_cur));
    }
}

}  // namespace recops::metrics
