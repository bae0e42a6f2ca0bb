// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Swapping the Production model under load: client threads ask the real recopsd for
// recommendations without pause while the test moves Production between two versions about
// once a second for ten seconds. No request may fail, and every answer names one of the two
// versions (in its header and its body alike).
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/lifecycle_data.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kClients = 4;
constexpr int kSwaps = 10;

/// What the clients saw, shared between their threads.
struct Observations {
    std::mutex mutex;
    std::map<std::string, std::uint64_t> byVersion;
    std::vector<std::string> failures;
    std::vector<double> latenciesMs;
    std::atomic<std::uint64_t> total{0};

    std::uint64_t servedBy(const std::string& tag) {
        std::lock_guard lock(mutex);
        return byVersion[tag];
    }
};

void requestContinuously(const std::string& url, const std::string& token, int seed,
                         const std::atomic<bool>& stop, Observations& seen) {
    std::mt19937 random(static_cast<unsigned>(seed));
    std::uniform_int_distribution<int> users(0, 599);
    std::optional<HttpConnection> connection;
    while (!stop.load()) {
        const std::string target = "/api/v1/recommend?k=10&user_id=" +
                                   generatedUser(static_cast<std::size_t>(users(random)));
        std::string failure;
        std::string tag;
        const auto started = Clock::now();
        try {
            if (!connection) {
                connection.emplace(url);
            }
            const HttpResponse response = connection->request("GET", target, {bearer(token)});
            tag = response.header("X-Model-Version");
            if (response.status != 200) {
                failure = target + ": " + std::to_string(response.status) + " " + response.body;
            } else if (nlohmann::json::parse(response.body)["model_version"] != tag) {
                failure = target + ": body names another version than X-Model-Version " + tag;
            }
            if (!response.keepAlive) {
                connection.reset();
            }
        } catch (const std::exception& error) {
            failure = target + ": " + error.what();
            connection.reset();
        }
        const double milliseconds =
            std::chrono::duration<double, std::milli>(Clock::now() - started).count();
        std::lock_guard lock(seen.mutex);
        ++seen.total;
        seen.latenciesMs.push_back(milliseconds);
        if (failure.empty()) {
            ++seen.byVersion[tag];
        } else if (seen.failures.size() < 20) {
            seen.failures.push_back(failure);
        }
    }
}

TEST(ServerModelSwapTest, NoRequestFailsWhileProductionSwapsEverySecond) {
    LifecycleDataDirectory data;
    // Two EASE versions of the same data: equal metrics, so each passes the gates over the
    // other and Production can go back and forth.
    ASSERT_EQ(data.train({"--algorithm", "ease", "--stage", "production"})["version"], 1);
    ASSERT_EQ(data.train({"--algorithm", "ease"})["version"], 2);
    const std::string client = data.token("client");
    const std::string operatorToken = data.token("operator");
    // Without the result cache every request reaches the model being swapped.
    RecopsdProcess recopsd(RecopsdOptions{
        .dataDirectory = data.path(),
        .arguments = {"--set", "serving.registry_poll_ms=100", "--set", "cache.enabled=false"}});

    Observations seen;
    std::atomic<bool> stop{false};
    std::vector<std::thread> clients;
    for (int index = 0; index < kClients; ++index) {
        clients.emplace_back(requestContinuously, recopsd.url(), client, index, std::cref(stop),
                             std::ref(seen));
    }
    ASSERT_TRUE(waitUntil([&] { return seen.servedBy("default@1") >= 100; }))
        << "the clients got no answers from version 1";

    for (int swap = 1; swap <= kSwaps; ++swap) {
        const auto swapStarted = Clock::now();
        const int target = swap % 2 == 1 ? 2 : 1;
        const std::string tag = "default@" + std::to_string(target);
        const std::uint64_t servedBefore = seen.servedBy(tag);
        const HttpResponse promoted = callApi(
            recopsd.url(), "POST",
            "/api/v1/models/default/versions/" + std::to_string(target) + "/transition",
            operatorToken, {{"stage", "Production"}, {"comment", "swap " + std::to_string(swap)}});
        ASSERT_EQ(promoted.status, 200u) << promoted.body;
        ASSERT_EQ(promoted.json()["status"], "applied");
        // The swap is done when the clients are being answered by the new version.
        ASSERT_TRUE(waitUntil([&] { return seen.servedBy(tag) >= servedBefore + 100; },
                              std::chrono::seconds(30)))
            << "swap " << swap << " to " << tag << " was not served\n"
            << recopsd.standardError();
        // Pacing, not synchronisation: about one swap a second.
        std::this_thread::sleep_until(swapStarted + std::chrono::seconds(1));
    }
    stop = true;
    for (std::thread& thread : clients) {
        thread.join();
    }

    EXPECT_TRUE(seen.failures.empty())
        << seen.failures.size()
        << " failures, first: " << (seen.failures.empty() ? "" : seen.failures.front());
    std::uint64_t answered = 0;
    for (const auto& [tag, count] : seen.byVersion) {
        EXPECT_TRUE(tag == "default@1" || tag == "default@2") << "answered by " << tag;
        answered += count;
    }
    EXPECT_EQ(answered, seen.total.load());
    EXPECT_GT(seen.byVersion["default@1"], 0u);
    EXPECT_GT(seen.byVersion["default@2"], 0u);
    // Each swap loaded the other version once (the one replaced is let go), none twice.
    EXPECT_EQ(scrapeSample(recopsd.url(), "model_loads_total"), 1.0 + kSwaps);
    EXPECT_EQ(scrapeSample(recopsd.url(), "model_load_failures_total"), 0.0);

    std::sort(seen.latenciesMs.begin(), seen.latenciesMs.end());
    const auto quantile = [&](double q) {
        return seen.latenciesMs[static_cast<std::size_t>(q * (seen.latenciesMs.size() - 1))];
    };
    std::cout << seen.total << " requests over " << kSwaps << " swaps; client-side latency p50 "
              << quantile(0.5) << " ms, p99 " << quantile(0.99) << " ms, max "
              << seen.latenciesMs.back() << " ms\n";
    EXPECT_EQ(recopsd.stop(), 0);
}

}  // namespace
}  // namespace recops::testing
