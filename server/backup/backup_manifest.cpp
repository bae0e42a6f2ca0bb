// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_manifest.h"

#include "backup/backup_error.h"
#include "common/hex.h"
#include "common/timestamp.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace recops::backup {
namespace {

using nlohmann::json;

constexpr std::string_view kChecksumMember = "checksum";

std::string canonical(const json& value) {
    return value.dump(-1, ' ', false, json::error_handler_t::strict);
}

std::string checksumOf(const json& withoutChecksum) {
    return common::toHex(common::sha256(canonical(withoutChecksum)));
}

json digestToJson(const CompressedFile& digests) {
    return {{"size_bytes", digests.original.sizeBytes},
            {"sha256", common::toHex(digests.original.sha256)},
            {"stored_bytes", digests.stored.sizeBytes},
            {"stored_sha256", common::toHex(digests.stored.sha256)}};
}

[[noreturn]] void refuse(const std::string& what) {
    throw BackupError("the manifest is not usable: " + what);
}

/// Reads members of one JSON object with type checks; complaints name the member's path.
class Reader {
public:
    Reader(const json& object, std::string path) : m_object(object), m_path(std::move(path)) {
        if (!m_object.is_object()) {
            refuse((m_path.empty() ? std::string("the manifest") : m_path) + " must be an object");
        }
    }

    const json& member(std::string_view name) const {
        const auto found = m_object.find(name);
        if (found == m_object.end()) {
            refuse(where(name) + " is missing");
        }
        return *found;
    }

    std::string text(std::string_view name) const {
        const json& value = member(name);
        if (!value.is_string()) {
            refuse(where(name) + " must be a string");
        }
        return value.get<std::string>();
    }

    std::uint64_t count(std::string_view name) const {
        const json& value = member(name);
        if (!value.is_number_unsigned()) {
            refuse(where(name) + " must be a non-negative integer");
        }
        return value.get<std::uint64_t>();
    }

    double number(std::string_view name) const {
        const json& value = member(name);
        if (!value.is_number()) {
            refuse(where(name) + " must be a number");
        }
        return value.get<double>();
    }

    std::chrono::system_clock::time_point time(std::string_view name) const {
        const auto parsed = common::parseTimestamp(text(name));
        if (!parsed) {
            refuse(where(name) + " must be an RFC 3339 time");
        }
        return *parsed;
    }

    common::Sha256Digest digest(std::string_view name) const {
        const std::string hex = text(name);
        common::Sha256Digest digest{};
        if (hex.size() != 2 * digest.size() || !common::isLowercaseHex(hex)) {
            refuse(where(name) + " must be 64 lowercase hex digits");
        }
        for (std::size_t index = 0; index < digest.size(); ++index) {
            digest[index] =
                static_cast<std::uint8_t>(std::stoi(hex.substr(2 * index, 2), nullptr, 16));
        }
        return digest;
    }

    CompressedFile digests() const {
        return CompressedFile{FileDigest{count("size_bytes"), digest("sha256")},
                              FileDigest{count("stored_bytes"), digest("stored_sha256")}};
    }

    Reader object(std::string_view name) const { return Reader(member(name), where(name)); }

    std::string where(std::string_view name) const {
        return m_path.empty() ? std::string(name) : m_path + "." + std::string(name);
    }

private:
    const json& m_object;
    std::string m_path;
};

}  // namespace

std::uint64_t BackupManifest::originalBytes() const {
    std::uint64_t total = databaseFile.original.sizeBytes;
    for (const ArchivedFile& file : modelFiles) {
        total += file.digests.original.sizeBytes;
    }
    return total;
}

std::uint64_t BackupManifest::storedBytes() const {
    std::uint64_t total = databaseFile.stored.sizeBytes;
    for (const ArchivedFile& file : modelFiles) {
        total += file.digests.stored.sizeBytes;
    }
    return total;
}

bool isContainedRelativePath(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\0') != std::string_view::npos) {
        return false;
    }
    while (true) {
        const auto slash = path.find('/');
        const std::string_view segment = path.substr(0, slash);
        if (segment.empty() || segment == "." || segment == "..") {
            return false;
        }
        if (slash == std::string_view::npos) {
            return true;
        }
        path.remove_prefix(slash + 1);
    }
}

