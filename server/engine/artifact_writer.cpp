// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/artifact_writer.h"

#include "engine/engine_error.h"
#include "engine/sha256_digest.h"

#include <bit>
#include <cstring>
#include <fstream>
#include <system_error>

#include <nlohmann/json.hpp>

namespace recops::engine {
namespace {

namespace format = artifact_format;
namespace fs = std::filesystem;

void checkName(std::string_view name) {
    if (name.empty() || name.find('/') != std::string_view::npos || name == "." || name == "..") {
        throw ArtifactError("invalid artifact file name '" + std::string(name) + "'");
    }
}

/// Writes to "<path>.tmp" and renames into place on commit().
class AtomicFile {
public:
    explicit AtomicFile(fs::path path) : m_path(std::move(path)), m_temporary(m_path) {
        m_temporary += ".tmp";
        m_stream.open(m_temporary, std::ios::binary | std::ios::trunc);
        if (!m_stream) {
            throw ArtifactError("cannot create artifact file " + m_temporary.string());
        }
    }
    ~AtomicFile() {
        if (!m_committed) {
            std::error_code ignored;
            fs::remove(m_temporary, ignored);
        }
    }
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(const void* data, std::size_t size) {
        m_stream.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    void commit() {
        m_stream.flush();
        m_stream.close();
        if (!m_stream) {
            throw ArtifactError("cannot write artifact file " + m_temporary.string() +
                                " (disk full?)");
        }
        std::error_code error;
        fs::rename(m_temporary, m_path, error);
        if (error) {
            throw ArtifactError("cannot rename " + m_temporary.string() + " to " + m_path.string() +
                                ": " + error.message());
        }
        m_committed = true;
    }

private:
    fs::path m_path;
    fs::path m_temporary;
    std::ofstream m_stream;
    bool m_committed = false;
};

}  // namespace

ArtifactWriter::ArtifactWriter(std::filesystem::path directory)
    : ArtifactWriter(std::move(directory), {},
                     std::make_shared<std::vector<std::filesystem::path>>()) {}

ArtifactWriter::ArtifactWriter(std::filesystem::path directory, std::filesystem::path prefix,
                               std::shared_ptr<std::vector<std::filesystem::path>> written)
    : m_directory(std::move(directory))
    , m_prefix(std::move(prefix))
    , m_written(std::move(written)) {
    std::error_code error;
    fs::create_directories(m_directory, error);
    if (error) {
        throw ArtifactError("cannot create artifact directory " + m_directory.string() + ": " +
                            error.message());
    }
}

ArtifactWriter ArtifactWriter::subdirectory(std::string_view name) const {
    checkName(name);
    return ArtifactWriter(m_directory / name, m_prefix / name, m_written);
}

void ArtifactWriter::record(std::string_view name) {
    m_written->push_back(m_prefix / name);
}

void ArtifactWriter::writeArray(std::string_view name, format::ElementType type, std::size_t rows,
                                std::size_t columns, const void* data, std::size_t payloadBytes) {
    checkName(name);
    std::uint8_t header[format::kHeaderBytes] = {};
    std::memcpy(header, format::kMagic.data(), format::kMagic.size());
    format::storeUint32(header + 8, format::kVersion);
    format::storeUint32(header + 12, static_cast<std::uint32_t>(type));
    format::storeUint64(header + 16, rows);
    format::storeUint64(header + 24, columns);
    format::storeUint64(header + 32, payloadBytes);

    AtomicFile file(m_directory / name);
    Sha256Digest digest;
    file.write(header, sizeof header);
    digest.update(header, sizeof header);
    const auto size = format::elementSize(type);
    if (std::endian::native == std::endian::little || size <= 1) {
        file.write(data, payloadBytes);
        digest.update(data, payloadBytes);
    } else {
        std::vector<std::uint8_t> copy(static_cast<const std::uint8_t*>(data),
                                       static_cast<const std::uint8_t*>(data) + payloadBytes);
        format::swapToLittleEndian(copy.data(), payloadBytes / size, size);
        file.write(copy.data(), copy.size());
        digest.update(copy.data(), copy.size());
    }
    const auto trailer = digest.finish();
    file.write(trailer.data(), trailer.size());
    file.commit();
    record(name);
}

void ArtifactWriter::writeFloats(std::string_view name, std::size_t rows, std::size_t columns,
                                 std::span<const float> values) {
    if (values.size() != rows * columns) {
        throw ArtifactError("artifact '" + std::string(name) +
                            "': " + std::to_string(values.size()) + " values for a " +
                            std::to_string(rows) + " x " + std::to_string(columns) + " array");
    }
    writeArray(name, format::ElementType::Float32, rows, columns, values.data(),
               values.size_bytes());
}

void ArtifactWriter::writeUint32(std::string_view name, std::span<const std::uint32_t> values) {
    writeArray(name, format::ElementType::Uint32, values.size(), 1, values.data(),
               values.size_bytes());
}

void ArtifactWriter::writeUint64(std::string_view name, std::span<const std::uint64_t> values) {
    writeArray(name, format::ElementType::Uint64, values.size(), 1, values.data(),
               values.size_bytes());
}

void ArtifactWriter::writeInt64(std::string_view name, std::span<const std::int64_t> values) {
    writeArray(name, format::ElementType::Int64, values.size(), 1, values.data(),
               values.size_bytes());
}

void ArtifactWriter::writeBytes(std::string_view name, std::span<const std::uint8_t> bytes) {
    writeArray(name, format::ElementType::Bytes, bytes.size(), 1, bytes.data(), bytes.size());
}

void ArtifactWriter::writeStrings(std::string_view name, std::span<const std::string> strings) {
    std::vector<std::uint8_t> payload;
    for (const auto& text : strings) {
        if (text.size() > UINT32_MAX) {
            throw ArtifactError("artifact '" + std::string(name) + "': string too long");
        }
        std::uint8_t length[4];
        format::storeUint32(length, static_cast<std::uint32_t>(text.size()));
        payload.insert(payload.end(), length, length + 4);
        payload.insert(payload.end(), text.begin(), text.end());
    }
    writeArray(name, format::ElementType::Strings, strings.size(), 1, payload.data(),
               payload.size());
}

void ArtifactWriter::writeJson(std::string_view name, const nlohmann::json& json) {
    checkName(name);
    const auto text = json.dump(2) + "\n";
    AtomicFile file(m_directory / name);
    file.write(text.data(), text.size());
    file.commit();
    record(name);
}

}  // namespace recops::engine
