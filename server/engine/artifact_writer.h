// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/artifact_format.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::engine {

/// Writes a model's artifacts into a directory (see artifact_format.h) and records every
/// file it wrote, so that a registry can checksum exactly the artifact set.
///
/// Each file is written under a temporary name and renamed into place, so a crash never
/// leaves a half-written file under the final name.
class ArtifactWriter {
public:
    /// Creates the directory (and parents) if needed.
    explicit ArtifactWriter(std::filesystem::path directory);

    void writeFloats(std::string_view name, std::size_t rows, std::size_t columns,
                     std::span<const float> values);
    void writeUint32(std::string_view name, std::span<const std::uint32_t> values);
    void writeUint64(std::string_view name, std::span<const std::uint64_t> values);
    void writeInt64(std::string_view name, std::span<const std::int64_t> values);
    void writeBytes(std::string_view name, std::span<const std::uint8_t> bytes);
    void writeStrings(std::string_view name, std::span<const std::string> strings);
    /// Parameters and descriptions: pretty-printed JSON.
    void writeJson(std::string_view name, const nlohmann::json& json);

    /// A writer for a subdirectory that records into the same file list.
    ArtifactWriter subdirectory(std::string_view name) const;

    const std::filesystem::path& directory() const { return m_directory; }
    /// Paths of the files written so far, relative to the top directory, in write order.
    const std::vector<std::filesystem::path>& writtenFiles() const { return *m_written; }

private:
    ArtifactWriter(std::filesystem::path directory, std::filesystem::path prefix,
                   std::shared_ptr<std::vector<std::filesystem::path>> written);
    void writeArray(std::string_view name, artifact_format::ElementType type, std::size_t rows,
                    std::size_t columns, const void* data, std::size_t payloadBytes);
    void record(std::string_view name);

    std::filesystem::path m_directory;
    std::filesystem::path m_prefix;  // relative to the top directory
    std::shared_ptr<std::vector<std::filesystem::path>> m_written;
};

}  // namespace recops::engine
