// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// `recopsd train` and `recopsd evaluate` on a generated dataset: the JSON summary, how the
// algorithm is chosen or named, stages, event windows, and every refusal.
#include "integration/support/child_process.h"
#include "integration/support/recopsd_data.h"
#include "integration/support/recopsd_process.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

class ServerModelCommandsTest : public ::testing::Test {
protected:
    static constexpr SyntheticDataset kDataset{};

    static void SetUpTestSuite() {
        s_scratch = new TemporaryDirectory();
        generateDataset(*s_scratch / "generated", kDataset);
    }
    static void TearDownTestSuite() { delete s_scratch; }

    /// A fresh copy of the generated dataset for one test, so registrations do not add up.
    std::filesystem::path data() {
        if (m_data.empty()) {
            m_data = m_scratch / "data";
            std::filesystem::create_directories(m_data);
            sqliteRows(databaseOf(*s_scratch / "generated"),
                       "VACUUM INTO '" + databaseOf(m_data).string() + "'");
        }
        return m_data;
    }

    CommandResult run(const std::string& command, const std::vector<std::string>& arguments) {
        std::vector<std::string> all{command, "--data-dir", data().string()};
        all.insert(all.end(), arguments.begin(), arguments.end());
        return runRecopsd(all);
    }

    /// The last line recopsd wrote on standard error (after its progress lines).
    static std::string lastError(const CommandResult& result) {
        const std::string& text = result.standardError;
        const auto start = text.rfind("recopsd: ");
        return start == std::string::npos ? text : text.substr(start);
    }

    std::vector<std::string> registered() {
        return sqliteRows(databaseOf(data()),
                          "SELECT version, stage FROM model_versions ORDER BY version");
    }

    static inline TemporaryDirectory* s_scratch = nullptr;
    TemporaryDirectory m_scratch;
    std::filesystem::path m_data;
};

TEST_F(ServerModelCommandsTest, TrainPrintsWhatItTrainedAndRegistersIt) {
    const CommandResult result = run("train", {"--label", "first run"});
    ASSERT_EQ(result.exitCode, 0) << result.standardError;
    const auto summary = nlohmann::json::parse(result.standardOutput);
    EXPECT_EQ(summary["model"], "default");
    EXPECT_EQ(summary["version"], 1);
    EXPECT_EQ(summary["stage"], "None");
    EXPECT_EQ(summary["events"], kDataset.events);
    EXPECT_THAT(summary["algorithm"].get<std::string>(), StartsWith("ease:lambda="));
    // training.algorithm is auto: the summary says why EASE was chosen.
    EXPECT_THAT(summary["algorithm_choice"].get<std::string>(),
                HasSubstr(std::to_string(kDataset.items) + " items"));
    EXPECT_EQ(summary["metrics"]["k"], 10);
    for (const char* metric : {"precision@10", "recall@10", "ndcg@10", "map@10", "coverage@10"}) {
        const double value = summary["metrics"]["overall"][metric].get<double>();
        EXPECT_GE(value, 0.0) << metric;
        EXPECT_LE(value, 1.0) << metric;
    }
    EXPECT_GT(summary["metrics"]["overall"]["ndcg@10"].get<double>(), 0.0);
    EXPECT_EQ(summary["dataset"]["users"], kDataset.users);
    EXPECT_GT(summary["dataset"]["interactions"].get<int>(), 0);
    for (const char* phase : {"read", "evaluate", "train", "total"}) {
        EXPECT_GE(summary["duration_seconds"][phase].get<double>(), 0.0) << phase;
    }
    EXPECT_EQ(registered(), std::vector<std::string>{"1|None"});
    EXPECT_EQ(sqliteRows(databaseOf(data()), "SELECT label, created_by FROM model_versions"),
              std::vector<std::string>{"first run|recopsd train"});
    EXPECT_TRUE(
        std::filesystem::is_regular_file(data() / "models" / "default" / "1" / "manifest.json"));
}

TEST_F(ServerModelCommandsTest, ANamedAlgorithmTakesParametersAndNeedsNoChoice) {
    const CommandResult result =
        run("train", {"--algorithm", "als", "--param", "factors=8", "--param", "iterations=2"});
    ASSERT_EQ(result.exitCode, 0) << result.standardError;
    const auto summary = nlohmann::json::parse(result.standardOutput);
    const std::string algorithm = summary["algorithm"].get<std::string>();
    EXPECT_THAT(algorithm, StartsWith("als:"));
    EXPECT_THAT(algorithm, HasSubstr("factors=8"));
    EXPECT_THAT(algorithm, HasSubstr("iterations=2"));
    EXPECT_TRUE(summary["algorithm_choice"].is_null());
    EXPECT_EQ(sqliteRows(databaseOf(data()), "SELECT algorithm FROM model_versions"),
              std::vector<std::string>{algorithm});
}

TEST_F(ServerModelCommandsTest, StageMovesTheNewVersionAndProductionArchivesTheOldOne) {
    ASSERT_EQ(run("train", {"--stage", "production"}).exitCode, 0);
    const CommandResult staged = run("train", {"--stage", "Staging"});
    ASSERT_EQ(staged.exitCode, 0) << staged.standardError;
    EXPECT_EQ(nlohmann::json::parse(staged.standardOutput)["stage"], "Staging");
    ASSERT_EQ(run("train", {"--stage", "production"}).exitCode, 0);
    EXPECT_EQ(registered(), (std::vector<std::string>{"1|Archived", "2|Staging", "3|Production"}));
    EXPECT_NE(run("train", {"--stage", "archived"}).exitCode, 0)
        << "only staging and production can be asked for";
}

