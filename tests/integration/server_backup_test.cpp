// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Backups against the real recopsd: backup, verify and restore while a client keeps writing;
// damaged archives and manifests refused with the live data untouched; metrics; the schedule
// and retention; and `recopsd backup` / `recopsd restore` beside (and without) a server.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/operations_api.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <atomic>
#include <filesystem>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

std::string randomBytes(std::size_t size, unsigned seed) {
    std::mt19937 generator(seed);
    std::string bytes(size, '\0');
    for (char& byte : bytes) {
        byte = static_cast<char>(generator() & 0xff);
    }
    return bytes;
}

/// The value of @p sample (name and labels, as exposed) in a Prometheus text scrape.
double metricValue(const std::string& scrape, const std::string& sample) {
    const auto line = scrape.find("\n" + sample + " ");
    if (line == std::string::npos) {
        return -1;
    }
    return std::stod(scrape.substr(line + sample.size() + 2));
}

std::set<std::string> tokenIds(const std::string& url, const std::string& admin) {
    std::set<std::string> ids;
    // Held in a local: a range-for keeps only the outermost temporary alive.
    const nlohmann::json tokens = getWithToken(url, admin, "/api/v1/tokens").json()["tokens"];
    for (const auto& token : tokens) {
        ids.insert(token["id"].get<std::string>());
    }
    return ids;
}

/// Creates viewer tokens over one keep-alive connection until stopped, and remembers the id
/// of every creation the server acknowledged, in order.
class TokenWriter {
public:
    TokenWriter(std::string url, std::string admin)
        : m_thread([this, url = std::move(url), admin = std::move(admin)](std::stop_token stop) {
            HttpConnection connection(url);
            while (!stop.stop_requested()) {
                const HttpResponse response = connection.request(
                    "POST", "/api/v1/tokens", {bearer(admin), {"Content-Type", "application/json"}},
                    R"({"role": "viewer", "name": "writer"})");
                std::lock_guard lock(m_mutex);
                if (response.status == 201) {
                    m_acknowledged.push_back(response.json()["id"].get<std::string>());
                } else {
                    m_failures.push_back(std::to_string(response.status) + " " + response.body);
                }
            }
        }) {}

    std::size_t acknowledged() {
        std::lock_guard lock(m_mutex);
        return m_acknowledged.size();
    }

    /// Stops writing; returns every acknowledged id, in order.
    std::vector<std::string> stop() {
        m_thread.request_stop();
        m_thread.join();
        return m_acknowledged;
    }

    std::vector<std::string> failures() {
        std::lock_guard lock(m_mutex);
        return m_failures;
    }

private:
    std::mutex m_mutex;
    std::vector<std::string> m_acknowledged;
    std::vector<std::string> m_failures;
    std::jthread m_thread;
};

class ServerBackupTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_admin = createToken(data(), "admin", "root");
        m_operator = createToken(data(), "operator", "console");
        m_viewer = createToken(data(), "viewer", "grafana");
        // The registry's tree as the backup sees it: opaque version directories.
        fs::create_directories(models() / "ease" / "1");
        fs::create_directories(models() / "ease" / "2");
        m_scratch.write("data/models/ease/1/weights.bin", randomBytes(300'000, 1));
        m_scratch.write("data/models/ease/1/manifest.json", R"({"version": 1})");
        m_scratch.write("data/models/ease/2/weights.bin", randomBytes(100'000, 2));
    }

    fs::path data() const { return m_scratch / "data"; }
    fs::path models() const { return data() / "models"; }
    fs::path backupDirectory(const std::string& id) const { return data() / "backups" / id; }

    TemporaryDirectory m_scratch;
    std::string m_admin;
    std::string m_operator;
    std::string m_viewer;
};

TEST_F(ServerBackupTest, BackupVerifyAndRestoreWhileAClientKeepsWriting) {
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});
    const std::string& url = recopsd.url();
    const auto modelsAtBackup = treeContents(models());
    TokenWriter writer(url, m_admin);
    ASSERT_TRUE(waitUntil([&] { return writer.acknowledged() >= 20; }));

    const std::size_t beforeBackup = writer.acknowledged();
    const nlohmann::json backup = makeBackup(url, m_operator);
    const std::size_t afterBackup = writer.acknowledged();
    ASSERT_EQ(backup["status"], "succeeded") << backup.dump();
    const std::string id = backup["id"];
    // A consistent snapshot of some moment between the request and the answer: the three
    // tokens from the start plus the writer's acknowledged so far.
    const auto snapshotTokens = backup["database"]["tables"]["tokens"].get<std::size_t>();
    EXPECT_GE(snapshotTokens, 3 + beforeBackup);
    EXPECT_LE(snapshotTokens, 3 + afterBackup);
    EXPECT_EQ(backup["model_files"], 3);
    EXPECT_EQ(backup["trigger"], "manual");
    EXPECT_EQ(backup["requested_by"]["name"], "console");
    EXPECT_TRUE(backup["within_rpo"].get<bool>());

    ASSERT_EQ(postJson(url, m_operator, "/api/v1/backups/" + id + "/verify").status, 202u);
    const nlohmann::json verified =
        waitForJson(url, m_viewer, "/api/v1/backups/" + id, [](const nlohmann::json& found) {
            return found["verification"]["status"] == "passed" ||
                   found["verification"]["status"] == "failed";
        });
    EXPECT_EQ(verified["verification"]["status"], "passed") << verified.dump();
    EXPECT_TRUE(verified["verification"]["problems"].empty());

    // After the backup: a new model version, one removed.
    fs::create_directories(models() / "ease" / "3");
    m_scratch.write("data/models/ease/3/weights.bin", randomBytes(50'000, 3));
    fs::remove_all(models() / "ease" / "1");
    ASSERT_TRUE(waitUntil([&] { return writer.acknowledged() >= afterBackup + 20; }));

    const std::size_t beforeRestore = writer.acknowledged();
    const HttpResponse confirmed = confirmRestore(url, m_admin, id);
    ASSERT_EQ(confirmed.status, 202u) << confirmed.body;
    EXPECT_EQ(confirmed.header("Location"), "/api/v1/backups/" + id);
    const nlohmann::json restore = waitForRestore(url, m_admin, id);
    ASSERT_EQ(restore["status"], "succeeded") << restore.dump();
    const std::size_t afterRestore = writer.acknowledged();
    ASSERT_TRUE(waitUntil([&] { return writer.acknowledged() >= afterRestore + 20; }));
    const std::vector<std::string> written = writer.stop();

    // The writer's connection stayed open through the switch and no write failed.
    EXPECT_TRUE(writer.failures().empty()) << ::testing::PrintToString(writer.failures());
    // The server serves the restored data: what existed at the snapshot, nothing written
    // between the snapshot and the restore, and what was written once the restore was done.
    const std::set<std::string> live = tokenIds(url, m_admin);
    for (std::size_t index = 0; index < beforeBackup; ++index) {
        EXPECT_TRUE(live.contains(written[index])) << "written before the backup: " << index;
    }
    for (std::size_t index = afterBackup; index < beforeRestore; ++index) {
        EXPECT_FALSE(live.contains(written[index])) << "written after the snapshot: " << index;
    }
    for (std::size_t index = afterRestore; index < written.size(); ++index) {
        EXPECT_TRUE(live.contains(written[index])) << "written after the restore: " << index;
    }
    EXPECT_EQ(treeContents(models()), modelsAtBackup);
    EXPECT_EQ(recopsd.stop(), 0);
}

TEST_F(ServerBackupTest, ADamagedArchiveIsRefusedByVerifyAndRestoreAndTheLiveDataStays) {
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});
    const std::string& url = recopsd.url();
    const std::string id = makeBackup(url, m_operator)["id"];
    flipByteInTheMiddle(backupDirectory(id) / "models" / "ease" / "1" / "weights.bin.zst");
    const std::string lateToken = createToken(data(), "viewer", "after the backup");
    ASSERT_TRUE(
        waitUntil([&] { return getWithToken(url, lateToken, "/api/v1/whoami").status == 200; }));
    const auto liveModels = treeContents(models());
    const auto liveTokens = tokenIds(url, m_admin);

    ASSERT_EQ(postJson(url, m_operator, "/api/v1/backups/" + id + "/verify").status, 202u);
    const nlohmann::json verified = waitForJson(
        url, m_viewer, "/api/v1/backups/" + id,
        [](const nlohmann::json& found) { return found["verification"]["status"] == "failed"; });
    ASSERT_FALSE(verified["verification"]["problems"].empty());
    EXPECT_THAT(verified["verification"]["problems"][0].get<std::string>(),
                HasSubstr("models/ease/1/weights.bin"));

    const HttpResponse confirmed = confirmRestore(url, m_admin, id);
    ASSERT_EQ(confirmed.status, 202u) << confirmed.body;
    const nlohmann::json restore = waitForRestore(url, m_admin, id);
    EXPECT_EQ(restore["status"], "failed");
    EXPECT_THAT(restore["error"].get<std::string>(), HasSubstr("models/ease/1/weights.bin"));

    EXPECT_EQ(tokenIds(url, m_admin), liveTokens);
    EXPECT_EQ(getWithToken(url, lateToken, "/api/v1/whoami").status, 200u);
    EXPECT_EQ(treeContents(models()), liveModels);
    EXPECT_FALSE(fs::exists(data() / ".restore"));
    const std::string scrape = getWithToken(url, m_viewer, "/metrics").body;
    EXPECT_EQ(metricValue(scrape, "backup_restores_total{outcome=\"failure\"}"), 1);
    EXPECT_EQ(metricValue(scrape, "backup_verifications_total{outcome=\"failure\"}"), 1);
}

