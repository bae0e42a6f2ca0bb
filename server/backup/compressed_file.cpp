// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/compressed_file.h"

#include "backup/backup_error.h"
#include "backup/durable_files.h"
#include "common/sha256_hasher.h"

#include <fcntl.h>
#include <memory>
#include <vector>
#include <zstd.h>

namespace recops::backup {
namespace {

using CompressionContext = std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)>;
using DecompressionContext = std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)>;

/// Hashes and counts the bytes that pass through, on one side of the codec.
class DigestingCounter {
public:
    void add(std::span<const char> bytes) {
        m_hasher.update(bytes);
        m_size += bytes.size();
    }
    FileDigest finish() { return FileDigest{m_size, m_hasher.finish()}; }

private:
    common::Sha256Hasher m_hasher;
    std::uint64_t m_size = 0;
};

void check(std::size_t result, const std::filesystem::path& file, std::string_view action) {
    if (ZSTD_isError(result)) {
        throw BackupError("cannot " + std::string(action) + " " + file.string() + ": " +
                          ZSTD_getErrorName(result));
    }
}

}  // namespace

CompressedFile compressFile(const std::filesystem::path& source,
                            const std::filesystem::path& destination, int level) {
    CompressionContext context(ZSTD_createCCtx(), ZSTD_freeCCtx);
    if (!context) {
        throw BackupError("cannot create a zstd compression context");
    }
    check(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, level), source,
          "compress");
    check(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1), source, "compress");

    FileDescriptor input(source, O_RDONLY);
    FileDescriptor output(destination, O_WRONLY | O_CREAT | O_EXCL);
    std::vector<char> inBuffer(ZSTD_CStreamInSize());
    std::vector<char> outBuffer(ZSTD_CStreamOutSize());
    DigestingCounter original;
    DigestingCounter stored;
    bool finished = false;
    while (!finished) {
        const std::size_t got = input.read(inBuffer);
        original.add({inBuffer.data(), got});
        const ZSTD_EndDirective mode = got == 0 ? ZSTD_e_end : ZSTD_e_continue;
        ZSTD_inBuffer in{inBuffer.data(), got, 0};
        // Drain until zstd took all input (continue) or flushed the whole frame (end).
        while (true) {
            ZSTD_outBuffer out{outBuffer.data(), outBuffer.size(), 0};
            const std::size_t remaining = ZSTD_compressStream2(context.get(), &out, &in, mode);
            check(remaining, source, "compress");
            const std::span<const char> produced(outBuffer.data(), out.pos);
            output.writeAll(produced);
            stored.add(produced);
            if (mode == ZSTD_e_end ? remaining == 0 : in.pos == in.size) {
                finished = mode == ZSTD_e_end;
                break;
            }
        }
    }
    output.sync();
    return CompressedFile{original.finish(), stored.finish()};
}

CompressedFile decompressFile(const std::filesystem::path& source,
                              const std::filesystem::path& destination) {
    DecompressionContext context(ZSTD_createDCtx(), ZSTD_freeDCtx);
    if (!context) {
        throw BackupError("cannot create a zstd decompression context");
    }
    FileDescriptor input(source, O_RDONLY);
    FileDescriptor output(destination, O_WRONLY | O_CREAT | O_EXCL);
    std::vector<char> inBuffer(ZSTD_DStreamInSize());
    std::vector<char> outBuffer(ZSTD_DStreamOutSize());
    DigestingCounter original;
    DigestingCounter stored;
    // 0 once a frame ended exactly; anything else at the end of the input means truncation.
    std::size_t expecting = 1;
    while (const std::size_t got = input.read(inBuffer)) {
        stored.add({inBuffer.data(), got});
        ZSTD_inBuffer in{inBuffer.data(), got, 0};
        while (in.pos < in.size) {
            ZSTD_outBuffer out{outBuffer.data(), outBuffer.size(), 0};
            expecting = ZSTD_decompressStream(context.get(), &out, &in);
            check(expecting, source, "decompress");
            const std::span<const char> produced(outBuffer.data(), out.pos);
            output.writeAll(produced);
            original.add(produced);
        }
    }
    // zstd may hold decoded bytes back until asked again with no new input.
    while (expecting != 0) {
        ZSTD_inBuffer in{nullptr, 0, 0};
        ZSTD_outBuffer out{outBuffer.data(), outBuffer.size(), 0};
        expecting = ZSTD_decompressStream(context.get(), &out, &in);
        check(expecting, source, "decompress");
        if (out.pos == 0) {
            break;
        }
        const std::span<const char> produced(outBuffer.data(), out.pos);
        output.writeAll(produced);
        original.add(produced);
    }
    if (expecting != 0) {
        throw BackupError("cannot decompress " + source.string() +
                          ": the zstd stream is truncated");
    }
    output.sync();
    return CompressedFile{original.finish(), stored.finish()};
}

}  // namespace recops::backup
