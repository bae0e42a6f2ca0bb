// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/process_collector.h"

#include "metrics/exposition_writer.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::metrics {
namespace {

using ::testing::HasSubstr;

/// The value of the unlabelled sample @p name in exposition @p text, or -1 when absent.
double sampleValue(const std::string& text, const std::string& name) {
    const auto start = text.find("\n" + name + " ");
    return start == std::string::npos ? -1.0 : std::stod(text.substr(start + name.size() + 2));
}

TEST(ProcessCollectorTest, ParsesStatEvenWhenTheCommandHoldsSpacesAndParentheses) {
    // Fields 14 (utime) 15 (stime) 22 (starttime) 23 (vsize) 24 (rss), per proc(5).
    const std::string line =
        "4242 (odd ) name) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 3 0 123456 "
        "104857600 2560 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
    const auto stat = parseProcessStat(line);
    ASSERT_TRUE(stat);
    EXPECT_EQ(stat->userTicks, 250u);
    EXPECT_EQ(stat->systemTicks, 50u);
    EXPECT_EQ(stat->startTicksAfterBoot, 123456u);
    EXPECT_EQ(stat->virtualMemoryBytes, 104857600u);
    EXPECT_EQ(stat->residentPages, 2560u);
}

TEST(ProcessCollectorTest, RefusesTruncatedStat) {
    EXPECT_FALSE(parseProcessStat("4242 (x) S 1 2 3"));
    EXPECT_FALSE(parseProcessStat("no parenthesis"));
}

TEST(ProcessCollectorTest, FindsBootTime) {
    EXPECT_EQ(parseBootTime("cpu  1 2 3\nbtime 1700000000\nprocesses 5\n"), 1700000000u);
    EXPECT_FALSE(parseBootTime("cpu  1 2 3\n"));
}

TEST(ProcessCollectorTest, CollectsThisProcessUnderTheStandardNames) {
    ExpositionWriter writer;
    ProcessCollector().collect(writer);
    const std::string& text = writer.text();
    for (const char* name : {"process_cpu_seconds_total", "process_resident_memory_bytes",
                             "process_virtual_memory_bytes", "process_start_time_seconds",
                             "process_open_fds", "process_max_fds"}) {
        EXPECT_THAT(text, HasSubstr(std::string("# TYPE ") + name + " ")) << name;
    }
    EXPECT_GT(sampleValue(text, "process_resident_memory_bytes"), 0.0);
    // At least standard input, output and error.
    EXPECT_GE(sampleValue(text, "process_open_fds"), 3.0);
    // Read from the clock: after 2020, not zero.
    EXPECT_GT(sampleValue(text, "process_start_time_seconds"), 1.6e9);
}

}  // namespace
}  // namespace recops::metrics
