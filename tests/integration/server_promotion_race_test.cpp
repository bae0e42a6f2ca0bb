// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Fifty operators promote fifty different versions to Production at the same instant, round
// after round, against the real recopsd. Every change is decided against the Production
// version its gates compared with, so whatever the interleaving: each round ends with exactly
// one Production version, every request either won or got 409, and the winners form one
// chain (each archived the version the previous winner put in), so no promotion was lost.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/lifecycle_data.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <latch>
#include <map>
#include <set>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;

constexpr int kContenders = 50;
constexpr int kRounds = 5;

struct Attempt {
    int version = 0;
    unsigned status = 0;
    nlohmann::json body;
};

class ServerPromotionRaceTest : public ::testing::Test {
protected:
    /// Trains a popularity version through the trainer API and waits for it: the quickest
    /// way to a real, loadable version (the gates are lowered below, so it may serve).
    int trainVersion(bool production) {
        nlohmann::json request{{"algorithm", "popularity"}};
        if (production) {
            request["stage"] = "Production";
        }
        const HttpResponse submitted =
            callApi(m_recopsd.url(), "POST", "/api/v1/trainer/run", m_operator, request);
        if (submitted.status != 202) {
            throw std::runtime_error("trainer refused the job: " + submitted.body);
        }
        const std::string location = submitted.header("Location");
        nlohmann::json job;
        const bool finished = waitUntil(
            [&] {
                job = httpRequest(m_recopsd.url(), "GET", location, {bearer(m_operator)}).json();
                return job["status"] != "queued" && job["status"] != "running";
            },
            std::chrono::seconds(60));
        if (!finished || job["status"] != "succeeded") {
            throw std::runtime_error("training job did not succeed: " + job.dump());
        }
        return job["result"]["version"].get<int>();
    }

    nlohmann::json versions() {
        return httpRequest(m_recopsd.url(), "GET", "/api/v1/models/default/versions",
                           {bearer(m_operator)})
            .json()["versions"];
    }

    std::vector<int> productionVersions() {
        std::vector<int> production;
        for (const auto& version : versions()) {
            if (version["stage"] == "Production") {
                production.push_back(version["version"]);
            }
        }
        return production;
    }

    /// Every contender sends its promotion on a connection of its own, all released at once.
    std::vector<Attempt> race(const std::vector<int>& contenders) {
        std::vector<Attempt> attempts(contenders.size());
        std::latch ready(static_cast<std::ptrdiff_t>(contenders.size()));
        std::vector<std::thread> threads;
        for (std::size_t index = 0; index < contenders.size(); ++index) {
            threads.emplace_back([&, index] {
                Attempt& attempt = attempts[index];
                attempt.version = contenders[index];
                HttpConnection connection(m_recopsd.url());
                const std::string target = "/api/v1/models/default/versions/" +
                                           std::to_string(attempt.version) + "/transition";
                const std::string body =
                    nlohmann::json{{"stage", "Production"}, {"comment", "race"}}.dump();
                ready.arrive_and_wait();
                const HttpResponse response =
                    connection.request("POST", target, apiHeaders(m_operator), body);
                attempt.status = response.status;
                attempt.body = nlohmann::json::parse(response.body, nullptr, false);
            });
        }
        for (std::thread& thread : threads) {
            thread.join();
        }
        return attempts;
    }

