// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The switch from live data to a staged restore, and recovery from a crash at each of its
// steps: what the data directory holds after recover() must be the old state whole (before
// the commit) or the restored state whole (after it).
#include "backup/restore_switch.h"

#include "backup/backup_error.h"
#include "common/digest.h"
#include "server/support/temporary_directory.h"
#include "store/sqlite_storage.h"

#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::backup {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using Outcome = RestoreRecovery::Outcome;

store::TokenRecord token(const std::string& id) {
    store::TokenRecord record;
    record.id = id;
    record.name = id;
    record.digest = common::sha256(id);
    return record;
}

std::vector<std::string> tokenIds(store::Storage& storage) {
    std::vector<std::string> ids;
    for (const auto& record : storage.tokens().list()) {
        ids.push_back(record.id);
    }
    return ids;
}

std::vector<std::string> filesIn(const fs::path& directory) {
    std::vector<std::string> names;
    for (const auto& entry : fs::recursive_directory_iterator(directory)) {
        if (entry.is_regular_file()) {
            names.push_back(fs::relative(entry.path(), directory).generic_string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

class RestoreSwitchTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_live.tokens().insert(token("00000000000000aa")));
        fs::create_directories(data() / "models" / "old" / "1");
        m_scratch.write("data/models/old/1/weights.bin", "old weights");

        // What the backup holds: another database with another token, another models tree.
        store::SqliteStorage other(store::SqliteOptions{m_scratch / "other.db", 1000});
        ASSERT_TRUE(other.tokens().insert(token("00000000000000bb")));
        fs::create_directories(m_switch.stagingDirectory());
        other.snapshots().snapshotTo(m_switch.stagingDirectory() / "database.sqlite");
        m_live.snapshots().prepareReplacement(m_switch.stagingDirectory() / "database.sqlite");
        fs::create_directories(m_switch.stagingDirectory() / "models" / "new" / "2");
        m_scratch.write("data/.restore/models/new/2/weights.bin", "new weights");
    }

    fs::path data() const { return m_scratch / "data"; }

    void expectRestored() {
        EXPECT_THAT(tokenIds(m_live), ElementsAre("00000000000000bb"));
        EXPECT_THAT(filesIn(data() / "models"), ElementsAre("new/2/weights.bin"));
        EXPECT_FALSE(fs::exists(m_switch.stagingDirectory()));
        EXPECT_FALSE(isRestoreCommitted(data()));
    }

    void expectUntouched() {
        EXPECT_THAT(tokenIds(m_live), ElementsAre("00000000000000aa"));
        EXPECT_THAT(filesIn(data() / "models"), ElementsAre("old/1/weights.bin"));
    }

    testing::TemporaryDirectory m_scratch;
    bool m_madeData = fs::create_directories(m_scratch / "data");
    store::SqliteStorage m_live{store::SqliteOptions{m_scratch / "data" / "recops.db", 1000}};
    RestoreSwitch m_switch{m_scratch / "data", m_live.snapshots()};
};

TEST_F(RestoreSwitchTest, CommitThenApplySwitchesBothAndCleansUp) {
    m_switch.commit("20260301T120000.000Z-1a2b3c4d");
    EXPECT_TRUE(isRestoreCommitted(data()));
    std::vector<RestoreStep> steps;
    m_switch.apply([&](RestoreStep step) { steps.push_back(step); });
    EXPECT_THAT(steps, ElementsAre(RestoreStep::ModelsSwitched));
    expectRestored();
}

TEST_F(RestoreSwitchTest, ACrashBeforeTheCommitLeavesTheOldStateAndRecoveryDiscardsTheStaging) {
    const RestoreRecovery recovery = m_switch.recover();
    EXPECT_EQ(recovery.outcome, Outcome::DiscardedUncommitted);
    EXPECT_FALSE(fs::exists(m_switch.stagingDirectory()));
    expectUntouched();
}

TEST_F(RestoreSwitchTest, ACrashRightAfterTheCommitIsFinishedByRecovery) {
    m_switch.commit("20260301T120000.000Z-1a2b3c4d");
    expectUntouched();
    const RestoreRecovery recovery = RestoreSwitch(data(), m_live.snapshots()).recover();
    EXPECT_EQ(recovery.outcome, Outcome::FinishedCommitted);
    EXPECT_EQ(recovery.backupId, "20260301T120000.000Z-1a2b3c4d");
    expectRestored();
}

TEST_F(RestoreSwitchTest, ACrashBetweenTheTwoModelRenamesIsFinishedByRecovery) {
    m_switch.commit("20260301T120000.000Z-1a2b3c4d");
    // The old tree moved aside, the staged one not yet in: no models directory at all.
    fs::rename(data() / "models", m_switch.stagingDirectory() / "replaced-models");
    EXPECT_EQ(m_switch.recover().outcome, Outcome::FinishedCommitted);
    expectRestored();
}

TEST_F(RestoreSwitchTest, ACrashAfterTheModelsSwitchedIsFinishedByRecovery) {
    m_switch.commit("20260301T120000.000Z-1a2b3c4d");
    fs::rename(data() / "models", m_switch.stagingDirectory() / "replaced-models");
    fs::rename(m_switch.stagingDirectory() / "models", data() / "models");
    EXPECT_THAT(tokenIds(m_live), ElementsAre("00000000000000aa"));
    EXPECT_EQ(m_switch.recover().outcome, Outcome::FinishedCommitted);
    expectRestored();
}

TEST_F(RestoreSwitchTest, FinishingTwiceIsHarmless) {
    m_switch.commit("20260301T120000.000Z-1a2b3c4d");
    EXPECT_EQ(m_switch.recover().outcome, Outcome::FinishedCommitted);
    EXPECT_EQ(m_switch.recover().outcome, Outcome::NothingPending);
    expectRestored();
}

TEST_F(RestoreSwitchTest, TheAuditLogSurvivesTheRestore) {
    const auto entry = [](const std::string& action) {
        store::AuditEntry audit;
        audit.action = action;
        audit.actorName = "alice";
        return audit;
    };
    m_live.audit().append(entry("token.create"));
    m_live.audit().append(entry("backup.restore"));
    m_switch.commit("20260301T120000.000Z-1a2b3c4d");
    m_switch.apply({});
    const auto entries = m_live.audit().query(store::AuditQuery{});
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].action, "backup.restore");
    EXPECT_EQ(entries[1].action, "token.create");
    // Ids keep increasing after the restore.
    EXPECT_GT(m_live.audit().append(entry("incident.create")), entries[0].id);
}

TEST_F(RestoreSwitchTest, ADamagedJournalStopsRecoveryRatherThanGuess) {
    m_switch.commit("20260301T120000.000Z-1a2b3c4d");
    m_scratch.write("data/.restore/journal.json", "{\"format\": \"something else\"}");
    EXPECT_THROW(m_switch.recover(), BackupError);
    expectUntouched();
}

TEST_F(RestoreSwitchTest, StepNamesRoundTrip) {
    for (RestoreStep step :
         {RestoreStep::Staged, RestoreStep::Committed, RestoreStep::ModelsSwitched}) {
        EXPECT_EQ(parseRestoreStep(restoreStepName(step)), step);
    }
    EXPECT_EQ(parseRestoreStep("never"), std::nullopt);
}

}  // namespace
}  // namespace recops::backup
