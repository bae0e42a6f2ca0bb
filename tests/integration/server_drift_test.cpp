// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Data drift on the real recopsd, recomputed every 200 ms: no PSI before a feature has enough
// traffic, a PSI once it has, an event stream skewed onto the least popular items driving
// item_popularity into the severe band (in /api/v1/drift and data_drift_psi alike), and a new
// Production version starting the comparison afresh against its own baseline.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/lifecycle_data.h"
#include "integration/support/prepared_suite.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <cmath>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::ElementsAre;

constexpr int kMinimumSamples = 100;

struct PreparedDrift {
    LifecycleDataDirectory data;
    std::string viewer = data.token("viewer");
    std::string client = data.token("client");
    std::string operatorToken = data.token("operator");
    /// The ten items with the fewest training events: the bottom of the popularity ranking.
    std::vector<std::string> leastPopular;

    PreparedDrift() {
        data.train({"--algorithm", "ease", "--stage", "production"});
        data.train({"--algorithm", "ease"});
        const CommandResult rows =
            runCommand(requiredEnvironment("SQLITE3"),
                       {"-batch", "-bail", (data.path() / "recops.db").string(),
                        "SELECT i.id FROM items i LEFT JOIN events e ON e.item_id = i.id "
                        "GROUP BY i.id ORDER BY count(e.id), i.id LIMIT 10"});
        if (rows.exitCode != 0) {
            throw std::runtime_error("sqlite3 failed: " + rows.standardError);
        }
        std::istringstream lines(rows.standardOutput);
        for (std::string line; std::getline(lines, line);) {
            leastPopular.push_back(line);
        }
        if (leastPopular.size() != 10) {
            throw std::runtime_error("expected ten items, got " + rows.standardOutput);
        }
    }
};

class ServerDriftTest : public PreparedSuite<PreparedDrift> {
protected:
    ServerDriftTest()
        : m_data(LifecycleDataDirectory::copyOf(prepared().data))
        , m_recopsd(RecopsdOptions{
              .dataDirectory = m_data->path(),
              .arguments = {"--set", "drift.interval_ms=200", "--set",
                            "drift.min_samples=" + std::to_string(kMinimumSamples), "--set",
                            "drift.window_ms=600000", "--set", "serving.registry_poll_ms=100"}}) {
        EXPECT_TRUE(waitUntil([&] { return !drift()["computed_at"].is_null(); }))
            << "drift was never computed";
    }

    nlohmann::json drift() {
        const HttpResponse response =
            httpRequest(m_recopsd.url(), "GET", "/api/v1/drift", {bearer(prepared().viewer)});
        EXPECT_EQ(response.status, 200u) << response.body;
        return response.json();
    }

    static nlohmann::json feature(const nlohmann::json& report, const std::string& name) {
        for (const auto& entry : report["features"]) {
            if (entry["feature"] == name) {
                return entry;
            }
        }
        ADD_FAILURE() << "no feature " << name << " in " << report.dump();
        return nullptr;
    }

    /// Waits until @p name has a PSI over at least @p samples observations; returns it.
    nlohmann::json featureOnceMeasured(const std::string& name, std::uint64_t samples) {
        nlohmann::json entry;
        EXPECT_TRUE(waitUntil(
            [&] {
                entry = feature(drift(), name);
                return !entry["psi"].is_null() && entry["samples"].get<std::uint64_t>() >= samples;
            },
            std::chrono::seconds(30)))
            << entry;
        return entry;
    }

    double gauge(const std::string& name) {
        return scrapeSample(m_recopsd.url(), "data_drift_psi{feature=\"" + name + "\"}").value();
    }

    std::unique_ptr<LifecycleDataDirectory> m_data;
    RecopsdProcess m_recopsd;
};