TEST_F(ServerBackupTest, ADamagedManifestIsRefusedByVerifyAndRestore) {
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});
    const std::string& url = recopsd.url();
    const std::string id = makeBackup(url, m_operator)["id"];
    // One bit in the requester's name: still JSON, only the checksum can tell.
    const fs::path manifest = backupDirectory(id) / "manifest.json";
    std::string text = readFile(manifest);
    const auto position = text.find("\"console\"") + 2;
    text[position] = static_cast<char>(text[position] ^ 0x01);
    m_scratch.write("data/backups/" + id + "/manifest.json", text);
    const auto liveModels = treeContents(models());

    ASSERT_EQ(postJson(url, m_operator, "/api/v1/backups/" + id + "/verify").status, 202u);
    const nlohmann::json verified =
        waitForJson(url, m_viewer, "/api/v1/backups/" + id, [](const nlohmann::json& found) {
            return found["verification"].is_object() && found["verification"]["status"] == "failed";
        });
    EXPECT_THAT(verified["verification"]["problems"][0].get<std::string>(),
                HasSubstr("checksum does not match"));

    const HttpResponse refused = postJson(url, m_admin, "/api/v1/backups/" + id + "/restore");
    EXPECT_EQ(refused.status, 409u);
    EXPECT_EQ(refused.json()["type"], "urn:recops:problem:conflict");
    EXPECT_THAT(refused.json()["detail"].get<std::string>(), HasSubstr("checksum does not match"));
    EXPECT_EQ(treeContents(models()), liveModels);
    EXPECT_EQ(tokenIds(url, m_admin).size(), 3u);
}

