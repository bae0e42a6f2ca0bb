// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The backup layout end to end on real files: writeBackup() over a real SQLite database and a
// models tree, extractBackup() back, and what extraction says about every kind of damage.
#include "backup/backup_error.h"
#include "backup/backup_extractor.h"
#include "backup/backup_writer.h"
#include "common/digest.h"
#include "common/hex.h"
#include "server/support/temporary_directory.h"
#include "store/sqlite_storage.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::backup {
namespace {

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class BackupArchiveTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (int index = 0; index < 5; ++index) {
            store::TokenRecord token;
            token.id = "00000000000000a" + std::to_string(index);
            token.name = "token " + std::to_string(index);
            token.digest = common::sha256(token.id);
            ASSERT_TRUE(m_storage.tokens().insert(token));
        }
        fs::create_directories(models() / "ease" / "7");
        fs::create_directories(models() / "empty");
        fs::create_directories(models() / ".staging-8");
        m_scratch.write("models/ease/7/weights.bin", std::string(200'000, 'w'));
        m_scratch.write("models/ease/7/manifest.json", "{\"version\": 7}");
        m_scratch.write("models/.staging-8/half-written", "skip me");
    }

    fs::path models() const { return m_scratch / "models"; }
    fs::path backup() const { return m_scratch / "backup"; }

    BackupManifest write() {
        return writeBackup(m_storage.snapshots(), models(), backup(),
                           BackupIdentity{"20260301T120000.000Z-1a2b3c4d", "manual", "", {}, {}}, 3,
                           std::stop_token());
    }

    ExtractionReport extract(const std::string& target = "restored") {
        return extractBackup(backup(), m_scratch / target, m_storage.snapshots(),
                             std::stop_token());
    }

    static void flipByte(const fs::path& file, std::size_t offsetFromMiddle = 0) {
        std::fstream stream(file, std::ios::in | std::ios::out | std::ios::binary);
        stream.seekg(0, std::ios::end);
        const auto position = static_cast<std::streamoff>(stream.tellg()) / 2 +
                              static_cast<std::streamoff>(offsetFromMiddle);
        stream.seekg(position);
        char byte = 0;
        stream.read(&byte, 1);
        byte = static_cast<char>(byte ^ 0x01);
        stream.seekp(position);
        stream.write(&byte, 1);
    }

    testing::TemporaryDirectory m_scratch;
    store::SqliteStorage m_storage{store::SqliteOptions{m_scratch / "recops.db", 1000}};
};

TEST_F(BackupArchiveTest, WritesADirectoryOfCompressedFilesUnderAManifest) {
    const BackupManifest manifest = write();
    EXPECT_TRUE(fs::exists(backup() / "manifest.json"));
    EXPECT_TRUE(fs::exists(backup() / "database.sqlite.zst"));
    EXPECT_FALSE(fs::exists(backup() / "database.sqlite"));
    EXPECT_TRUE(fs::exists(backup() / "models" / "ease" / "7" / "weights.bin.zst"));
    EXPECT_TRUE(fs::is_directory(backup() / "models" / "empty"));
    EXPECT_FALSE(fs::exists(backup() / "models" / ".staging-8"));

    EXPECT_EQ(manifest.database.tableRows.at("tokens"), 5);
    EXPECT_EQ(manifest.database.tableRows.at("schema_migrations"), manifest.database.schemaVersion);
    EXPECT_THAT(manifest.modelDirectories, ElementsAre("ease", "ease/7", "empty"));
    ASSERT_EQ(manifest.modelFiles.size(), 2u);
    EXPECT_EQ(manifest.modelFiles[1].path, "ease/7/weights.bin");
    EXPECT_EQ(manifest.modelFiles[1].digests.original.sha256,
              common::sha256(std::string(200'000, 'w')));
    EXPECT_LT(manifest.storedBytes(), manifest.originalBytes());
}

TEST_F(BackupArchiveTest, ExtractsWhatWasBackedUp) {
    write();
    const ExtractionReport report = extract();
    ASSERT_TRUE(report.passed()) << ::testing::PrintToString(report.problems);
    EXPECT_EQ(testing::readFile(m_scratch / "restored" / "models" / "ease" / "7" / "weights.bin"),
              std::string(200'000, 'w'));
    EXPECT_TRUE(fs::is_directory(m_scratch / "restored" / "models" / "empty"));
    const store::DatabaseFacts facts =
        m_storage.snapshots().inspect(m_scratch / "restored" / "database.sqlite");
    EXPECT_EQ(facts.tableRows.at("tokens"), 5);
}

TEST_F(BackupArchiveTest, TheSnapshotIsConsistentAndLaterWritesStayOut) {
    const BackupManifest manifest = write();
    store::TokenRecord late;
    late.id = "00000000000000ff";
    late.digest = common::sha256(late.id);
    ASSERT_TRUE(m_storage.tokens().insert(late));
    EXPECT_EQ(manifest.database.tableRows.at("tokens"), 5);
    ASSERT_TRUE(extract().passed());
    EXPECT_EQ(m_storage.snapshots()
                  .inspect(m_scratch / "restored" / "database.sqlite")
                  .tableRows.at("tokens"),
              5);
}

TEST_F(BackupArchiveTest, AFlippedByteInTheDatabaseArchiveIsFound) {
    write();
    flipByte(backup() / "database.sqlite.zst");
    const ExtractionReport report = extract();
    EXPECT_FALSE(report.passed());
    EXPECT_THAT(report.problems, Contains(HasSubstr("database: ")));
}

TEST_F(BackupArchiveTest, AFlippedByteInAModelFileIsFoundAndNamed) {
    write();
    flipByte(backup() / "models" / "ease" / "7" / "weights.bin.zst");
    const ExtractionReport report = extract();
    EXPECT_FALSE(report.passed());
    ASSERT_EQ(report.problems.size(), 1u) << ::testing::PrintToString(report.problems);
    EXPECT_THAT(report.problems[0], HasSubstr("models/ease/7/weights.bin"));
}

TEST_F(BackupArchiveTest, AMissingFileIsFound) {
    write();
    fs::remove(backup() / "models" / "ease" / "7" / "manifest.json.zst");
    const ExtractionReport report = extract();
    EXPECT_THAT(report.problems,
                ElementsAre(AllOf(HasSubstr("models/ease/7/manifest.json"), HasSubstr("missing"))));
}

TEST_F(BackupArchiveTest, AFlippedByteInTheManifestIsFound) {
    write();
    // Inside the trigger's value: valid JSON still, and only the checksum can tell.
    std::string manifest = testing::readFile(backup() / "manifest.json");
    const auto position = manifest.find("\"trigger\": \"manual\"") + 13;
    manifest[position] = static_cast<char>(manifest[position] ^ 0x01);
    m_scratch.write("backup/manifest.json", manifest);
    const ExtractionReport report = extract();
    EXPECT_FALSE(report.manifest);
    EXPECT_THAT(report.problems, ElementsAre(HasSubstr("checksum does not match")));
}

TEST_F(BackupArchiveTest, RowCountsThatDisagreeWithTheManifestAreFound) {
    write();
    // Rewrite the manifest with a wrong count and a correct checksum: only the count is off.
    auto body = nlohmann::json::parse(testing::readFile(backup() / "manifest.json"));
    body.erase("checksum");
    body["database"]["tables"]["tokens"] = 6;
    body["database"]["tables"]["events"] = 1;
    body["database"]["tables"]["retired"] = 1;
    body["checksum"] = common::toHex(common::sha256(body.dump()));
    m_scratch.write("backup/manifest.json", body.dump(2));
    const ExtractionReport report = extract();
    EXPECT_THAT(report.problems,
                ElementsAre("database: table events has 0 rows, the manifest says 1",
                            "database: table retired is missing",
                            "database: table tokens has 5 rows, the manifest says 6"));
}

TEST_F(BackupArchiveTest, ABrokenDatabaseFailsTheIntegrityCheck) {
    write();
    // A database file that decompresses and matches its (resealed) digests, but is damaged
    // inside: the checksums are right, so only PRAGMA integrity_check can tell.
    const fs::path raw = m_scratch / "raw.sqlite";
    decompressFile(backup() / "database.sqlite.zst", raw);
    {
        std::fstream stream(raw, std::ios::in | std::ios::out | std::ios::binary);
        stream.seekp(4096);  // the second page's b-tree header: no valid page type
        const std::string junk(16, '\x5a');
        stream.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    fs::remove(backup() / "database.sqlite.zst");
    const CompressedFile digests = compressFile(raw, backup() / "database.sqlite.zst", 3);
    auto body = nlohmann::json::parse(testing::readFile(backup() / "manifest.json"));
    body.erase("checksum");
    body["database"]["sha256"] = common::toHex(digests.original.sha256);
    body["database"]["size_bytes"] = digests.original.sizeBytes;
    body["database"]["stored_sha256"] = common::toHex(digests.stored.sha256);
    body["database"]["stored_bytes"] = digests.stored.sizeBytes;
    body["checksum"] = common::toHex(common::sha256(body.dump()));
    m_scratch.write("backup/manifest.json", body.dump(2));
    const ExtractionReport report = extract();
    EXPECT_FALSE(report.passed());
    EXPECT_THAT(report.problems, Contains(HasSubstr("database: ")));
}

TEST_F(BackupArchiveTest, ModelFilesMustBeRegularFiles) {
    fs::create_symlink("/etc/hostname", models() / "ease" / "7" / "link");
    EXPECT_THROW(write(), BackupError);
}

TEST_F(BackupArchiveTest, AMissingModelsDirectoryIsAnEmptyOne) {
    fs::remove_all(models());
    const BackupManifest manifest = write();
    EXPECT_TRUE(manifest.modelFiles.empty());
    ASSERT_TRUE(extract().passed());
    EXPECT_TRUE(fs::is_directory(m_scratch / "restored" / "models"));
}

TEST_F(BackupArchiveTest, MeasuresTheModelTreeAsABackupWouldCopyIt) {
    const ModelTreeSize size = measureModelTree(models());
    EXPECT_EQ(size.files, 2u);
    EXPECT_EQ(size.bytes, 200'000u + std::string("{\"version\": 7}").size());
}

}  // namespace
}  // namespace recops::backup
