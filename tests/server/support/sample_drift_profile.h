// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "models/drift_profile.h"

#include <string>
#include <vector>

namespace recops::testing {

/// Item popularity shares of sampleDriftProfile(): deciles 1 to 10, then "unknown".
inline const std::vector<double> kSamplePopularityShares{0.3,  0.2,  0.15, 0.1,  0.08, 0.06,
                                                         0.05, 0.03, 0.02, 0.01, 0.0};
/// Category shares of sampleDriftProfile(): drama, comedy, other.
inline const std::vector<double> kSampleCategoryShares{0.6, 0.3, 0.1};

/**
 * A complete drift profile, bins named as DriftBaselineBuilder names them: user activity in
 * powers of two, item popularity by decile (kSamplePopularityShares), ten equal score
 * deciles with edges 0.1 to 0.9, and the categories drama and comedy (kSampleCategoryShares).
 */
inline models::DriftProfile sampleDriftProfile() {
    using models::DriftFeature;
    models::DriftProfile profile;
    models::FeatureBaseline& activity = profile.baseline(DriftFeature::UserActivity);
    activity.bins = {"0", "1", "2-3", "4-7", "8-15", "16-31", "32-63", "64+"};
    activity.shares = {0.05, 0.05, 0.1, 0.2, 0.2, 0.2, 0.1, 0.1};
    models::FeatureBaseline& popularity = profile.baseline(DriftFeature::ItemPopularity);
    for (int decile = 1; decile <= 10; ++decile) {
        popularity.bins.push_back("decile " + std::to_string(decile));
    }
    popularity.bins.emplace_back("unknown");
    popularity.shares = kSamplePopularityShares;
    models::FeatureBaseline& scores = profile.baseline(DriftFeature::RecommendedScore);
    for (int decile = 1; decile <= 10; ++decile) {
        scores.bins.push_back("score decile " + std::to_string(decile));
        scores.shares.push_back(0.1);
    }
    models::FeatureBaseline& categories = profile.baseline(DriftFeature::CategoryMix);
    categories.bins = {"drama", "comedy", "other"};
    categories.shares = kSampleCategoryShares;
    profile.scoreEdges() = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    return profile;
}

}  // namespace recops::testing
