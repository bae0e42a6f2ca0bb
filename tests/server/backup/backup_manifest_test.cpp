// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_manifest.h"

#include "backup/backup_error.h"
#include "common/digest.h"
#include "common/hex.h"
#include "common/timestamp.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::backup {
namespace {

using ::testing::HasSubstr;

CompressedFile digestsOf(const std::string& original, const std::string& stored) {
    return CompressedFile{FileDigest{original.size(), common::sha256(original)},
                          FileDigest{stored.size(), common::sha256(stored)}};
}

BackupManifest sampleManifest() {
    BackupManifest manifest;
    manifest.id = "20260301T120000.000Z-1a2b3c4d";
    manifest.createdAt = common::fromUnixMilliseconds(1'772'366'400'123);
    manifest.requestedAt = common::fromUnixMilliseconds(1'772'366'400'000);
    manifest.recopsdVersion = "0.1.0";
    manifest.trigger = "manual";
    manifest.label = "before the upgrade";
    manifest.requestedBy = BackupRequester{"3f9a0c1d2e4b5a69", "alice"};
    manifest.durationSeconds = 1.5;
    manifest.database.schemaVersion = 3;
    manifest.database.tableRows = {{"tokens", 4}, {"audit_log", 17}};
    manifest.databaseFile = digestsOf("database", "db.zst");
    manifest.modelDirectories = {"ease", "ease/7"};
    manifest.modelFiles = {ArchivedFile{"ease/7/weights.bin", digestsOf("weights", "w.zst")},
                           ArchivedFile{"ease/7/manifest.json", digestsOf("{}", "m.zst")}};
    return manifest;
}

/// @p text with its first occurrence of @p from replaced by @p to.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto position = text.find(from);
    EXPECT_NE(position, std::string::npos) << from;
    return text.replace(position, from.size(), to);
}

/// The manifest with @p edit applied and its checksum recomputed, as a careful forger would.
std::string resealed(const std::string& text, const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json body = nlohmann::json::parse(text);
    body.erase("checksum");
    edit(body);
    body["checksum"] = common::toHex(common::sha256(body.dump()));
    return body.dump(2);
}

void expectRefused(const std::string& text, const std::string& reason) {
    try {
        parseManifest(text);
        FAIL() << "accepted a manifest that should say: " << reason;
    } catch (const BackupError& error) {
        EXPECT_THAT(error.what(), HasSubstr(reason));
    }
}

TEST(BackupManifestTest, RoundTripsEveryField) {
    const BackupManifest original = sampleManifest();
    const BackupManifest parsed = parseManifest(renderManifest(original));
    EXPECT_EQ(parsed.id, original.id);
    EXPECT_EQ(parsed.createdAt, original.createdAt);
    EXPECT_EQ(parsed.requestedAt, original.requestedAt);
    EXPECT_EQ(parsed.trigger, "manual");
    EXPECT_EQ(parsed.label, "before the upgrade");
    EXPECT_EQ(parsed.requestedBy.tokenId, "3f9a0c1d2e4b5a69");
    EXPECT_EQ(parsed.requestedBy.name, "alice");
    EXPECT_DOUBLE_EQ(parsed.durationSeconds, 1.5);
    EXPECT_EQ(parsed.database.schemaVersion, 3);
    EXPECT_EQ(parsed.database.tableRows, original.database.tableRows);
    EXPECT_EQ(parsed.databaseFile.original, original.databaseFile.original);
    EXPECT_EQ(parsed.databaseFile.stored, original.databaseFile.stored);
    EXPECT_EQ(parsed.modelDirectories, original.modelDirectories);
    ASSERT_EQ(parsed.modelFiles.size(), 2u);
    EXPECT_EQ(parsed.modelFiles[1].path, "ease/7/manifest.json");
    EXPECT_EQ(parsed.modelFiles[1].digests.original, original.modelFiles[1].digests.original);
    EXPECT_EQ(parsed.originalBytes(), std::string("databaseweights{}").size());
    EXPECT_EQ(parsed.storedBytes(), std::string("db.zstw.zstm.zst").size());
}

