// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/compressed_file.h"

#include "backup/backup_error.h"
#include "common/digest.h"
#include "server/support/temporary_directory.h"

#include <random>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::backup {
namespace {

using ::testing::HasSubstr;

/// Bytes that compress badly (random) followed by bytes that compress well (repetition), so
/// that the stream spans several of zstd's input buffers.
std::string sampleContents(std::size_t randomBytes, std::size_t repeatedBytes) {
    std::mt19937 generator(7);
    std::string contents;
    for (std::size_t index = 0; index < randomBytes; ++index) {
        contents.push_back(static_cast<char>(generator() & 0xff));
    }
    contents.append(repeatedBytes, 'r');
    return contents;
}

class CompressedFileTest : public ::testing::Test {
protected:
    testing::TemporaryDirectory m_directory;
};

TEST_F(CompressedFileTest, RoundTripsAndReportsBothDigests) {
    const std::string contents = sampleContents(300'000, 500'000);
    const auto source = m_directory.write("source", contents);
    const CompressedFile compressed = compressFile(source, m_directory / "source.zst", 3);
    EXPECT_EQ(compressed.original.sizeBytes, contents.size());
    EXPECT_EQ(compressed.original.sha256, common::sha256(contents));
    const std::string stored = testing::readFile(m_directory / "source.zst");
    EXPECT_EQ(compressed.stored.sizeBytes, stored.size());
    EXPECT_EQ(compressed.stored.sha256, common::sha256(stored));
    // The repeated half shrinks to almost nothing, the random half stays.
    EXPECT_LT(stored.size(), 320'000u);

    const CompressedFile restored =
        decompressFile(m_directory / "source.zst", m_directory / "copy");
    EXPECT_EQ(testing::readFile(m_directory / "copy"), contents);
    EXPECT_EQ(restored.original, compressed.original);
    EXPECT_EQ(restored.stored, compressed.stored);
}

TEST_F(CompressedFileTest, AnEmptyFileIsAFrameOfItsOwn) {
    const auto source = m_directory.write("empty", "");
    const CompressedFile compressed = compressFile(source, m_directory / "empty.zst", 3);
    EXPECT_EQ(compressed.original.sizeBytes, 0u);
    EXPECT_GT(compressed.stored.sizeBytes, 0u);
    decompressFile(m_directory / "empty.zst", m_directory / "copy");
    EXPECT_EQ(testing::readFile(m_directory / "copy"), "");
}

TEST_F(CompressedFileTest, AFlippedByteFailsDecompression) {
    const std::string contents = sampleContents(50'000, 50'000);
    compressFile(m_directory.write("source", contents), m_directory / "source.zst", 3);
    std::string stored = testing::readFile(m_directory / "source.zst");
    stored[stored.size() / 2] = static_cast<char>(stored[stored.size() / 2] ^ 0x10);
    m_directory.write("damaged.zst", stored);
    // zstd's own content checksum (or its block structure) catches it, manifest or not.
    EXPECT_THROW(decompressFile(m_directory / "damaged.zst", m_directory / "copy"), BackupError);
}

TEST_F(CompressedFileTest, ATruncatedStreamIsRefused) {
    compressFile(m_directory.write("source", sampleContents(10'000, 10'000)),
                 m_directory / "source.zst", 3);
    const std::string stored = testing::readFile(m_directory / "source.zst");
    m_directory.write("short.zst", stored.substr(0, stored.size() - 5));
    try {
        decompressFile(m_directory / "short.zst", m_directory / "copy");
        FAIL() << "a truncated stream decompressed";
    } catch (const BackupError& error) {
        EXPECT_THAT(error.what(), HasSubstr("short.zst"));
    }
}

TEST_F(CompressedFileTest, NeverOverwritesAnExistingFile) {
    const auto source = m_directory.write("source", "data");
    m_directory.write("taken", "keep me");
    EXPECT_THROW(compressFile(source, m_directory / "taken", 3), BackupError);
    EXPECT_EQ(testing::readFile(m_directory / "taken"), "keep me");
}

}  // namespace
}  // namespace recops::backup
