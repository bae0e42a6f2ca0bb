// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/evaluation_report.h"

namespace recops::engine {

nlohmann::json MetricSet::toJson(std::size_t k) const {
    // Appending rather than "@" + to_string(k): GCC 12 at -O3 warns falsely (-Wrestrict)
    // about the operator+ form.
    std::string at("@");
    at.append(std::to_string(k));
    return {{"users", users},        {"precision" + at, precision},
            {"recall" + at, recall}, {"ndcg" + at, ndcg},
            {"map" + at, map},       {"coverage" + at, coverage},
            {"gini" + at, gini}};
}

nlohmann::json EvaluationReport::toJson() const {
    const auto threshold = std::to_string(newUserThreshold);
    std::string newDefinition("fewer than ");
    newDefinition.append(threshold).append(" training interactions");
    std::string establishedDefinition("at least ");
    establishedDefinition.append(threshold).append(" training interactions");
    return {{"algorithm", algorithm},
            {"k", k},
            {"overall", overall.toJson(k)},
            {"cohorts",
             {{"new_users", {{"definition", newDefinition}, {"metrics", newUsers.toJson(k)}}},
              {"established_users",
               {{"definition", establishedDefinition}, {"metrics", establishedUsers.toJson(k)}}}}},
            {"split", split},
            {"train_seconds", trainSeconds},
            {"evaluate_seconds", evaluateSeconds}};
}

}  // namespace recops::engine