TEST_F(ServerDriftTest, NoPsiBeforeEnoughTrafficAndAPsiAfter) {
    const nlohmann::json before = drift();
    EXPECT_EQ(before["model_version"], "default@1");
    EXPECT_EQ(before["window_seconds"], 600.0);
    EXPECT_EQ(before["bands"],
              (nlohmann::json{{"moderate", 0.2}, {"significant", 0.3}, {"severe", 0.5}}));
    std::vector<std::string> names;
    for (const auto& entry : before["features"]) {
        names.push_back(entry["feature"]);
        EXPECT_TRUE(entry["psi"].is_null()) << entry;
        EXPECT_EQ(entry["band"], "insufficient data");
        EXPECT_EQ(entry["samples"], 0);
        // The baseline is the training window's distribution: shares summing to one.
        double baseline = 0.0;
        for (const auto& bin : entry["bins"]) {
            baseline += bin["baseline"].get<double>();
            EXPECT_EQ(bin["live"], 0.0);
        }
        EXPECT_NEAR(baseline, 1.0, 1e-9) << entry["feature"];
    }
    EXPECT_THAT(names, ElementsAre("user_activity", "item_popularity", "recommended_score",
                                   "category_mix"));
    for (const std::string& name : names) {
        EXPECT_TRUE(std::isnan(gauge(name))) << name;
    }

    // 150 users ask once each (the cache would hide repeats): enough for the request features.
    for (std::size_t index = 0; index < 150; ++index) {
        const HttpResponse response = httpRequest(
            m_recopsd.url(), "GET", "/api/v1/recommend?k=10&user_id=" + generatedUser(index),
            {bearer(prepared().client)});
        ASSERT_EQ(response.status, 200u) << response.body;
    }
    const nlohmann::json activity = featureOnceMeasured("user_activity", 150);
    EXPECT_EQ(activity["samples"], 150);
    const double psi = activity["psi"];
    EXPECT_GE(psi, 0.0);
    EXPECT_TRUE(std::isfinite(psi));
    EXPECT_THAT(activity["band"].get<std::string>(),
                ::testing::AnyOf("stable", "moderate", "significant", "severe"));
    EXPECT_DOUBLE_EQ(gauge("user_activity"), psi);
    const nlohmann::json scores = featureOnceMeasured("recommended_score", 150 * 10);
    EXPECT_EQ(scores["samples"], 1500);
    double live = 0.0;
    for (const auto& bin : scores["bins"]) {
        live += bin["live"].get<double>();
    }
    EXPECT_NEAR(live, 1.0, 1e-9);

    // No events were sent: the event features still wait for data.
    const nlohmann::json popularity = feature(drift(), "item_popularity");
    EXPECT_TRUE(popularity["psi"].is_null());
    EXPECT_TRUE(std::isnan(gauge("item_popularity")));
}

TEST_F(ServerDriftTest, EventsOnTheLeastPopularItemsAreSevereDrift) {
    nlohmann::json events = nlohmann::json::array();
    for (std::size_t index = 0; index < 300; ++index) {
        events.push_back({{"user_id", generatedUser(index)},
                          {"item_id", prepared().leastPopular[index % 10]},
                          {"type", "click"}});
    }
    const HttpResponse ingested =
        callApi(m_recopsd.url(), "POST", "/api/v1/events", prepared().client, events);
    ASSERT_EQ(ingested.status, 202u) << ingested.body;

    const nlohmann::json popularity = featureOnceMeasured("item_popularity", 300);
    EXPECT_EQ(popularity["samples"], 300);
    const double psi = popularity["psi"];
    EXPECT_GT(psi, 0.5);
    EXPECT_EQ(popularity["band"], "severe");
    // Nearly all of it lands in the bottom decile, which held a sliver of training events.
    for (const auto& bin : popularity["bins"]) {
        if (bin["bin"] == "decile 10") {
            EXPECT_GT(bin["live"].get<double>(), 0.9) << popularity;
            EXPECT_LT(bin["baseline"].get<double>(), 0.05) << popularity;
        }
    }
    EXPECT_GT(gauge("item_popularity"), 0.5);
    EXPECT_DOUBLE_EQ(gauge("item_popularity"), psi);
    EXPECT_FALSE(feature(drift(), "category_mix")["psi"].is_null());
}

TEST_F(ServerDriftTest, ANewProductionVersionStartsAgainstItsOwnBaseline) {
    nlohmann::json events = nlohmann::json::array();
    for (std::size_t index = 0; index < 200; ++index) {
        events.push_back({{"user_id", generatedUser(index)},
                          {"item_id", prepared().leastPopular[0]},
                          {"type", "view"}});
    }
    ASSERT_EQ(callApi(m_recopsd.url(), "POST", "/api/v1/events", prepared().client, events).status,
              202u);
    featureOnceMeasured("item_popularity", 200);

    const HttpResponse promoted =
        callApi(m_recopsd.url(), "POST", "/api/v1/models/default/versions/2/transition",
                prepared().operatorToken, {{"stage", "Production"}});
    ASSERT_EQ(promoted.status, 200u) << promoted.body;
    nlohmann::json report;
    ASSERT_TRUE(waitUntil(
        [&] {
            report = drift();
            return report["model_version"] == "default@2";
        },
        std::chrono::seconds(30)))
        << report;
    const nlohmann::json popularity = feature(report, "item_popularity");
    EXPECT_EQ(popularity["samples"], 0) << "the old version's traffic stays with it";
    EXPECT_TRUE(popularity["psi"].is_null());
    EXPECT_TRUE(std::isnan(gauge("item_popularity")));
}

}  // namespace
}  // namespace recops::testing
