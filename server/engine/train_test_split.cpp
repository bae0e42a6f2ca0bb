// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/train_test_split.h"

#include "common/stable_hash.h"
#include "engine/engine_error.h"
#include "engine/seeded_random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <nlohmann/json.hpp>

namespace recops::engine {
namespace {

/// A stable hash of the user id, so a user's draw does not depend on their index.
std::uint64_t stableHash(std::string_view text) {
    return common::fnv1a64(text);
}

struct Part {
    std::vector<std::uint64_t> offsets{0};
    std::vector<std::uint32_t> columns;
    std::vector<float> values;
    std::vector<std::int64_t> timestamps;
};

}  // namespace

nlohmann::json SplitOptions::toJson() const {
    return {{"test_fraction", testFraction},
            {"minimum_interactions", minimumInteractions},
            {"seed", seed}};
}

TrainTestSplit splitPerUser(const InteractionDataset& data, const SplitOptions& options) {
    if (!(options.testFraction > 0.0 && options.testFraction < 1.0)) {
        throw SpecError("split: test fraction must be in (0, 1)");
    }
    const auto& matrix = data.matrix();
    const auto& timestamps = data.lastTimestampsSeconds();
    Part train;
    Part test;
    TrainTestSplit split;
    std::vector<std::size_t> order;
    std::vector<bool> inTest;
    for (std::size_t user = 0; user < data.userCount(); ++user) {
        const std::size_t n = matrix.rowSize(user);
        const std::size_t begin = matrix.rowOffsets()[user];
        inTest.assign(n, false);
        if (n >= std::max<std::size_t>(options.minimumInteractions, 2)) {
            const auto wanted = static_cast<std::size_t>(
                std::llround(options.testFraction * static_cast<double>(n)));
            const std::size_t testCount = std::clamp<std::size_t>(wanted, 1, n - 1);
            // Partial Fisher-Yates: the first testCount positions of a uniform shuffle.
            SeededRandom random(SeededRandom::deriveSeed(
                options.seed, stableHash(data.users().id(static_cast<std::uint32_t>(user)))));
            order.resize(n);
            std::iota(order.begin(), order.end(), std::size_t{0});
            for (std::size_t position = 0; position < testCount; ++position) {
                const auto pick = position + random.below(n - position);
                std::swap(order[position], order[pick]);
                inTest[order[position]] = true;
            }
            ++split.testUsers;
        }
        for (std::size_t position = 0; position < n; ++position) {
            Part& part = inTest[position] ? test : train;
            part.columns.push_back(matrix.columnIndices()[begin + position]);
            part.values.push_back(matrix.values()[begin + position]);
            part.timestamps.push_back(timestamps[begin + position]);
        }
        train.offsets.push_back(train.columns.size());
        test.offsets.push_back(test.columns.size());
    }
    split.train =
        data.withMatrix(CsrMatrix(data.userCount(), data.itemCount(), std::move(train.offsets),
                                  std::move(train.columns), std::move(train.values)),
                        std::move(train.timestamps));
    split.test = CsrMatrix(data.userCount(), data.itemCount(), std::move(test.offsets),
                           std::move(test.columns), std::move(test.values));
    return split;
}

}  // namespace recops::engine
