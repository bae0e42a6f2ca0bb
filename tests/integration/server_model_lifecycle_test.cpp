// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// How the real recopsd follows the registry while it runs: not ready before any model, ready
// once `recopsd train --stage production` (another process) registers one, swapped to each new
// Production version, and a tampered version refused while the one before keeps serving.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_data.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;

/// Reads @p file, flips one bit of its middle byte and writes it back, same size.
void flipOneByte(const std::filesystem::path& file) {
    std::string bytes = readFile(file);
    ASSERT_FALSE(bytes.empty()) << file;
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

class ServerModelLifecycleTest : public ::testing::Test {
protected:
    ServerModelLifecycleTest() { generateDataset(data()); }

    std::filesystem::path data() const { return m_scratch / "data"; }

    RecopsdOptions options() const {
        return RecopsdOptions{.dataDirectory = data(),
                              .arguments = {"--set", "serving.registry_poll_ms=100"}};
    }

    std::string servedVersion(const RecopsdProcess& recopsd) {
        const HttpResponse response =
            httpRequest(recopsd.url(), "GET", "/recommend/u1?k=3", {bearer(m_client)});
        return response.status == 200 ? response.header("X-Model-Version")
                                      : "status " + std::to_string(response.status);
    }

    TemporaryDirectory m_scratch;
    std::string m_client = createToken(data(), "client");
};

TEST_F(ServerModelLifecycleTest, BecomesReadyWhenAProductionModelIsTrainedWhileItRuns) {
    RecopsdProcess recopsd(options());
    const HttpResponse notReady = httpRequest(recopsd.url(), "GET", "/readyz");
    EXPECT_EQ(notReady.status, 503u);
    EXPECT_EQ(notReady.json()["detail"], "no model loaded");
    EXPECT_EQ(servedVersion(recopsd), "status 503");

    const nlohmann::json trained = trainModel(data(), {"--stage", "production"});
    ASSERT_EQ(trained["version"], 1);
    // The registry watcher notices the new Production version within its poll interval.
    ASSERT_TRUE(
        waitUntil([&] { return httpRequest(recopsd.url(), "GET", "/readyz").status == 200; },
                  std::chrono::seconds(30)))
        << recopsd.standardError();
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/readyz").json()["status"], "ready");
    EXPECT_EQ(servedVersion(recopsd), "default@1");
    const auto health = httpRequest(recopsd.url(), "GET", "/healthz").json();
    EXPECT_EQ(health["model"]["version"], "1");
    EXPECT_EQ(health["model"]["algorithm"], "ease");
    EXPECT_EQ(metricValue(recopsd.url(), "model_loads_total"), 1.0);

    // A second promotion replaces the version being served, without a restart. Popularity
    // falls below the gates, so it is forced in, as an admin would.
    ASSERT_EQ(trainModel(data(), {"--stage", "production", "--algorithm", "popularity", "--force",
                                  "--comment", "serve the popularity model"})["version"],
              2);
    ASSERT_TRUE(
        waitUntil([&] { return servedVersion(recopsd) == "default@2"; }, std::chrono::seconds(30)))
        << recopsd.standardError();
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/healthz").json()["model"]["algorithm"],
              "popularity");
    EXPECT_EQ(metricValue(recopsd.url(), "model_loads_total"), 2.0);
    EXPECT_EQ(recopsd.stop(), 0);
}

TEST_F(ServerModelLifecycleTest, ServesTheProductionModelFromTheFirstRequest) {
    trainModel(data());
    RecopsdProcess recopsd(options());
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/readyz").status, 200u);
    EXPECT_EQ(servedVersion(recopsd), "default@1");
}

TEST_F(ServerModelLifecycleTest, ATamperedVersionIsRefusedAndThePreviousOneKeepsServing) {
    trainModel(data());
    RecopsdProcess recopsd(options());
    ASSERT_EQ(servedVersion(recopsd), "default@1");

    const nlohmann::json second = trainModel(data(), {});
    ASSERT_EQ(second["version"], 2);
    ASSERT_EQ(second["stage"], "None");
    flipOneByte(data() / "models" / "default" / "2" / "items.bin");
    // Promoted by another process (a replica, an operator's tool): the server only sees the
    // registry say that version 2 is now in Production.
    sqliteRows(databaseOf(data()),
               "BEGIN IMMEDIATE; "
               "UPDATE model_versions SET stage = 'Archived' WHERE model = 'default' AND "
               "stage = 'Production'; "
               "UPDATE model_versions SET stage = 'Production', ever_production = 1 "
               "WHERE model = 'default' AND version = 2; COMMIT;");

    ASSERT_TRUE(
        waitUntil([&] { return metricValue(recopsd.url(), "model_load_failures_total") >= 1.0; },
                  std::chrono::seconds(30)))
        << recopsd.standardError();
    EXPECT_EQ(servedVersion(recopsd), "default@1");
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/readyz").status, 200u);
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/healthz").json()["model"]["version"], "1");
    EXPECT_EQ(metricValue(recopsd.url(), "model_loads_total"), 1.0);
    EXPECT_THAT(recopsd.standardError(), HasSubstr("cannot serve model version"));
    EXPECT_THAT(recopsd.standardError(),
                HasSubstr("items.bin: SHA-256 does not match the manifest"));
}

}  // namespace
}  // namespace recops::testing
