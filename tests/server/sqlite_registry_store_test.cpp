// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_registry_store.h"

#include "server/support/migrated_database.h"
#include "store/store_error.h"

#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>

namespace recops::store {
namespace {

using testing::MigratedDatabase;

const std::string kDigest(64, 'a');

class SqliteRegistryStoreTest : public ::testing::Test {
protected:
    int registerVersion(const std::string& model = "default", const std::string& label = "") {
        return m_registry
            .registerVersion(
                NewModelVersion{model, "ease:lambda=250", label, R"({"ndcg@10":0.4})", "tester"},
                [](int) { return kDigest; })
            .version;
    }

    StageChangeResult move(int version, ModelStage stage,
                           std::optional<int> expectedProduction = std::nullopt,
                           const std::string& model = "default") {
        StageChangeRequest request;
        request.model = model;
        request.version = version;
        request.toStage = stage;
        request.expectedProduction = expectedProduction;
        request.actor = "tester";
        request.comment = "moved to " + std::string(stageName(stage));
        return m_registry.changeStage(request);
    }

    ModelStage stageOf(int version) { return m_registry.version("default", version)->stage; }

    MigratedDatabase m_database;
    SqliteRegistryStore m_registry{m_database.committer, m_database.readers};
};

TEST_F(SqliteRegistryStoreTest, RegistrationNumbersVersionsFromOnePerModel) {
    std::vector<int> numbersSeen;
    const ModelVersionRecord first = m_registry.registerVersion(
        NewModelVersion{"default", "ease:lambda=250", "first", R"({"k":10})", "tester"},
        [&](int number) {
            numbersSeen.push_back(number);
            return kDigest;
        });
    EXPECT_EQ(first.version, 1);
    EXPECT_EQ(numbersSeen, std::vector<int>{1}) << "the artifacts are placed under the number";
    EXPECT_EQ(first.model, "default");
    EXPECT_EQ(first.stage, ModelStage::None);
    EXPECT_EQ(first.algorithm, "ease:lambda=250");
    EXPECT_EQ(first.label, "first");
    EXPECT_EQ(first.manifestSha256, kDigest);
    EXPECT_EQ(first.metricsJson, R"({"k":10})");
    EXPECT_EQ(first.createdBy, "tester");
    EXPECT_GT(first.createdAtMs, 0);
    EXPECT_FALSE(first.everProduction);
    EXPECT_TRUE(first.aliases.empty());

    EXPECT_EQ(registerVersion(), 2);
    EXPECT_EQ(registerVersion("other"), 1);
    const auto models = m_registry.models();
    ASSERT_EQ(models.size(), 2u);
    EXPECT_EQ(models[0].name, "default");
    EXPECT_EQ(models[0].latestVersion, 2);
    EXPECT_FALSE(models[0].productionVersion);
    EXPECT_EQ(models[1].name, "other");
}

TEST_F(SqliteRegistryStoreTest, AFailedPlacementRegistersNothing) {
    EXPECT_THROW(m_registry.registerVersion(
                     NewModelVersion{"default", "ease", "", "{}", "tester"},
                     [](int) -> std::string { throw std::runtime_error("disk full"); }),
                 std::runtime_error);
    EXPECT_TRUE(m_registry.models().empty());
    EXPECT_TRUE(m_registry.history("default", 10).empty());
    EXPECT_EQ(registerVersion(), 1);
}

TEST_F(SqliteRegistryStoreTest, VersionsAreListedNewestFirst) {
    registerVersion("default", "one");
    registerVersion("default", "two");
    registerVersion("default", "three");
    const auto versions = m_registry.versions("default");
    ASSERT_EQ(versions.size(), 3u);
    EXPECT_EQ(versions[0].label, "three");
    EXPECT_EQ(versions[2].label, "one");
    EXPECT_TRUE(m_registry.versions("nothing").empty());
    EXPECT_FALSE(m_registry.version("default", 4));
}

TEST_F(SqliteRegistryStoreTest, ANumberIsNeverReusedAfterADelete) {
    registerVersion();
    registerVersion();
    registerVersion();
    ASSERT_TRUE(m_registry.deleteVersion("default", 3, "tester", "a bad run"));
    EXPECT_FALSE(m_registry.version("default", 3));
    EXPECT_EQ(registerVersion(), 4);
    // Even when the deleted version was the only one.
    registerVersion("lonely");
    ASSERT_TRUE(m_registry.deleteVersion("lonely", 1, "tester", "gone"));
    EXPECT_EQ(registerVersion("lonely"), 2);
}

TEST_F(SqliteRegistryStoreTest, StageChangesAreAppliedAndReported) {
    registerVersion();
    const StageChangeResult staged = move(1, ModelStage::Staging);
    EXPECT_EQ(staged.outcome, StageChangeOutcome::Applied);
    ASSERT_TRUE(staged.version);
    EXPECT_EQ(staged.version->stage, ModelStage::Staging);
    EXPECT_FALSE(staged.archivedProduction);
    EXPECT_EQ(stageOf(1), ModelStage::Staging);

    EXPECT_EQ(move(1, ModelStage::Staging).outcome, StageChangeOutcome::Unchanged);
    EXPECT_EQ(move(9, ModelStage::Staging).outcome, StageChangeOutcome::NotFound);
    EXPECT_EQ(move(1, ModelStage::Staging, std::nullopt, "nothing").outcome,
              StageChangeOutcome::NotFound);
}

TEST_F(SqliteRegistryStoreTest, PromotingArchivesThePreviousProduction) {
    registerVersion();
    registerVersion();
    const StageChangeResult first = move(1, ModelStage::Production);
    ASSERT_EQ(first.outcome, StageChangeOutcome::Applied);
    EXPECT_TRUE(first.version->everProduction);
    EXPECT_FALSE(first.archivedProduction);
    EXPECT_EQ(m_registry.production("default")->version, 1);

    const StageChangeResult second = move(2, ModelStage::Production, 1);
    ASSERT_EQ(second.outcome, StageChangeOutcome::Applied);
    EXPECT_EQ(second.archivedProduction, 1);
    EXPECT_EQ(stageOf(1), ModelStage::Archived);
    EXPECT_TRUE(m_registry.version("default", 1)->everProduction);
    EXPECT_EQ(m_registry.production("default")->version, 2);
    EXPECT_EQ(m_registry.models()[0].productionVersion, 2);
}

TEST_F(SqliteRegistryStoreTest, APromotionDecidedOnAStaleProductionIsAConflict) {
    registerVersion();
    registerVersion();
    registerVersion();
    ASSERT_EQ(move(1, ModelStage::Production).outcome, StageChangeOutcome::Applied);
    // Two operators compared against version 1; the first promotion wins.
    ASSERT_EQ(move(2, ModelStage::Production, 1).outcome, StageChangeOutcome::Applied);
    const StageChangeResult late = move(3, ModelStage::Production, 1);
    EXPECT_EQ(late.outcome, StageChangeOutcome::Conflict);
    EXPECT_EQ(late.currentProduction, 2);
    EXPECT_FALSE(late.version);
    EXPECT_EQ(stageOf(3), ModelStage::None);
    EXPECT_EQ(m_registry.production("default")->version, 2);

    // Expecting none while there is one conflicts too.
    EXPECT_EQ(move(3, ModelStage::Production).outcome, StageChangeOutcome::Conflict);
}

TEST_F(SqliteRegistryStoreTest, TheDatabaseItselfRefusesASecondProduction) {
    registerVersion();
    registerVersion();
    ASSERT_EQ(move(1, ModelStage::Production).outcome, StageChangeOutcome::Applied);
    // Whatever a buggy caller or a hand-written UPDATE does, the partial unique index holds.
    SqliteConnection connection(m_database.file, OpenMode::ReadWrite);
    EXPECT_THROW(connection.execute("UPDATE model_versions SET stage = 'Production' "
                                    "WHERE model = 'default' AND version = 2"),
                 StoreError);
    EXPECT_EQ(
        connection.queryInteger("SELECT count(*) FROM model_versions WHERE stage = 'Production'"),
        1);
    // Another model may have its own.
    registerVersion("other");
    EXPECT_EQ(move(1, ModelStage::Production, std::nullopt, "other").outcome,
              StageChangeOutcome::Applied);
}

TEST_F(SqliteRegistryStoreTest, AliasesPointAtVersionsAndMove) {
    registerVersion();
    registerVersion();
    EXPECT_EQ(m_registry.setAlias("default", "champion", 1, "tester", "best so far"),
              AliasOutcome::Set);
    EXPECT_EQ(m_registry.setAlias("default", "champion", 1, "tester", "again"),
              AliasOutcome::Unchanged);
    EXPECT_EQ(m_registry.setAlias("default", "challenger", 1, "tester", ""), AliasOutcome::Set);
    EXPECT_EQ(m_registry.resolveAlias("default", "champion"), 1);
    EXPECT_EQ(m_registry.version("default", 1)->aliases,
              (std::vector<std::string>{"challenger", "champion"}));

    EXPECT_EQ(m_registry.setAlias("default", "champion", 2, "tester", "moved"), AliasOutcome::Set);
    EXPECT_EQ(m_registry.resolveAlias("default", "champion"), 2);
    EXPECT_EQ(m_registry.version("default", 1)->aliases, std::vector<std::string>{"challenger"});
    EXPECT_EQ(m_registry.setAlias("default", "x", 7, "tester", ""), AliasOutcome::VersionNotFound);

    EXPECT_TRUE(m_registry.removeAlias("default", "champion", "tester", "retired"));
    EXPECT_FALSE(m_registry.removeAlias("default", "champion", "tester", "again"));
    EXPECT_FALSE(m_registry.resolveAlias("default", "champion"));
    EXPECT_FALSE(m_registry.resolveAlias("other", "challenger"));
}

TEST_F(SqliteRegistryStoreTest, HistoryRecordsEveryChangeNewestFirst) {
    registerVersion("default", "the label");
    registerVersion();
    move(1, ModelStage::Production);
    {
        StageChangeRequest request;
        request.model = "default";
        request.version = 2;
        request.toStage = ModelStage::Production;
        request.expectedProduction = 1;
        request.actor = "alice";
        request.comment = "better NDCG";
        request.gatesJson = R"([{"gate":"ndcg","passed":false}])";
        request.forced = true;
        ASSERT_EQ(m_registry.changeStage(request).outcome, StageChangeOutcome::Applied);
    }
    m_registry.setAlias("default", "champion", 2, "bob", "");
    m_registry.removeAlias("default", "champion", "bob", "done");

    const auto history = m_registry.history("default", 100);
    ASSERT_EQ(history.size(), 7u);
    EXPECT_EQ(history[0].kind, RegistryChangeKind::AliasRemoved);
    EXPECT_EQ(history[0].alias, "champion");
    EXPECT_EQ(history[0].version, 2);
    EXPECT_EQ(history[0].comment, "done");
    EXPECT_EQ(history[1].kind, RegistryChangeKind::AliasSet);
    // The promotion of 2 and the archiving of 1 it caused.
    EXPECT_EQ(history[2].kind, RegistryChangeKind::Stage);
    EXPECT_EQ(history[2].version, 2);
    EXPECT_EQ(history[2].fromStage, ModelStage::None);
    EXPECT_EQ(history[2].toStage, ModelStage::Production);
    EXPECT_EQ(history[2].actor, "alice");
    EXPECT_EQ(history[2].comment, "better NDCG");
    EXPECT_EQ(history[2].gatesJson, R"([{"gate":"ndcg","passed":false}])");
    EXPECT_TRUE(history[2].forced);
    EXPECT_EQ(history[3].version, 1);
    EXPECT_EQ(history[3].fromStage, ModelStage::Production);
    EXPECT_EQ(history[3].toStage, ModelStage::Archived);
    EXPECT_EQ(history[3].comment, "replaced in Production by version 2");
    EXPECT_EQ(history[4].toStage, ModelStage::Production);
    EXPECT_FALSE(history[4].forced);
    EXPECT_EQ(history[6].kind, RegistryChangeKind::Registered);
    EXPECT_EQ(history[6].version, 1);
    EXPECT_EQ(history[6].comment, "the label");
    EXPECT_EQ(history[6].actor, "tester");
    for (std::size_t index = 1; index < history.size(); ++index) {
        EXPECT_GT(history[index - 1].id, history[index].id);
        EXPECT_GE(history[index - 1].atMs, history[index].atMs);
    }

    const auto newest = m_registry.history("default", 2);
    ASSERT_EQ(newest.size(), 2u);
    EXPECT_EQ(newest[0].id, history[0].id);
    EXPECT_TRUE(m_registry.history("other", 10).empty());
}

TEST_F(SqliteRegistryStoreTest, VersionsThatWereEverInProductionAreNeverDeleted) {
    registerVersion();  // 1: Production, then Archived
    registerVersion();  // 2: Production
    registerVersion();  // 3: Staging
    registerVersion();  // 4: None, aliased
    registerVersion();  // 5: Archived without ever serving
    move(1, ModelStage::Production);
    move(2, ModelStage::Production, 1);
    move(3, ModelStage::Staging);
    move(5, ModelStage::Archived);
    m_registry.setAlias("default", "candidate", 4, "tester", "");

    EXPECT_FALSE(m_registry.deleteVersion("default", 1, "tester", "tidy up"));
    EXPECT_FALSE(m_registry.deleteVersion("default", 2, "tester", "tidy up"));
    EXPECT_FALSE(m_registry.deleteVersion("default", 3, "tester", "tidy up"));
    EXPECT_FALSE(m_registry.deleteVersion("default", 9, "tester", "tidy up"));
    EXPECT_TRUE(m_registry.version("default", 1));

    EXPECT_TRUE(m_registry.deleteVersion("default", 5, "tester", "never used"));
    EXPECT_TRUE(m_registry.deleteVersion("default", 4, "tester", "superseded"));
    EXPECT_FALSE(m_registry.resolveAlias("default", "candidate")) << "its alias went with it";
    const auto history = m_registry.history("default", 1);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].kind, RegistryChangeKind::Deleted);
    EXPECT_EQ(history[0].version, 4);
    EXPECT_EQ(history[0].fromStage, ModelStage::None);
    EXPECT_EQ(history[0].comment, "superseded");
}

}  // namespace
}  // namespace recops::store
