// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

/// The binary artifact file format, shared by ArtifactWriter and ArtifactReader.
///
/// Every binary artifact is one array:
///
///   offset  size  field
///   0       8     magic "RECOPSAR"
///   8       4     format version (uint32)
///   12      4     element type (uint32, ArtifactElementType)
///   16      8     rows (uint64)
///   24      8     columns (uint64)
///   32      8     payload size in bytes (uint64)
///   40      n     payload: rows x columns elements, row-major
///   40+n    32    SHA-256 of bytes [0, 40+n)
///
/// All integers and floats are little-endian (IEEE 754 binary32 for floats). A strings
/// array has `rows` strings and 1 column; its payload is each string as a uint32 byte
/// length followed by the UTF-8 bytes. The trailing digest makes a flipped bit or a
/// truncated copy a load error rather than a silently different model.
namespace recops::engine::artifact_format {

inline constexpr std::array<char, 8> kMagic{'R', 'E', 'C', 'O', 'P', 'S', 'A', 'R'};
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::size_t kHeaderBytes = 40;
inline constexpr std::size_t kDigestBytes = 32;

enum class ElementType : std::uint32_t {
    Float32 = 1,
    Uint32 = 2,
    Uint64 = 3,
    Int64 = 4,
    Bytes = 5,
    Strings = 6,
};

std::string_view elementTypeName(ElementType type);
/// Bytes per element; strings have no fixed size and return 0.
std::size_t elementSize(ElementType type);

/// Converts `count` elements of `size` bytes between host and little-endian order, in
/// place. The conversion is its own inverse and a no-op on little-endian hosts.
void swapToLittleEndian(void* data, std::size_t count, std::size_t size);

void storeUint32(std::uint8_t* target, std::uint32_t value);
void storeUint64(std::uint8_t* target, std::uint64_t value);
std::uint32_t loadUint32(const std::uint8_t* source);
std::uint64_t loadUint64(const std::uint8_t* source);

}  // namespace recops::engine::artifact_format
