// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/artifact_reader.h"

#include "engine/engine_error.h"
#include "engine/sha256_digest.h"

#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

namespace recops::engine {
namespace {

namespace format = artifact_format;
namespace fs = std::filesystem;

}  // namespace

ArtifactReader::ArtifactReader(std::filesystem::path directory)
    : m_directory(std::move(directory)) {
    std::error_code error;
    if (!fs::is_directory(m_directory, error)) {
        throw ArtifactError("artifact directory " + m_directory.string() + " does not exist");
    }
}

std::string ArtifactReader::displayName(std::string_view name) const {
    return (m_directory / name).string();
}

bool ArtifactReader::exists(std::string_view name) const {
    std::error_code error;
    return fs::is_regular_file(m_directory / name, error);
}

ArtifactReader ArtifactReader::subdirectory(std::string_view name) const {
    return ArtifactReader(m_directory / name);
}

template <typename Element>
ArtifactArray<Element> ArtifactReader::readArray(std::string_view name,
                                                 format::ElementType expected) const {
    const auto path = m_directory / name;
    const auto shown = displayName(name);
    std::error_code error;
    const auto fileBytes = fs::file_size(path, error);
    if (error) {
        throw ArtifactError("artifact " + shown + " cannot be read: " + error.message());
    }
    if (fileBytes < format::kHeaderBytes + format::kDigestBytes) {
        throw ArtifactError("artifact " + shown + " is truncated: " + std::to_string(fileBytes) +
                            " bytes is less than a header and a checksum");
    }
    std::ifstream stream(path, std::ios::binary);
    std::uint8_t header[format::kHeaderBytes];
    if (!stream.read(reinterpret_cast<char*>(header), sizeof header)) {
        throw ArtifactError("artifact " + shown + " cannot be read");
    }
    if (std::memcmp(header, format::kMagic.data(), format::kMagic.size()) != 0) {
        throw ArtifactError("artifact " + shown + " is not a RecOps artifact (bad magic)");
    }
    const auto version = format::loadUint32(header + 8);
    if (version != format::kVersion) {
        throw ArtifactError("artifact " + shown + " has format version " + std::to_string(version) +
                            "; this build reads version " + std::to_string(format::kVersion));
    }
    const auto type = static_cast<format::ElementType>(format::loadUint32(header + 12));
    if (type != expected) {
        throw ArtifactError("artifact " + shown + " holds " +
                            std::string(format::elementTypeName(type)) + ", expected " +
                            std::string(format::elementTypeName(expected)));
    }
    const auto rows = format::loadUint64(header + 16);
    const auto columns = format::loadUint64(header + 24);
    const auto payloadBytes = format::loadUint64(header + 32);
    const auto size = format::elementSize(type);
    const bool shapeOverflows =
        columns != 0 && rows > std::numeric_limits<std::uint64_t>::max() / columns;
    const bool payloadMatchesShape = size == 0 ? columns == 1
                                               : !shapeOverflows &&
                                                     rows * columns <= payloadBytes / size &&
                                                     rows * columns * size == payloadBytes;
    if (!payloadMatchesShape) {
        throw ArtifactError("artifact " + shown + " is corrupt: a " + std::to_string(rows) + " x " +
                            std::to_string(columns) + " " +
                            std::string(format::elementTypeName(type)) + " array cannot have " +
                            std::to_string(payloadBytes) + " payload bytes");
    }
    if (payloadBytes != fileBytes - format::kHeaderBytes - format::kDigestBytes) {
        throw ArtifactError(
            "artifact " + shown + " is truncated or padded: the header announces " +
            std::to_string(payloadBytes) + " payload bytes, the file holds " +
            std::to_string(fileBytes - format::kHeaderBytes - format::kDigestBytes));
    }

    ArtifactArray<Element> array;
    array.name = shown;
    array.rows = rows;
    array.columns = columns;
    array.values.resize(size == 0 ? payloadBytes : rows * columns);
    Sha256Digest digest;
    digest.update(header, sizeof header);
    if (!stream.read(reinterpret_cast<char*>(array.values.data()),
                     static_cast<std::streamsize>(payloadBytes))) {
        throw ArtifactError("artifact " + shown + " is truncated while reading its payload");
    }
    digest.update(array.values.data(), payloadBytes);
    Sha256Digest::Value stored{};
    if (!stream.read(reinterpret_cast<char*>(stored.data()), stored.size())) {
        throw ArtifactError("artifact " + shown + " is truncated: checksum missing");
    }
    if (digest.finish() != stored) {
        throw ArtifactError("artifact " + shown +
                            " is corrupt: SHA-256 checksum does not match its content");
    }
    if (size > 1) {
        format::swapToLittleEndian(array.values.data(), array.values.size(), size);
    }
    return array;
}

ArtifactArray<float> ArtifactReader::readFloats(std::string_view name) const {
    return readArray<float>(name, format::ElementType::Float32);
}

ArtifactArray<std::uint32_t> ArtifactReader::readUint32(std::string_view name) const {
    return readArray<std::uint32_t>(name, format::ElementType::Uint32);
}

ArtifactArray<std::uint64_t> ArtifactReader::readUint64(std::string_view name) const {
    return readArray<std::uint64_t>(name, format::ElementType::Uint64);
}

ArtifactArray<std::int64_t> ArtifactReader::readInt64(std::string_view name) const {
    return readArray<std::int64_t>(name, format::ElementType::Int64);
}

std::vector<std::uint8_t> ArtifactReader::readBytes(std::string_view name) const {
    return readArray<std::uint8_t>(name, format::ElementType::Bytes).values;
}

std::vector<std::string> ArtifactReader::readStrings(std::string_view name) const {
    const auto array = readArray<std::uint8_t>(name, format::ElementType::Strings);
    std::vector<std::string> strings;
    strings.reserve(array.rows);
    std::size_t offset = 0;
    const auto& bytes = array.values;
    for (std::size_t index = 0; index < array.rows; ++index) {
        if (bytes.size() - offset < 4) {
            throw ArtifactError("artifact " + array.name + " is corrupt: string " +
                                std::to_string(index) + " runs past the payload");
        }
        const auto length = format::loadUint32(bytes.data() + offset);
        offset += 4;
        if (bytes.size() - offset < length) {
            throw ArtifactError("artifact " + array.name + " is corrupt: string " +
                                std::to_string(index) + " runs past the payload");
        }
        strings.emplace_back(reinterpret_cast<const char*>(bytes.data() + offset), length);
        offset += length;
    }
    if (offset != bytes.size()) {
        throw ArtifactError("artifact " + array.name + " is corrupt: " +
                            std::to_string(bytes.size() - offset) + " bytes after the last string");
    }
    return strings;
}

nlohmann::json ArtifactReader::readJson(std::string_view name) const {
    std::ifstream stream(m_directory / name);
    if (!stream) {
        throw ArtifactError("artifact " + displayName(name) + " cannot be read");
    }
    std::stringstream text;
    text << stream.rdbuf();
    try {
        return nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error& error) {
        throw ArtifactError("artifact " + displayName(name) +
                            " is not valid JSON: " + error.what());
    }
}

}  // namespace recops::engine
