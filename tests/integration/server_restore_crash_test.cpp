// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// A restore killed (kill -9) at each step between staging and switching, in the server and in
// `recopsd restore`: the data directory must hold the old state whole or, once the restore
// was committed, be finished by the next start. backup.restore_halt_at makes each moment
// reachable: the restore stops there and waits to be killed.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/operations_api.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <csignal>
#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

constexpr std::string_view kHalted = "restore halted";

class RestoreCrashTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_admin = createToken(data(), "admin", "root");
        fs::create_directories(models() / "als" / "4");
        m_scratch.write("data/models/als/4/factors.bin", std::string(80'000, 'f'));
        m_scratch.write("data/models/als/4/manifest.json", R"({"version": 4})");
    }

    /// What changes after the backup: a token and a model version.
    void diverge() {
        m_lateToken = createToken(data(), "operator", "after the backup");
        fs::create_directories(models() / "als" / "5");
        m_scratch.write("data/models/als/5/factors.bin", "version 5");
    }

    fs::path data() const { return m_scratch / "data"; }
    fs::path models() const { return data() / "models"; }
    bool journalExists() const { return fs::exists(data() / ".restore" / "journal.json"); }

    /// `recopsd backup` with the server down, then diverge(): returns the backup's directory.
    std::string backUpOfflineThenDiverge() {
        const CommandResult backup = runRecopsd({"backup", "--data-dir", data().string()});
        EXPECT_EQ(backup.exitCode, 0) << backup.standardError;
        m_modelsAtBackup = treeContents(models());
        diverge();
        m_modelsDiverged = treeContents(models());
        return backup.standardOutput.substr(0, backup.standardOutput.find('\n'));
    }

    /// Starts `recopsd restore` of @p directory halting at @p step, waits until it halted,
    /// and kills it; returns its exit status.
    std::optional<int> killCommandLineRestoreAt(const std::string& directory,
                                                const std::string& step) {
        const fs::path standardError = m_scratch / "restore.stderr";
        const pid_t restore =
            spawnProcess(RecopsdProcess::binary(),
                         {"restore", directory, "--data-dir", data().string(), "--set",
                          "backup.restore_halt_at=" + step},
                         {}, ChildOutput{{}, m_scratch / "restore.stdout", -1, standardError});
        const bool halted =
            waitUntil([&] { return readFile(standardError).find(kHalted) != std::string::npos; });
        EXPECT_TRUE(halted) << readFile(standardError);
        kill(restore, SIGKILL);
        return waitForChild(restore, std::chrono::seconds(10));
    }

    /// Starts a server on the data as a crash left it, and checks what it serves.
    void expectAfterRestart(bool restored) {
        RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});
        EXPECT_FALSE(fs::exists(data() / ".restore"));
        EXPECT_EQ(getWithToken(recopsd.url(), m_lateToken, "/api/v1/whoami").status,
                  restored ? 401u : 200u);
        EXPECT_EQ(treeContents(models()), restored ? m_modelsAtBackup : m_modelsDiverged);
        EXPECT_EQ(getWithToken(recopsd.url(), m_admin, "/api/v1/tokens").json()["tokens"].size(),
                  restored ? 1u : 2u);
        EXPECT_THAT(recopsd.standardError(),
                    HasSubstr(restored ? "finished a restore that was interrupted"
                                       : "discarded a restore that was staged but not committed"));
        EXPECT_EQ(recopsd.stop(), 0);
    }

    TemporaryDirectory m_scratch;
    std::string m_admin;
    std::string m_lateToken;
    std::map<std::string, std::string> m_modelsAtBackup;
    std::map<std::string, std::string> m_modelsDiverged;
};

struct HaltCase {
    std::string step;
    bool committed;
};

class ServerRestoreCrashTest : public RestoreCrashTest,
                               public ::testing::WithParamInterface<HaltCase> {};

TEST_P(ServerRestoreCrashTest, AKillAtThisStepLeavesAWholeStateAndTheNextStartRecovers) {
    const HaltCase& halt = GetParam();
    {
        RecopsdProcess recopsd(
            RecopsdOptions{.dataDirectory = data(),
                           .arguments = {"--set", "backup.restore_halt_at=" + halt.step}});
        const nlohmann::json backup = makeBackup(recopsd.url(), m_admin);
        ASSERT_EQ(backup["status"], "succeeded");
        m_modelsAtBackup = treeContents(models());
        diverge();
        m_modelsDiverged = treeContents(models());

        ASSERT_EQ(confirmRestore(recopsd.url(), m_admin, backup["id"]).status, 202u);
        ASSERT_TRUE(waitUntil([&] {
            return recopsd.standardError().find(kHalted) != std::string::npos;
        })) << recopsd.standardError();
        EXPECT_EQ(recopsd.stop(SIGKILL), 128 + SIGKILL);
    }
    EXPECT_EQ(journalExists(), halt.committed);
    if (halt.step == "models-switched") {
        // Half switched: the models are the backup's, the database still the old one.
        EXPECT_EQ(treeContents(models()), m_modelsAtBackup);
    } else {
        EXPECT_EQ(treeContents(models()), m_modelsDiverged);
    }
    expectAfterRestart(halt.committed);
}