TEST_F(ServerBackupTest, ListsBackupsWithTheirAgeAgainstTheRecoveryPointObjective) {
    RecopsdProcess recopsd(
        RecopsdOptions{.dataDirectory = data(), .arguments = {"--set", "backup.rpo_hours=2"}});
    const std::string& url = recopsd.url();
    const nlohmann::json empty = getWithToken(url, m_viewer, "/api/v1/backups").json();
    EXPECT_TRUE(empty["backups"].empty());
    EXPECT_FALSE(empty["rpo_met"].get<bool>());
    EXPECT_TRUE(empty["last_success_at"].is_null());

    const HttpResponse accepted =
        postJson(url, m_operator, "/api/v1/backups", R"({"label": "before the upgrade"})");
    ASSERT_EQ(accepted.status, 202u);
    EXPECT_THAT(accepted.json()["status"].get<std::string>(),
                ::testing::AnyOf("queued", "running"));
    const std::string id = accepted.json()["id"];
    waitForJson(url, m_viewer, "/api/v1/backups/" + id,
                [](const nlohmann::json& found) { return found["status"] == "succeeded"; });

    const nlohmann::json listed = getWithToken(url, m_viewer, "/api/v1/backups").json();
    EXPECT_EQ(listed["rpo_seconds"], 7200);
    EXPECT_TRUE(listed["rpo_met"].get<bool>());
    EXPECT_LT(listed["last_success_age_seconds"].get<double>(), 60);
    ASSERT_EQ(listed["backups"].size(), 1u);
    const nlohmann::json& backup = listed["backups"][0];
    EXPECT_EQ(backup["id"], id);
    EXPECT_EQ(backup["label"], "before the upgrade");
    EXPECT_EQ(backup["created_at"], listed["last_success_at"]);
    EXPECT_GT(backup["size_bytes"].get<std::uint64_t>(), 0u);
    // 400 kB of random model bytes do not compress; the database does.
    EXPECT_GT(backup["original_bytes"].get<std::uint64_t>(), 400'000u);
    EXPECT_EQ(backup["database"]["tables"]["tokens"], 3);
    EXPECT_TRUE(backup["within_rpo"].get<bool>());
    // What is on disk: the layout docs/operations.md describes.
    EXPECT_TRUE(fs::exists(backupDirectory(id) / "manifest.json"));
    EXPECT_TRUE(fs::exists(backupDirectory(id) / "database.sqlite.zst"));
    EXPECT_TRUE(fs::exists(backupDirectory(id) / "models" / "ease" / "2" / "weights.bin.zst"));
}

TEST_F(ServerBackupTest, MetricsTellWhenTheLastBackupSucceeded) {
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});
    const std::string& url = recopsd.url();
    std::string scrape = getWithToken(url, m_viewer, "/metrics").body;
    EXPECT_EQ(metricValue(scrape, "backup_last_success_timestamp_seconds"), 0);
    EXPECT_EQ(metricValue(scrape, "backups_total{outcome=\"success\"}"), 0);
    EXPECT_EQ(metricValue(scrape, "backups_total{outcome=\"failure\"}"), 0);

    makeBackup(url, m_operator);
    const nlohmann::json backup = makeBackup(url, m_operator);
    scrape = getWithToken(url, m_viewer, "/metrics").body;
    EXPECT_EQ(metricValue(scrape, "backups_total{outcome=\"success\"}"), 2);
    EXPECT_EQ(metricValue(scrape, "backup_duration_seconds_count"), 2);
    const double lastSuccess = metricValue(scrape, "backup_last_success_timestamp_seconds");
    const double createdAt = std::chrono::duration<double>(
                                 std::chrono::system_clock::now().time_since_epoch() -
                                 std::chrono::duration<double>(backup["age_seconds"].get<double>()))
                                 .count();
    EXPECT_NEAR(lastSuccess, createdAt, 2.0);

    const auto file = m_scratch.write("metrics.txt", scrape);
    const CommandResult check =
        runCommand(requiredEnvironment("PROMTOOL"), {"check", "metrics"}, {}, file);
    EXPECT_EQ(check.exitCode, 0) << check.standardOutput << check.standardError;

    // The gauge comes from the backups on disk, so a restart does not reset it to 0.
    ASSERT_EQ(recopsd.stop(), 0);
    RecopsdProcess restarted(RecopsdOptions{.dataDirectory = data()});
    EXPECT_EQ(metricValue(getWithToken(restarted.url(), m_viewer, "/metrics").body,
                          "backup_last_success_timestamp_seconds"),
              lastSuccess);
}

TEST_F(ServerBackupTest, TheScheduleBacksUpByItselfAndRetentionKeepsTheNewest) {
    RecopsdProcess recopsd(RecopsdOptions{
        .dataDirectory = data(),
        .arguments = {"--set", "backup.interval_seconds=1", "--set", "backup.keep_last=2"}});
    const std::string& url = recopsd.url();
    ASSERT_TRUE(waitUntil(
        [&] {
            return metricValue(getWithToken(url, m_viewer, "/metrics").body,
                               "backups_total{outcome=\"success\"}") >= 3;
        },
        std::chrono::seconds(30)));
    ASSERT_EQ(recopsd.stop(), 0);

    int succeeded = 0;
    for (const auto& entry : fs::directory_iterator(data() / "backups")) {
        succeeded += fs::exists(entry.path() / "manifest.json") ? 1 : 0;
    }
    EXPECT_EQ(succeeded, 2);
    RecopsdProcess restarted(RecopsdOptions{.dataDirectory = data()});
    const nlohmann::json backups =
        getWithToken(restarted.url(), m_viewer, "/api/v1/backups").json()["backups"];
    EXPECT_FALSE(backups.empty());
    for (const auto& backup : backups) {
        if (backup["status"] == "succeeded") {
            EXPECT_EQ(backup["trigger"], "schedule");
            EXPECT_TRUE(backup["requested_by"].is_null());
        }
    }
}