TEST(BackupManifestTest, RecordsSizesAndCountsForPeople) {
    const auto body = nlohmann::json::parse(renderManifest(sampleManifest()));
    EXPECT_EQ(body["format"], "recops-backup");
    EXPECT_EQ(body["format_version"], 1);
    EXPECT_EQ(body["models"]["file_count"], 2);
    EXPECT_EQ(body["models"]["size_bytes"], 9);
    EXPECT_EQ(body["database"]["tables"]["audit_log"], 17);
    EXPECT_EQ(body["size_bytes"], 17);
}

TEST(BackupManifestTest, AChangedValueBreaksTheChecksum) {
    const std::string text = renderManifest(sampleManifest());
    expectRefused(replaced(text, "\"audit_log\": 17", "\"audit_log\": 18"), "checksum");
    expectRefused(replaced(text, "before the upgrade", "before the upgradf"), "checksum");
    // One flipped bit in a digest.
    const std::string digest = common::toHex(common::sha256("weights"));
    std::string flipped = digest;
    flipped[10] = flipped[10] == '0' ? '1' : '0';
    expectRefused(replaced(text, digest, flipped), "checksum");
}

TEST(BackupManifestTest, ADamagedChecksumOrSyntaxIsRefused) {
    const std::string text = renderManifest(sampleManifest());
    const std::string checksum = nlohmann::json::parse(text)["checksum"];
    expectRefused(replaced(text, checksum, std::string(64, 'a')), "checksum");
    expectRefused(replaced(text, "{", "["), "not JSON");
    expectRefused(text.substr(0, text.size() / 2), "not JSON");
}

TEST(BackupManifestTest, RefusesAnotherFormatOrVersion) {
    const std::string text = renderManifest(sampleManifest());
    expectRefused(resealed(text, [](auto& body) { body["format_version"] = 2; }),
                  "format_version 2 is not the one this recopsd reads (1)");
    expectRefused(resealed(text, [](auto& body) { body["format"] = "tar"; }),
                  "format is not recops-backup");
}

TEST(BackupManifestTest, NamesAMissingOrMistypedMember) {
    const std::string text = renderManifest(sampleManifest());
    expectRefused(resealed(text, [](auto& body) { body["database"].erase("sha256"); }),
                  "database.sha256 is missing");
    expectRefused(resealed(text, [](auto& body) { body["models"]["files"][1]["size_bytes"] = -1; }),
                  "models.files[1].size_bytes must be a non-negative integer");
    expectRefused(resealed(text, [](auto& body) { body["database"]["sha256"] = "xyz"; }),
                  "database.sha256 must be 64 lowercase hex digits");
}

TEST(BackupManifestTest, RefusesPathsThatLeaveTheModelsDirectory) {
    const std::string text = renderManifest(sampleManifest());
    for (const char* path : {"../escape", "/etc/passwd", "ease//x", "ease/./x", "ease/../../x"}) {
        expectRefused(
            resealed(text, [&](auto& body) { body["models"]["files"][0]["path"] = path; }),
            "is not a relative path inside the models directory");
    }
    expectRefused(resealed(text, [](auto& body) { body["models"]["directories"][0] = ".."; }),
                  "models.directories holds");
}

TEST(BackupManifestTest, ContainedRelativePaths) {
    EXPECT_TRUE(isContainedRelativePath("a"));
    EXPECT_TRUE(isContainedRelativePath("ease/7/weights.bin"));
    EXPECT_TRUE(isContainedRelativePath("a/..b/c."));
    EXPECT_FALSE(isContainedRelativePath(""));
    EXPECT_FALSE(isContainedRelativePath("/a"));
    EXPECT_FALSE(isContainedRelativePath("a/"));
    EXPECT_FALSE(isContainedRelativePath("a/../b"));
    EXPECT_FALSE(isContainedRelativePath("./a"));
    EXPECT_FALSE(isContainedRelativePath(std::string_view("a\0b", 3)));
}

}  // namespace
}  // namespace recops::backup