std::string renderManifest(const BackupManifest& manifest) {
    json files = json::array();
    for (const ArchivedFile& file : manifest.modelFiles) {
        json entry = digestToJson(file.digests);
        entry["path"] = file.path;
        files.push_back(std::move(entry));
    }
    json database = digestToJson(manifest.databaseFile);
    database["file"] = kDatabaseFileName;
    database["schema_version"] = manifest.database.schemaVersion;
    database["tables"] = manifest.database.tableRows;
    std::uint64_t modelBytes = 0;
    for (const ArchivedFile& file : manifest.modelFiles) {
        modelBytes += file.digests.original.sizeBytes;
    }
    json body{
        {"format", kBackupFormatName},
        {"format_version", kBackupFormatVersion},
        {"id", manifest.id},
        {"created_at", common::formatTimestamp(manifest.createdAt)},
        {"recopsd_version", manifest.recopsdVersion},
        {"trigger", manifest.trigger},
        {"label", manifest.label},
        {"requested_by",
         {{"token_id", manifest.requestedBy.tokenId}, {"name", manifest.requestedBy.name}}},
        {"requested_at", common::formatTimestamp(manifest.requestedAt)},
        {"duration_seconds", manifest.durationSeconds},
        {"database", std::move(database)},
        {"models",
         {{"directory", kModelsDirectoryName},
          {"directories", manifest.modelDirectories},
          {"files", std::move(files)},
          {"file_count", manifest.modelFiles.size()},
          {"size_bytes", modelBytes}}},
        {"size_bytes", manifest.originalBytes()},
        {"stored_bytes", manifest.storedBytes()},
    };
    body[kChecksumMember] = checksumOf(body);
    return body.dump(2) + "\n";
}

BackupManifest parseManifest(std::string_view text) {
    json body = json::parse(text, nullptr, false);
    if (body.is_discarded()) {
        refuse("it is not JSON");
    }
    const Reader top(body, "");
    if (top.text("format") != kBackupFormatName) {
        refuse("format is not " + std::string(kBackupFormatName));
    }
    if (!top.member("format_version").is_number_integer() ||
        top.member("format_version").get<int>() != kBackupFormatVersion) {
        refuse("format_version " + top.member("format_version").dump() +
               " is not the one this recopsd reads (" + std::to_string(kBackupFormatVersion) + ")");
    }
    const std::string checksum = top.text(kChecksumMember);
    body.erase(std::string(kChecksumMember));
    if (checksum != checksumOf(body)) {
        refuse("its checksum does not match its contents (the file is damaged or was edited)");
    }

    BackupManifest manifest;
    manifest.id = top.text("id");
    manifest.createdAt = top.time("created_at");
    manifest.recopsdVersion = top.text("recopsd_version");
    manifest.trigger = top.text("trigger");
    manifest.label = top.text("label");
    const Reader requester = top.object("requested_by");
    manifest.requestedBy = BackupRequester{requester.text("token_id"), requester.text("name")};
    manifest.requestedAt = top.time("requested_at");
    manifest.durationSeconds = top.number("duration_seconds");

    const Reader database = top.object("database");
    if (database.text("file") != kDatabaseFileName) {
        refuse("database.file must be " + std::string(kDatabaseFileName));
    }
    manifest.databaseFile = database.digests();
    const json& schemaVersion = database.member("schema_version");
    if (!schemaVersion.is_number_unsigned()) {
        refuse("database.schema_version must be a non-negative integer");
    }
    manifest.database.schemaVersion = schemaVersion.get<int>();
    const Reader tables = database.object("tables");
    for (const auto& [table, rows] : database.member("tables").items()) {
        manifest.database.tableRows[table] = static_cast<std::int64_t>(tables.count(table));
    }

    const Reader models = top.object("models");
    const json& directories = models.member("directories");
    if (!directories.is_array()) {
        refuse("models.directories must be an array");
    }
    for (const json& directory : directories) {
        if (!directory.is_string() || !isContainedRelativePath(directory.get<std::string>())) {
            refuse("models.directories holds " + directory.dump() +
                   ", which is not a relative path inside the models directory");
        }
        manifest.modelDirectories.push_back(directory.get<std::string>());
    }
    const json& files = models.member("files");
    if (!files.is_array()) {
        refuse("models.files must be an array");
    }
    for (std::size_t index = 0; index < files.size(); ++index) {
        const Reader file(files[index], "models.files[" + std::to_string(index) + "]");
        ArchivedFile archived{file.text("path"), file.digests()};
        if (!isContainedRelativePath(archived.path)) {
            refuse(file.where("path") + " \"" + archived.path +
                   "\" is not a relative path inside the models directory");
        }
        manifest.modelFiles.push_back(std::move(archived));
    }
    return manifest;
}

}  // namespace recops::backup