TEST_F(ServerBackupTest, TheCommandLineBacksUpAndRestoresOnlyWhileNoServerRuns) {
    const std::string dataArgument = data().string();
    {
        RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});
        const CommandResult backup = runRecopsd({"backup", "--data-dir", dataArgument});
        EXPECT_EQ(backup.exitCode, 1);
        EXPECT_THAT(backup.standardError,
                    HasSubstr("is in use by recopsd (pid " + std::to_string(recopsd.pid()) + ")"));
        EXPECT_EQ(runRecopsd({"restore", "whatever", "--data-dir", dataArgument}).exitCode, 1);
        // A second server on the same data directory is refused the same way.
        const CommandResult second =
            runRecopsd({"serve", "--data-dir", dataArgument, "--listen", "127.0.0.1:0"});
        EXPECT_EQ(second.exitCode, 1);
        EXPECT_THAT(second.standardError, HasSubstr("is in use by"));
        ASSERT_EQ(recopsd.stop(), 0);
    }

    const CommandResult backup =
        runRecopsd({"backup", "--data-dir", dataArgument, "--label", "offline"});
    ASSERT_EQ(backup.exitCode, 0) << backup.standardError;
    const fs::path directory = backup.standardOutput.substr(0, backup.standardOutput.find('\n'));
    EXPECT_TRUE(fs::exists(directory / "manifest.json"));
    EXPECT_EQ(directory.parent_path(), data() / "backups");
    const auto modelsAtBackup = treeContents(models());

    const std::string lateToken = createToken(data(), "viewer", "after the backup");
    m_scratch.write("data/models/ease/2/weights.bin", "changed after the backup");
    const CommandResult restore =
        runRecopsd({"restore", directory.filename().string(), "--data-dir", dataArgument});
    ASSERT_EQ(restore.exitCode, 0) << restore.standardError;
    EXPECT_THAT(restore.standardOutput,
                HasSubstr("restored backup " + directory.filename().string()));
    EXPECT_EQ(treeContents(models()), modelsAtBackup);

    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});
    EXPECT_EQ(getWithToken(recopsd.url(), lateToken, "/api/v1/whoami").status, 401u);
    const nlohmann::json listed = getWithToken(recopsd.url(), m_viewer, "/api/v1/backups").json();
    ASSERT_EQ(listed["backups"].size(), 1u);
    EXPECT_EQ(listed["backups"][0]["trigger"], "command_line");
    EXPECT_EQ(listed["backups"][0]["label"], "offline");
    EXPECT_EQ(listed["backups"][0]["restore"], nullptr);
    // Both commands are in the audit log, as the command line's.
    const nlohmann::json audit =
        getWithToken(recopsd.url(), m_admin, "/api/v1/audit?action=backup.*").json()["entries"];
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[0]["action"], "backup.restore");
    EXPECT_EQ(audit[1]["action"], "backup.create");
    EXPECT_TRUE(audit[0]["actor"]["token_id"].is_null());
    EXPECT_THAT(audit[0]["actor"]["name"].get<std::string>(), HasSubstr("command line (user "));
}

TEST_F(ServerBackupTest, TheCommandLineRefusesWhatIsNotABackup) {
    const CommandResult missing =
        runRecopsd({"restore", "20260301T120000.000Z-00000000", "--data-dir", data().string()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(missing.standardError, HasSubstr("no backup at 20260301T120000.000Z-00000000"));
    fs::create_directories(m_scratch / "not-a-backup");
    const CommandResult empty = runRecopsd(
        {"restore", (m_scratch / "not-a-backup").string(), "--data-dir", data().string()});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_THAT(empty.standardError, HasSubstr("manifest.json"));
}

}  // namespace
}  // namespace recops::testing
