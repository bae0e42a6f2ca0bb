// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/access_log.h"

#include "common/log_sink.h"
#include "common/timestamp.h"
#include "server/support/temporary_directory.h"

#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::http {
namespace {

std::vector<nlohmann::json> linesOf(const std::filesystem::path& file) {
    std::vector<nlohmann::json> lines;
    std::istringstream stream(testing::readFile(file));
    for (std::string line; std::getline(stream, line);) {
        lines.push_back(nlohmann::json::parse(line));
    }
    return lines;
}

AccessLogEntry entry(std::string_view requestId, std::string_view path) {
    return AccessLogEntry{common::fromUnixMilliseconds(1'772'366'400'123),
                          requestId,
                          "GET",
                          "/items/{id}",
                          path,
                          200,
                          1.25,
                          42,
                          "127.0.0.1:5000"};
}

TEST(AccessLogTest, WritesOneJsonObjectPerRequestWithEveryField) {
    testing::TemporaryDirectory directory;
    const auto file = directory / "access.log";
    auto sink = common::LogSink::openFile(file.string());
    {
        AccessLog log(sink.get(), std::chrono::hours(1));
        log.record(entry("req-1", "/items/7"));
    }  // destruction flushes
    const auto lines = linesOf(file);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0], (nlohmann::json{{"time", "2026-03-01T12:00:00.123Z"},
                                        {"request_id", "req-1"},
                                        {"method", "GET"},
                                        {"route", "/items/{id}"},
                                        {"path", "/items/7"},
                                        {"status", 200},
                                        {"duration_ms", 1.25},
                                        {"bytes", 42},
                                        {"remote", "127.0.0.1:5000"}}));
}

TEST(AccessLogTest, HostilePathsStillGiveValidJsonLines) {
    testing::TemporaryDirectory directory;
    const auto file = directory / "access.log";
    auto sink = common::LogSink::openFile(file.string());
    {
        AccessLog log(sink.get(), std::chrono::hours(1));
        log.record(entry("r", "/a\"b\nc\xff"));
    }
    const auto lines = linesOf(file);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0]["path"], "/a\"b\nc\xef\xbf\xbd");
}

TEST(AccessLogTest, KeepsEveryLineFromManyThreads) {
    testing::TemporaryDirectory directory;
    const auto file = directory / "access.log";
    auto sink = common::LogSink::openFile(file.string());
    constexpr int kThreads = 4;
    constexpr int kRequests = 3000;  // enough to pass the eager-write threshold
    {
        AccessLog log(sink.get(), std::chrono::milliseconds(5));
        std::vector<std::thread> threads;
        for (int thread = 0; thread < kThreads; ++thread) {
            threads.emplace_back([&, thread] {
                for (int i = 0; i < kRequests; ++i) {
                    const std::string id = std::to_string(thread) + "-" + std::to_string(i);
                    log.record(entry(id, "/items/1"));
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        log.flush();
        EXPECT_EQ(linesOf(file).size(), std::size_t{kThreads} * kRequests);
    }
    std::set<std::string> ids;
    for (const auto& line : linesOf(file)) {
        ids.insert(line["request_id"].get<std::string>());
    }
    EXPECT_EQ(ids.size(), std::size_t{kThreads} * kRequests);
}

TEST(AccessLogTest, OffWritesNothing) {
    AccessLog log(nullptr, std::chrono::milliseconds(5));
    EXPECT_FALSE(log.enabled());
    log.record(entry("r", "/"));
    log.flush();
}

}  // namespace
}  // namespace recops::http
