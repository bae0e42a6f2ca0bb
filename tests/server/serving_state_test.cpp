// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The canary split of ServingState: the share of users in the candidate arm matches the
// rollout's percentage, a user always lands in the same arm, and raising the percentage only
// moves users towards the candidate.
#include "models/serving_state.h"

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace recops::models {
namespace {

constexpr std::size_t kUsers = 100'000;

/// Ids as applications make them: sequential numbers after a prefix, differing only in their
/// last characters (the case a weak hash splits badly).
std::vector<std::string> userIds(std::string_view prefix) {
    std::vector<std::string> ids;
    ids.reserve(kUsers);
    for (std::size_t index = 0; index < kUsers; ++index) {
        std::string id(prefix);
        id += std::to_string(index);
        ids.push_back(std::move(id));
    }
    return ids;
}

double candidateShare(const std::vector<std::string>& ids, double percent) {
    std::size_t inCandidate = 0;
    for (const std::string& id : ids) {
        inCandidate += inCandidateShare(id, percent) ? 1 : 0;
    }
    return 100.0 * static_cast<double>(inCandidate) / static_cast<double>(ids.size());
}

TEST(ServingStateTest, TheCandidateGetsItsPercentageOfUsers) {
    for (const std::string_view prefix : {"u", "user-", "customer:2026:"}) {
        const std::vector<std::string> ids = userIds(prefix);
        for (const double percent : {1.0, 5.0, 10.0, 25.0, 50.0, 90.0}) {
            const double share = candidateShare(ids, percent);
            EXPECT_NEAR(share, percent, 2.0) << prefix << " at " << percent << " %";
            // Tighter: within four binomial standard deviations of a fair split.
            const double p = percent / 100.0;
            const double sigma = 100.0 * std::sqrt(p * (1.0 - p) / static_cast<double>(kUsers));
            EXPECT_NEAR(share, percent, 4.0 * sigma) << prefix << " at " << percent << " %";
        }
    }
}

TEST(ServingStateTest, NoneAndAllAreExact) {
    const std::vector<std::string> ids = userIds("u");
    EXPECT_EQ(candidateShare(ids, 0.0), 0.0);
    EXPECT_EQ(candidateShare(ids, 100.0), 100.0);
}

TEST(ServingStateTest, AUserStaysInTheSameArm) {
    const std::vector<std::string> ids = userIds("u");
    for (std::size_t index = 0; index < 1000; ++index) {
        const bool first = inCandidateShare(ids[index], 20.0);
        for (int again = 0; again < 3; ++again) {
            ASSERT_EQ(inCandidateShare(std::string(ids[index]), 20.0), first) << ids[index];
        }
        EXPECT_EQ(rolloutBucket(ids[index]), rolloutBucket(std::string_view(ids[index])));
        EXPECT_LT(rolloutBucket(ids[index]), kRolloutBuckets);
    }
    // The same value on every build and run (FNV-1a and splitmix64, not std::hash): a
    // replica or a restart puts these users where they were.
    static_assert(rolloutBucket("u1") == rolloutBucket("u1"));
    EXPECT_EQ(rolloutBucket("u1"), common::mix64(common::fnv1a64("u1")) % 10'000);
}

TEST(ServingStateTest, RaisingThePercentageOnlyMovesUsersToTheCandidate) {
    const std::vector<std::string> ids = userIds("u");
    for (const std::string& id : ids) {
        if (inCandidateShare(id, 5.0)) {
            ASSERT_TRUE(inCandidateShare(id, 10.0)) << id << " left the candidate at 10 %";
        }
        if (inCandidateShare(id, 10.0)) {
            ASSERT_TRUE(inCandidateShare(id, 50.0)) << id;
        }
    }
}

TEST(ServingStateTest, VersionForPicksTheArmOfTheUser) {
    ServingState state;
    state.production = std::make_shared<const LoadedVersion>(
        LoadedVersion{nullptr, {}, "default@1", std::chrono::system_clock::now(), std::nullopt});
    const std::vector<std::string> ids = userIds("u");
    // Without a candidate, everyone gets Production.
    for (std::size_t index = 0; index < 100; ++index) {
        const auto [version, arm] = state.versionFor(ids[index]);
        EXPECT_EQ(version->tag, "default@1");
        EXPECT_EQ(arm, RolloutArm::Production);
    }
    state.candidate = std::make_shared<const LoadedVersion>(
        LoadedVersion{nullptr, {}, "default@2", std::chrono::system_clock::now(), std::nullopt});
    state.candidatePercent = 30.0;
    std::size_t candidates = 0;
    for (const std::string& id : ids) {
        const auto [version, arm] = state.versionFor(id);
        const bool expectCandidate = inCandidateShare(id, 30.0);
        ASSERT_EQ(arm == RolloutArm::Candidate, expectCandidate) << id;
        ASSERT_EQ(version->tag, expectCandidate ? "default@2" : "default@1") << id;
        candidates += expectCandidate ? 1 : 0;
    }
    EXPECT_NEAR(100.0 * static_cast<double>(candidates) / kUsers, 30.0, 2.0);
}

}  // namespace
}  // namespace recops::models
