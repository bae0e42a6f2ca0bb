// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/process_collector.h"

#include "metrics/exposition_writer.h"

#include <regex>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::metrics {
namespace {

using ::testing::HasSubstr;

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
    std::smatch match;
    ASSERT_TRUE(std::regex_search(text, match, std::regex("process_resident_memory_bytes (\\d+)")));
    EXPECT_GT(std::stod(match[1]), 0.0);
    ASSERT_TRUE(std::regex_search(text, match, std::regex("process_open_fds (\\d+)")));
    EXPECT_GE(std::stod(match[1]), 3.0);  // at least standard input, output and error
    ASSERT_TRUE(
        std::regex_search(text, match, std::regex("process_start_time_seconds ([0-9.e+]+)")));
    EXPECT_GT(std::stod(match[1]), 1.6e9);  // after 2020, so read from the clock, not zero
}

}  // namespace
}  // namespace recops::metrics
