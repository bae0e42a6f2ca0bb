// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/artifact_array.h"
#include "engine/artifact_format.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::engine {

/// Reads artifacts written by ArtifactWriter. Every read validates the magic, the format
/// version, the element type, that the payload size matches the announced shape and the
/// file size exactly, and the SHA-256 trailer; any mismatch is an ArtifactError naming the
/// file and what is wrong with it.
class ArtifactReader {
public:
    /// Throws ArtifactError if the directory does not exist.
    explicit ArtifactReader(std::filesystem::path directory);

    bool exists(std::string_view name) const;
    ArtifactArray<float> readFloats(std::string_view name) const;
    ArtifactArray<std::uint32_t> readUint32(std::string_view name) const;
    ArtifactArray<std::uint64_t> readUint64(std::string_view name) const;
    ArtifactArray<std::int64_t> readInt64(std::string_view name) const;
    std::vector<std::uint8_t> readBytes(std::string_view name) const;
    std::vector<std::string> readStrings(std::string_view name) const;
    nlohmann::json readJson(std::string_view name) const;

    ArtifactReader subdirectory(std::string_view name) const;
    const std::filesystem::path& directory() const { return m_directory; }

private:
    template <typename Element>
    ArtifactArray<Element> readArray(std::string_view name,
                                     artifact_format::ElementType expected) const;
    std::string displayName(std::string_view name) const;

    std::filesystem::path m_directory;
};

}  // namespace recops::engine