INSTANTIATE_TEST_SUITE_P(EveryStep, ServerRestoreCrashTest,
                         ::testing::Values(HaltCase{"staged", false}, HaltCase{"committed", true},
                                           HaltCase{"models-switched", true}),
                         [](const auto& info) {
                             std::string name = info.param.step;
                             std::erase(name, '-');
                             return name;
                         });

TEST_F(RestoreCrashTest, TheAuditLogOfAnInterruptedRestoreSurvivesItsRecovery) {
    {
        RecopsdProcess recopsd(RecopsdOptions{
            .dataDirectory = data(), .arguments = {"--set", "backup.restore_halt_at=committed"}});
        const nlohmann::json backup = makeBackup(recopsd.url(), m_admin);
        ASSERT_EQ(confirmRestore(recopsd.url(), m_admin, backup["id"]).status, 202u);
        ASSERT_TRUE(
            waitUntil([&] { return recopsd.standardError().find(kHalted) != std::string::npos; }));
        recopsd.stop(SIGKILL);
    }
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});
    // Recorded after the snapshot, carried into the restored database.
    const nlohmann::json entries =
        getWithToken(recopsd.url(), m_admin, "/api/v1/audit?action=backup.restore")
            .json()["entries"];
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["outcome"], "success");
    EXPECT_EQ(entries[0]["status"], 202);
}

TEST_F(RestoreCrashTest, WhileARestoreRunsOtherJobsQueueAndDuplicatesAreRefused) {
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data(),
                                          .arguments = {"--set", "backup.restore_halt_at=staged"}});
    const std::string& url = recopsd.url();
    const std::string id = makeBackup(url, m_admin)["id"];
    ASSERT_EQ(confirmRestore(url, m_admin, id).status, 202u);
    ASSERT_TRUE(
        waitUntil([&] { return recopsd.standardError().find(kHalted) != std::string::npos; }));

    // The backup thread is busy: the next backup queues, a second one is refused.
    const HttpResponse queued = postJson(url, m_admin, "/api/v1/backups");
    ASSERT_EQ(queued.status, 202u);
    EXPECT_EQ(queued.json()["status"], "queued");
    const std::string queuedId = queued.json()["id"];
    const HttpResponse again = postJson(url, m_admin, "/api/v1/backups");
    EXPECT_EQ(again.status, 409u);
    EXPECT_EQ(again.json()["detail"], "backup " + queuedId +
                                          " is already queued; follow it at "
                                          "/api/v1/backups/" +
                                          queuedId);
    const HttpResponse early = postJson(url, m_admin, "/api/v1/backups/" + queuedId + "/verify");
    EXPECT_EQ(early.status, 409u);
    EXPECT_EQ(early.json()["detail"],
              "backup " + queuedId + " is still queued; verify it once it succeeded");

    const HttpResponse secondRestore = confirmRestore(url, m_admin, id);
    EXPECT_EQ(secondRestore.status, 409u);
    EXPECT_EQ(secondRestore.json()["detail"],
              "a restore from backup " + id + " is already running");
    const nlohmann::json running = getWithToken(url, m_admin, "/api/v1/backups/" + id).json();
    EXPECT_EQ(running["restore"]["status"], "running");

    ASSERT_TRUE(postJson(url, m_admin, "/api/v1/backups/" + id + "/verify").status == 202u);
    EXPECT_EQ(postJson(url, m_admin, "/api/v1/backups/" + id + "/verify").status, 409u);
    // A stop unblocks the halted restore; it leaves the staging as a crash would.
    EXPECT_EQ(recopsd.stop(), 0);
    EXPECT_TRUE(fs::exists(data() / ".restore"));
    EXPECT_FALSE(journalExists());
}

TEST_F(RestoreCrashTest, ACommandLineRestoreKilledAfterItsCommitIsFinishedByTheNextStart) {
    const std::string directory = backUpOfflineThenDiverge();
    EXPECT_EQ(killCommandLineRestoreAt(directory, "committed"), 128 + SIGKILL);
    EXPECT_TRUE(journalExists());
    // Writing beside the server would write into a database the next start replaces.
    const CommandResult token = runRecopsd({"token", "list", "--data-dir", data().string()});
    EXPECT_EQ(token.exitCode, 1);
    EXPECT_THAT(token.standardError, HasSubstr("was interrupted and is not finished"));
    expectAfterRestart(true);
}

TEST_F(RestoreCrashTest, ACommandLineRestoreKilledBeforeItsCommitLeavesTheOldState) {
    const std::string directory = backUpOfflineThenDiverge();
    EXPECT_EQ(killCommandLineRestoreAt(directory, "staged"), 128 + SIGKILL);
    EXPECT_TRUE(fs::exists(data() / ".restore"));
    EXPECT_FALSE(journalExists());
    EXPECT_EQ(runRecopsd({"token", "list", "--data-dir", data().string()}).exitCode, 0);
    expectAfterRestart(false);
}

}  // namespace
}  // namespace recops::testing
