// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/access_log.h"

#include "common/log_sink.h"
#include "common/timestamp.h"
#include "server/support/temporary_directory.h"
#include "server/support/wait_until.h"

#include <atomic>
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

std::set<std::string> requestIdsIn(const std::filesystem::path& file) {
    std::set<std::string> ids;
    if (std::filesystem::exists(file)) {
        for (const auto& line : linesOf(file)) {
            ids.insert(line["request_id"].get<std::string>());
        }
    }
    return ids;
}

TEST(AccessLogTest, SetSinkSendsLaterLinesToTheNewSinkOnly) {
    testing::TemporaryDirectory directory;
    auto first = common::LogSink::openFile((directory / "first.log").string());
    auto second = common::LogSink::openFile((directory / "second.log").string());
    {
        AccessLog log(first.get(), std::chrono::hours(1));
        log.record(entry("before", "/"));
        log.setSink(second.get());
        first.reset();  // setSink() returned: nothing writes to the first sink any more
        log.record(entry("after", "/"));
    }
    EXPECT_EQ(requestIdsIn(directory / "first.log"), std::set<std::string>{"before"});
    EXPECT_EQ(requestIdsIn(directory / "second.log"), std::set<std::string>{"after"});
}

TEST(AccessLogTest, SetSinkTurnsAnOffLogOnAndItsFlusherWrites) {
    testing::TemporaryDirectory directory;
    const auto file = directory / "access.log";
    auto sink = common::LogSink::openFile(file.string());
    AccessLog log(nullptr, std::chrono::milliseconds(5));
    log.record(entry("while-off", "/"));
    log.setSink(sink.get());
    EXPECT_TRUE(log.enabled());
    log.record(entry("while-on", "/"));
    // No flush() and no destruction: the flusher started by setSink() writes the line.
    EXPECT_TRUE(testing::waitUntil([&] { return requestIdsIn(file).count("while-on") == 1; }));
    EXPECT_EQ(requestIdsIn(file), std::set<std::string>{"while-on"});
}

TEST(AccessLogTest, SwitchingSinksWhileThreadsRecordLosesNoLine) {
    testing::TemporaryDirectory directory;
    auto first = common::LogSink::openFile((directory / "first.log").string());
    auto second = common::LogSink::openFile((directory / "second.log").string());
    constexpr int kThreads = 3;
    constexpr int kRequests = 2000;
    {
        AccessLog log(first.get(), std::chrono::milliseconds(1));
        std::atomic<int> running{kThreads};
        std::vector<std::thread> threads;
        for (int thread = 0; thread < kThreads; ++thread) {
            threads.emplace_back([&, thread] {
                for (int i = 0; i < kRequests; ++i) {
                    log.record(entry(std::to_string(thread) + "-" + std::to_string(i), "/"));
                }
                running.fetch_sub(1);
            });
        }
        for (int round = 0; running.load() > 0; ++round) {
            log.setSink(round % 2 == 0 ? second.get() : first.get());
        }
        for (auto& thread : threads) {
            thread.join();
        }
    }
    const auto inFirst = requestIdsIn(directory / "first.log");
    const auto inSecond = requestIdsIn(directory / "second.log");
    std::set<std::string> all = inFirst;
    all.insert(inSecond.begin(), inSecond.end());
    EXPECT_EQ(all.size(), std::size_t{kThreads} * kRequests);
    EXPECT_EQ(inFirst.size() + inSecond.size(), all.size()) << "a line written twice";
}

}  // namespace
}  // namespace recops::http
