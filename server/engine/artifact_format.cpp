// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/artifact_format.h"

#include <algorithm>
#include <bit>

namespace recops::engine::artifact_format {

std::string_view elementTypeName(ElementType type) {
    switch (type) {
        case ElementType::Float32:
            return "float32";
        case ElementType::Uint32:
            return "uint32";
        case ElementType::Uint64:
            return "uint64";
        case ElementType::Int64:
            return "int64";
        case ElementType::Bytes:
            return "bytes";
        case ElementType::Strings:
            return "strings";
    }
    return "unknown";
}

std::size_t elementSize(ElementType type) {
    switch (type) {
        case ElementType::Float32:
        case ElementType::Uint32:
            return 4;
        case ElementType::Uint64:
        case ElementType::Int64:
            return 8;
        case ElementType::Bytes:
            return 1;
        case ElementType::Strings:
            return 0;
    }
    return 0;
}

void swapToLittleEndian(void* data, std::size_t count, std::size_t size) {
    if constexpr (std::endian::native == std::endian::little) {
        (void)data;
        (void)count;
        (void)size;
    } else {
        auto* bytes = static_cast<std::uint8_t*>(data);
        for (std::size_t element = 0; element < count; ++element) {
            std::reverse(bytes + element * size, bytes + (element + 1) * size);
        }
    }
}

void storeUint32(std::uint8_t* target, std::uint32_t value) {
    for (unsigned byte = 0; byte < 4; ++byte) {
        target[byte] = static_cast<std::uint8_t>(value >> (8U * byte));
    }
}

void storeUint64(std::uint8_t* target, std::uint64_t value) {
    for (unsigned byte = 0; byte < 8; ++byte) {
        target[byte] = static_cast<std::uint8_t>(value >> (8U * byte));
    }
}

std::uint32_t loadUint32(const std::uint8_t* source) {
    std::uint32_t value = 0;
    for (unsigned byte = 0; byte < 4; ++byte) {
        value |= static_cast<std::uint32_t>(source[byte]) << (8U * byte);
    }
    return value;
}

std::uint64_t loadUint64(const std::uint8_t* source) {
    std::uint64_t value = 0;
    for (unsigned byte = 0; byte < 8; ++byte) {
        value |= static_cast<std::uint64_t>(source[byte]) << (8U * byte);
    }
    return value;
}

}  // namespace recops::engine::artifact_format
