// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine_test_data.h"

#include "engine/seeded_random.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <stdlib.h>

namespace recops::engine::testing {
namespace {

// Appending instead of "u" + std::to_string(): GCC 12 at -O3 warns falsely (-Wrestrict).
std::string prefixed(char prefix, std::size_t index) {
    std::string id(1, prefix);
    id += std::to_string(index);
    return id;
}

}  // namespace

InteractionDataset denseDataset(const std::vector<std::vector<float>>& rows,
                                const std::vector<std::vector<std::int64_t>>& timestamps) {
    const std::size_t columns = rows.empty() ? 0 : rows.front().size();
    std::vector<std::string> userIds;
    std::vector<std::string> itemIds;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        userIds.push_back(prefixed('u', row));
    }
    for (std::size_t column = 0; column < columns; ++column) {
        itemIds.push_back(prefixed('i', column));
    }
    std::vector<std::uint64_t> offsets{0};
    std::vector<std::uint32_t> indices;
    std::vector<float> values;
    std::vector<std::int64_t> times;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        for (std::size_t column = 0; column < columns; ++column) {
            if (rows[row][column] != 0.0F) {
                indices.push_back(static_cast<std::uint32_t>(column));
                values.push_back(rows[row][column]);
                times.push_back(timestamps.empty() ? 0 : timestamps[row][column]);
            }
        }
        offsets.push_back(indices.size());
    }
    return InteractionDataset(IdIndex(userIds), IdIndex(itemIds),
                              CsrMatrix(rows.size(), columns, offsets, indices, values), times);
}

std::vector<float> randomVectors(std::size_t count, std::size_t dimension, std::uint64_t seed) {
    SeededRandom random(seed);
    std::vector<float> vectors(count * dimension);
    for (auto& value : vectors) {
        value = static_cast<float>(random.normal());
    }
    return vectors;
}

ScratchDirectory::ScratchDirectory() {
    auto pattern = (std::filesystem::temp_directory_path() / "recops-engine-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_path = pattern;
}

ScratchDirectory::~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string readFileBytes(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    std::stringstream bytes;
    bytes << stream.rdbuf();
    return bytes.str();
}

void writeFileBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace recops::engine::testing