    LifecycleDataDirectory m_data{{.users = 300, .items = 200, .events = 12'000}};
    std::string m_operator = m_data.token("operator");
    // A request thread per contender, so that the promotions really run at the same time;
    // the floors are lowered so that the quick popularity versions pass them.
    RecopsdProcess m_recopsd{RecopsdOptions{
        .dataDirectory = m_data.path(),
        .arguments = {"--set", "server.threads=64", "--set", "registry.staging_min_ndcg=0", "--set",
                      "registry.staging_min_precision=0", "--set", "registry.keep_versions=1000",
                      "--set", "serving.registry_poll_ms=100"}}};
};

TEST_F(ServerPromotionRaceTest, ConcurrentPromotionsLeaveOneProductionAndTheOthersGet409) {
    std::vector<int> all{trainVersion(true)};
    for (int index = 0; index < kContenders; ++index) {
        all.push_back(trainVersion(false));
    }
    ASSERT_EQ(all.size(), static_cast<std::size_t>(kContenders + 1));
    ASSERT_EQ(productionVersions(), std::vector<int>{all.front()});

    int conflicts = 0;
    for (int round = 1; round <= kRounds; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        const int before = productionVersions().at(0);
        std::vector<int> contenders;
        for (const int version : all) {
            if (version != before) {
                contenders.push_back(version);
            }
        }
        ASSERT_EQ(contenders.size(), static_cast<std::size_t>(kContenders));
        const auto historyBefore =
            httpRequest(m_recopsd.url(), "GET", "/api/v1/models/default/history?limit=1",
                        {bearer(m_operator)})
                .json()["history"][0]["id"]
                .get<int>();

        const std::vector<Attempt> attempts = race(contenders);

        // Each archived the Production version it was decided against: following the chain
        // from the version before the round must visit every winner once and end at the
        // version in Production now.
        std::map<int, int> winnerArchiving;  // archived version -> winner
        for (const Attempt& attempt : attempts) {
            ASSERT_TRUE(attempt.status == 200 || attempt.status == 409)
                << "version " << attempt.version << ": " << attempt.status << " "
                << attempt.body.dump();
            if (attempt.status == 200) {
                ASSERT_EQ(attempt.body["status"], "applied") << attempt.body.dump();
                const int archived = attempt.body["archived_production"].get<int>();
                EXPECT_TRUE(winnerArchiving.emplace(archived, attempt.version).second)
                    << "two winners archived version " << archived;
            } else {
                ++conflicts;
                EXPECT_EQ(attempt.body["type"], "urn:recops:problem:conflict");
                EXPECT_THAT(attempt.body["detail"].get<std::string>(),
                            HasSubstr("Production changed while this transition was decided"));
                EXPECT_TRUE(attempt.body["current_production"].is_number_integer())
                    << attempt.body.dump();
            }
        }
        ASSERT_FALSE(winnerArchiving.empty()) << "nobody won";

        const std::vector<int> production = productionVersions();
        ASSERT_EQ(production.size(), 1u) << "Production versions after the round";
        int link = before;
        std::set<int> visited;
        while (winnerArchiving.count(link) == 1) {
            link = winnerArchiving.at(link);
            ASSERT_TRUE(visited.insert(link).second) << "the chain loops at " << link;
        }
        EXPECT_EQ(visited.size(), winnerArchiving.size()) << "a winner is off the chain";
        EXPECT_EQ(link, production.front()) << "the chain does not end at Production";

        // History holds exactly one Production entry per winner, in the chain's order.
        const auto history =
            httpRequest(m_recopsd.url(), "GET", "/api/v1/models/default/history?limit=1000",
                        {bearer(m_operator)})
                .json()["history"];
        std::vector<int> promotedInHistory;
        for (const auto& entry : history) {
            if (entry["id"].get<int>() > historyBefore && entry["kind"] == "stage" &&
                entry["to"] == "Production") {
                promotedInHistory.insert(promotedInHistory.begin(), entry["version"].get<int>());
            }
        }
        std::vector<int> chain;
        for (int at = before; winnerArchiving.count(at) == 1; at = winnerArchiving.at(at)) {
            chain.push_back(winnerArchiving.at(at));
        }
        EXPECT_EQ(promotedInHistory, chain);
        std::cout << "round " << round << ": " << winnerArchiving.size() << " applied, "
                  << kContenders - static_cast<int>(winnerArchiving.size()) << " got 409\n";

        // And the server settles on serving the winner.
        EXPECT_TRUE(waitUntil(
            [&] {
                return httpRequest(m_recopsd.url(), "GET", "/healthz").json()["model"]["version"] ==
                       std::to_string(production.front());
            },
            std::chrono::seconds(30)))
            << m_recopsd.standardError();
    }
    EXPECT_GT(conflicts, 0) << "no two promotions ever overlapped: the race was not run";
    EXPECT_EQ(m_recopsd.stop(), 0);
}

}  // namespace
}  // namespace recops::testing
