// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/stable_hash.h"
#include "engine/serving_model.h"
#include "models/drift_profile.h"
#include "store/model_version_record.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace recops::models {

/// One loaded version, ready to answer requests.
struct LoadedVersion {
    std::shared_ptr<const engine::ServingModel> model;
    store::ModelVersionRecord record;
    /// What responses carry in X-Model-Version: "<model>@<version>", e.g. "default@3".
    std::string tag;
    std::chrono::system_clock::time_point loadedAt;
    /// The training window's distributions, for drift; versions trained before recopsd kept
    /// one have none.
    std::optional<DriftProfile> driftProfile;
};

/// Which side of a canary rollout served a request.
enum class RolloutArm { Production, Candidate };

/// Users are split into 10,000 buckets by a stable hash of their id: a user stays in the same
/// arm for the whole rollout, on every replica and across restarts, and a percentage maps to
/// a bucket threshold with a resolution of 0.01 %.
inline constexpr std::uint64_t kRolloutBuckets = 10'000;

constexpr std::uint64_t rolloutBucket(std::string_view userId) {
    return common::mix64(common::fnv1a64(userId)) % kRolloutBuckets;
}

/// Whether @p userId falls in the candidate's share of @p percent.
constexpr bool inCandidateShare(std::string_view userId, double percent) {
    return static_cast<double>(rolloutBucket(userId)) < percent * (kRolloutBuckets / 100.0);
}

/**
 * Everything the request path needs to pick a model, published as one immutable snapshot so
 * that a request sees a consistent pair (never a canary of one version beside the Production
 * of another).
 */
struct ServingState {
    /// The Production version; null while none is loaded.
    std::shared_ptr<const LoadedVersion> production;
    /// The canary candidate while a rollout runs; null otherwise.
    std::shared_ptr<const LoadedVersion> candidate;
    /// The candidate's share of users, in percent.
    double candidatePercent = 0.0;

    bool ready() const { return production != nullptr; }

    /// The version that serves @p userId, and which arm it is.
    std::pair<const LoadedVersion*, RolloutArm> versionFor(std::string_view userId) const {
        if (candidate && inCandidateShare(userId, candidatePercent)) {
            return {candidate.get(), RolloutArm::Candidate};
        }
        return {production.get(), RolloutArm::Production};
    }
};

}  // namespace recops::models