TEST_F(ServerModelCommandsTest, AVersionTheGatesRefuseIsRegisteredButKeptOutOfTheStage) {
    const CommandResult refused =
        run("train", {"--stage", "production", "--algorithm", "popularity"});
    EXPECT_EQ(refused.exitCode, 3) << refused.standardError;
    const nlohmann::json summary = nlohmann::json::parse(refused.standardOutput);
    EXPECT_EQ(summary["stage"], "None");
    EXPECT_FALSE(summary["gates"].empty());
    EXPECT_EQ(registered(), std::vector<std::string>{"1|None"});

    const CommandResult forced = run("train", {"--stage", "production", "--algorithm", "popularity",
                                               "--force", "--comment", "a drill"});
    ASSERT_EQ(forced.exitCode, 0) << forced.standardError;
    EXPECT_EQ(registered(), (std::vector<std::string>{"1|None", "2|Production"}));
}

TEST_F(ServerModelCommandsTest, ParametersWithoutAnAlgorithmAreRefused) {
    const CommandResult result = run("train", {"--param", "lambda=100"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(lastError(result),
                StartsWith("recopsd: parameters need a named algorithm (one of "));
    EXPECT_THAT(lastError(result), HasSubstr("without one the algorithm is chosen from the data"));
    EXPECT_TRUE(registered().empty());
}

TEST_F(ServerModelCommandsTest, BadAlgorithmsParametersAndTimesAreRefused) {
    const CommandResult unknown = run("train", {"--algorithm", "deep-magic"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_THAT(lastError(unknown), HasSubstr("deep-magic"));

    const CommandResult malformed = run("train", {"--algorithm", "ease", "--param", "lambda"});
    EXPECT_EQ(malformed.exitCode, 1);
    EXPECT_EQ(lastError(malformed), "recopsd: --param \"lambda\" is not KEY=VALUE\n");

    const CommandResult badTime = run("train", {"--since", "last week"});
    EXPECT_EQ(badTime.exitCode, 1);
    EXPECT_EQ(lastError(badTime),
              "recopsd: --since \"last week\" is not an RFC 3339 time such as "
              "2026-03-01T00:00:00Z\n");
    EXPECT_TRUE(registered().empty());
}

TEST_F(ServerModelCommandsTest, AWindowWithoutEventsIsRefused) {
    const CommandResult result =
        run("train", {"--since", "1990-01-01T00:00:00Z", "--until", "1990-02-01T00:00:00Z"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(lastError(result), "recopsd: no events to train on in the requested window\n");
    EXPECT_TRUE(registered().empty());
}

TEST_F(ServerModelCommandsTest, TheWindowBoundsTheEventsRead) {
    const auto database = databaseOf(data());
    const std::string seconds = sqliteRows(database,
                                           "SELECT occurred_at_ms / 1000 FROM events "
                                           "ORDER BY occurred_at_ms LIMIT 1 OFFSET 3000")
                                    .at(0);
    const std::string since =
        sqliteRows(database, "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', " + seconds + ", 'unixepoch')")
            .at(0);
    const CommandResult result = run("train", {"--since", since, "--algorithm", "popularity"});
    ASSERT_EQ(result.exitCode, 0) << result.standardError;
    const auto summary = nlohmann::json::parse(result.standardOutput);
    EXPECT_EQ(std::to_string(summary["events"].get<int>()),
              sqliteRows(database,
                         "SELECT count(*) FROM events WHERE occurred_at_ms >= " + seconds + "000")
                  .at(0));
    EXPECT_LT(summary["events"].get<std::size_t>(), kDataset.events);
    EXPECT_EQ(sqliteRows(database, "SELECT 1 FROM model_versions").size(), 1u);
}

TEST_F(ServerModelCommandsTest, EvaluateReportsWithoutRegistering) {
    const CommandResult result = run("evaluate", {"--algorithm", "ease:lambda=100"});
    ASSERT_EQ(result.exitCode, 0) << result.standardError;
    const auto summary = nlohmann::json::parse(result.standardOutput);
    EXPECT_TRUE(summary["version"].is_null());
    EXPECT_EQ(summary["dry_run"], true);
    EXPECT_THAT(summary["algorithm"].get<std::string>(), HasSubstr("lambda=100"));
    EXPECT_GT(summary["metrics"]["overall"]["ndcg@10"].get<double>(), 0.0);
    EXPECT_TRUE(summary["metrics"]["cohorts"].contains("new_users"));
    EXPECT_EQ(summary["duration_seconds"]["train"], 0.0) << "no final fit";
    EXPECT_TRUE(registered().empty());
    EXPECT_FALSE(std::filesystem::exists(data() / "models" / "default" / "1"));
}

TEST_F(ServerModelCommandsTest, TrainingWithoutEventsIsRefused) {
    TemporaryDirectory empty;
    const CommandResult result = runRecopsd({"train", "--data-dir", (empty / "data").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(lastError(result), "recopsd: no events to train on in the requested window\n");
}

}  // namespace
}  // namespace recops::testing
