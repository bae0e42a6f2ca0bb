// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/digest.h"

#include <cstdint>
#include <filesystem>

namespace recops::backup {

/// A file's size and SHA-256.
struct FileDigest {
    std::uint64_t sizeBytes = 0;
    common::Sha256Digest sha256{};

    bool operator==(const FileDigest&) const = default;
};

/// One file of a backup: the original's digest and the stored (compressed) file's.
struct CompressedFile {
    FileDigest original;
    FileDigest stored;
};

/**
 * Compresses @p source into @p destination, which must not exist: one zstd frame at
 * @p level, with zstd's own content checksum, so that even without the manifest a damaged
 * file fails to decompress. Hashes both sides while streaming (constant memory), and syncs
 * the new file to disk. Throws BackupError.
 */
CompressedFile compressFile(const std::filesystem::path& source,
                            const std::filesystem::path& destination, int level);

/**
 * Decompresses @p source into @p destination (created, must not exist), hashing both sides,
 * and syncs it. Throws BackupError naming @p source when it is not a complete zstd stream or
 * its content checksum fails.
 */
CompressedFile decompressFile(const std::filesystem::path& source,
                              const std::filesystem::path& destination);

}  // namespace recops::backup
