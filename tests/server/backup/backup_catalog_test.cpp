// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_catalog.h"

#include "backup/backup_manifest.h"
#include "backup/durable_files.h"
#include "common/timestamp.h"
#include "server/support/temporary_directory.h"

#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::backup {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class BackupCatalogTest : public ::testing::Test {
protected:
    /// A succeeded backup: a directory with a manifest (the files it names are not needed here).
    void addSucceeded(const std::string& id) {
        BackupManifest manifest;
        manifest.id = id;
        manifest.createdAt = BackupCatalog::timeOfId(id);
        manifest.requestedAt = manifest.createdAt;
        manifest.trigger = "schedule";
        manifest.database.schemaVersion = 3;
        manifest.database.tableRows = {{"tokens", 2}};
        manifest.modelFiles = {ArchivedFile{"m/1/w.bin", {{10, {}}, {4, {}}}}};
        createPrivateDirectory(m_catalog.pathOf(id));
        writeFileDurably(m_catalog.pathOf(id) / kManifestFileName, renderManifest(manifest));
    }

    testing::TemporaryDirectory m_scratch;
    BackupCatalog m_catalog{m_scratch / "backups"};
};

TEST_F(BackupCatalogTest, IdsSortByTimeAndCarryIt) {
    const auto time = common::fromUnixMilliseconds(1'772'366'400'123);
    const std::string id = BackupCatalog::newId(time);
    EXPECT_TRUE(id.starts_with("20260301T120000.123Z-")) << id;
    EXPECT_TRUE(BackupCatalog::isId(id));
    EXPECT_EQ(BackupCatalog::timeOfId(id), time);
    EXPECT_NE(BackupCatalog::newId(time), id);
    // Within one second, a later backup still sorts after an earlier one.
    EXPECT_LT(BackupCatalog::newId(time),
              BackupCatalog::newId(time + std::chrono::milliseconds(1)));
    for (const char* text : {"", "20260301T120000Z", "20260301T120000.000Z-1a2b3c4", "../../etc",
                             "20260301T120000.000Z-1A2B3C4D", "2026030XT120000.000Z-1a2b3c4d",
                             "20260301T120000Z-1a2b3c4d1234", "20260301T120000.000Z/1a2b3c4d"}) {
        EXPECT_FALSE(BackupCatalog::isId(text)) << text;
    }
}

TEST_F(BackupCatalogTest, ListsSucceededAndFailedBackupsNewestFirst) {
    addSucceeded("20260301T120000.000Z-00000001");
    addSucceeded("20260302T120000.000Z-00000002");
    createPrivateDirectory(m_catalog.pathOf("20260303T120000.000Z-00000003"));
    m_scratch.write("backups/20260303T120000.000Z-00000003/database.sqlite.zst", "partial");
    m_catalog.recordFailure("20260303T120000.000Z-00000003",
                            FailureRecord{"manual", "", {"t", "alice"}, {}, {}, "disk full"});
    fs::create_directories(m_scratch / "backups" / "not-a-backup");

    const auto backups = m_catalog.list();
    ASSERT_EQ(backups.size(), 3u);
    EXPECT_EQ(backups[0].id, "20260303T120000.000Z-00000003");
    EXPECT_EQ(backups[0].state, BackupState::Failed);
    EXPECT_EQ(backups[0].error, "disk full");
    EXPECT_EQ(backups[0].requestedBy.name, "alice");
    // A failure keeps only its record: the partial files are gone.
    EXPECT_FALSE(fs::exists(m_catalog.pathOf(backups[0].id) / "database.sqlite.zst"));
    EXPECT_EQ(backups[1].state, BackupState::Succeeded);
    EXPECT_EQ(backups[1].modelFileCount, 1u);
    EXPECT_EQ(backups[1].database.tableRows.at("tokens"), 2);
    EXPECT_EQ(backups[2].id, "20260301T120000.000Z-00000001");
}

TEST_F(BackupCatalogTest, TellsIncompleteBackupsApart) {
    addSucceeded("20260301T120000.000Z-00000001");
    createPrivateDirectory(m_catalog.pathOf("20260302T120000.000Z-00000002"));
    EXPECT_THAT(m_catalog.incomplete(), ElementsAre("20260302T120000.000Z-00000002"));
    EXPECT_EQ(m_catalog.list().size(), 1u);
    EXPECT_FALSE(m_catalog.find("20260302T120000.000Z-00000002"));
}

TEST_F(BackupCatalogTest, RecordsVerificationsAndRestores) {
    addSucceeded("20260301T120000.000Z-00000001");
    const std::string id = "20260301T120000.000Z-00000001";
    ASSERT_TRUE(m_catalog.find(id));
    EXPECT_FALSE(m_catalog.find(id)->verification);
    m_catalog.recordVerification(
        id, VerificationRecord{false, common::fromUnixMilliseconds(5000), 0.5, {"bad"}, {}});
    m_catalog.recordRestore(id, RestoreRecord{true,
                                              common::fromUnixMilliseconds(6000),
                                              common::fromUnixMilliseconds(7000),
                                              "",
                                              {"t", "bob"}});
    const auto found = m_catalog.find(id);
    ASSERT_TRUE(found->verification);
    EXPECT_FALSE(found->verification->passed);
    EXPECT_THAT(found->verification->problems, ElementsAre("bad"));
    ASSERT_TRUE(found->lastRestore);
    EXPECT_TRUE(found->lastRestore->succeeded);
    EXPECT_EQ(found->lastRestore->requestedBy.name, "bob");
}

TEST_F(BackupCatalogTest, NoticesBackupsRemovedOrDamagedOnDisk) {
    addSucceeded("20260301T120000.000Z-00000001");
    addSucceeded("20260302T120000.000Z-00000002");
    ASSERT_EQ(m_catalog.list().size(), 2u);
    fs::remove_all(m_catalog.pathOf("20260301T120000.000Z-00000001"));
    EXPECT_EQ(m_catalog.list().size(), 1u);
    EXPECT_FALSE(m_catalog.find("20260301T120000.000Z-00000001"));

    m_catalog.remove("20260302T120000.000Z-00000002");
    EXPECT_TRUE(m_catalog.list().empty());

    addSucceeded("20260303T120000.000Z-00000003");
    m_scratch.write("backups/20260303T120000.000Z-00000003/manifest.json", "{\"format\": 1}");
    const auto damaged = m_catalog.find("20260303T120000.000Z-00000003");
    ASSERT_TRUE(damaged);
    EXPECT_EQ(damaged->state, BackupState::Failed);
    EXPECT_THAT(damaged->error, HasSubstr("manifest is not usable"));
}

}  // namespace
}  // namespace recops::backup
