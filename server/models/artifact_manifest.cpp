// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/artifact_manifest.h"

#include "common/digest.h"
#include "common/hex.h"

#include <system_error>

namespace recops::models {
namespace {

using Json = nlohmann::json;

const Json& member(const Json& object, const char* name, Json::value_t type, const char* what) {
    if (!object.is_object() || !object.contains(name)) {
        throw ManifestError(std::string("manifest.json: ") + what + " lacks \"" + name + "\"");
    }
    const Json& value = object.at(name);
    const bool numberWanted =
        type == Json::value_t::number_unsigned || type == Json::value_t::number_integer;
    if (numberWanted ? !value.is_number_integer() : value.type() != type) {
        throw ManifestError(std::string("manifest.json: \"") + name + "\" in " + what +
                            " has the wrong type");
    }
    return value;
}

std::optional<std::int64_t> optionalInteger(const Json& object, const char* name) {
    if (!object.contains(name) || object.at(name).is_null()) {
        return std::nullopt;
    }
    return member(object, name, Json::value_t::number_integer, "data").get<std::int64_t>();
}

Json optionalToJson(const std::optional<std::int64_t>& value) {
    return value ? Json(*value) : Json(nullptr);
}

}  // namespace

Json ArtifactManifest::toJson() const {
    Json fileList = Json::array();
    for (const ManifestFile& file : files) {
        fileList.push_back({{"path", file.path}, {"sha256", file.sha256}, {"bytes", file.bytes}});
    }
    return {
        {"format", "recops-model-version"},
        {"format_version", kFormatVersion},
        {"model", model},
        {"version", version},
        {"algorithm", algorithm},
        {"parameters", parameters},
        {"label", label},
        {"data",
         {{"window_from_ms", optionalToJson(data.windowFromMs)},
          {"window_to_ms", optionalToJson(data.windowToMs)},
          {"first_event_ms", data.firstEventMs},
          {"last_event_ms", data.lastEventMs},
          {"events", data.events},
          {"users", data.users},
          {"items", data.items},
          {"interactions", data.interactions}}},
        {"event_weights", eventWeights},
        {"created_at", createdAt},
        {"created_by", createdBy},
        {"files", std::move(fileList)},
    };
}

ArtifactManifest ArtifactManifest::fromJson(const Json& json) {
    using Type = Json::value_t;
    if (member(json, "format", Type::string, "the manifest") != "recops-model-version") {
        throw ManifestError("manifest.json: \"format\" is not recops-model-version");
    }
    if (member(json, "format_version", Type::number_integer, "the manifest") != kFormatVersion) {
        throw ManifestError("manifest.json: format_version " + json.at("format_version").dump() +
                            " is not supported (expected " + std::to_string(kFormatVersion) + ")");
    }
    ArtifactManifest manifest;
    manifest.model = member(json, "model", Type::string, "the manifest").get<std::string>();
    manifest.version = member(json, "version", Type::number_integer, "the manifest").get<int>();
    manifest.algorithm = member(json, "algorithm", Type::string, "the manifest").get<std::string>();
    manifest.parameters = member(json, "parameters", Type::object, "the manifest");
    manifest.label = member(json, "label", Type::string, "the manifest").get<std::string>();
    const Json& data = member(json, "data", Type::object, "the manifest");
    manifest.data.windowFromMs = optionalInteger(data, "window_from_ms");
    manifest.data.windowToMs = optionalInteger(data, "window_to_ms");
    manifest.data.firstEventMs =
        member(data, "first_event_ms", Type::number_integer, "data").get<std::int64_t>();
    manifest.data.lastEventMs =
        member(data, "last_event_ms", Type::number_integer, "data").get<std::int64_t>();
    manifest.data.events =
        member(data, "events", Type::number_integer, "data").get<std::uint64_t>();
    manifest.data.users = member(data, "users", Type::number_integer, "data").get<std::uint64_t>();
    manifest.data.items = member(data, "items", Type::number_integer, "data").get<std::uint64_t>();
    manifest.data.interactions =
        member(data, "interactions", Type::number_integer, "data").get<std::uint64_t>();
    manifest.eventWeights =
        member(json, "event_weights", Type::string, "the manifest").get<std::string>();
    manifest.createdAt =
        member(json, "created_at", Type::string, "the manifest").get<std::string>();
    manifest.createdBy =
        member(json, "created_by", Type::string, "the manifest").get<std::string>();
    for (const Json& file : member(json, "files", Type::array, "the manifest")) {
        ManifestFile entry;
        entry.path = member(file, "path", Type::string, "a file entry").get<std::string>();
        entry.sha256 = member(file, "sha256", Type::string, "a file entry").get<std::string>();
        entry.bytes =
            member(file, "bytes", Type::number_integer, "a file entry").get<std::uint64_t>();
        const std::filesystem::path relative(entry.path);
        // A manifest must never make the registry read outside the version directory.
        if (relative.is_absolute() || entry.path.find("..") != std::string::npos) {
            throw ManifestError("manifest.json: file path \"" + entry.path +
                                "\" leaves the version directory");
        }
        if (entry.sha256.size() != 64 || !common::isLowercaseHex(entry.sha256)) {
            throw ManifestError("manifest.json: \"" + entry.path +
                                "\" has a malformed SHA-256 (64 lowercase hex digits expected)");
        }
        manifest.files.push_back(std::move(entry));
    }
    return manifest;
}

void ArtifactManifest::hashFiles(const std::filesystem::path& directory,
                                 const std::vector<std::filesystem::path>& relativePaths) {
    files.clear();
    for (const std::filesystem::path& relative : relativePaths) {
        const std::filesystem::path path = directory / relative;
        files.push_back(ManifestFile{relative.generic_string(),
                                     common::toHex(common::sha256OfFile(path)),
                                     std::filesystem::file_size(path)});
    }
}

std::optional<std::string> ArtifactManifest::verify(const std::filesystem::path& directory) const {
    for (const ManifestFile& file : files) {
        const std::filesystem::path path = directory / file.path;
        std::error_code error;
        const auto bytes = std::filesystem::file_size(path, error);
        if (error) {
            return file.path + ": missing (" + error.message() + ")";
        }
        if (bytes != file.bytes) {
            return file.path + ": " + std::to_string(bytes) + " bytes, the manifest says " +
                   std::to_string(file.bytes);
        }
        try {
            if (common::toHex(common::sha256OfFile(path)) != file.sha256) {
                return file.path + ": SHA-256 does not match the manifest";
            }
        } catch (const std::runtime_error& failure) {
            return file.path + ": " + failure.what();
        }
    }
    return std::nullopt;
}

}  // namespace recops::models
