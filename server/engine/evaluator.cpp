// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/evaluator.h"

#include "engine/engine_error.h"
#include "engine/ranking_metrics.h"
#include "engine/recommender_factory.h"
#include "engine/top_k.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>

namespace recops::engine {
namespace {

struct UserResult {
    bool evaluated = false;
    bool isNew = false;
    double precision = 0.0;
    double recall = 0.0;
    double ndcg = 0.0;
    double averagePrecision = 0.0;
};

/// Averages one cohort's per-user results (in user order, so sums are reproducible) and
/// measures its lists' catalog coverage and concentration.
MetricSet summarise(const std::vector<UserResult>& results,
                    const std::vector<std::vector<ItemIndex>>& lists, std::size_t catalogSize,
                    const std::function<bool(const UserResult&)>& inCohort) {
    MetricSet set;
    std::vector<std::size_t> counts(catalogSize, 0);
    for (std::size_t user = 0; user < results.size(); ++user) {
        const auto& result = results[user];
        if (!result.evaluated || !inCohort(result)) {
            continue;
        }
        ++set.users;
        set.precision += result.precision;
        set.recall += result.recall;
        set.ndcg += result.ndcg;
        set.map += result.averagePrecision;
        for (const auto item : lists[user]) {
            ++counts[item];
        }
    }
    if (set.users > 0) {
        const auto users = static_cast<double>(set.users);
        set.precision /= users;
        set.recall /= users;
        set.ndcg /= users;
        set.map /= users;
        set.coverage = ranking_metrics::catalogCoverage(counts);
        set.gini = ranking_metrics::giniIndex(counts);
    }
    return set;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Evaluator::Evaluator(EvaluationOptions options) : m_options(options) {
    if (m_options.k == 0) {
        throw SpecError("evaluation: k must be at least 1");
    }
}

EvaluationReport Evaluator::evaluate(const Recommender& model, const TrainTestSplit& split,
                                     const TrainingMonitor& monitor) const {
    const auto& train = split.train.matrix();
    const auto& test = split.test;
    const std::size_t catalogSize = model.itemCount();
    if (catalogSize != split.train.itemCount()) {
        throw EngineError("evaluation: the model scores " + std::to_string(catalogSize) +
                          " items but the split has " + std::to_string(split.train.itemCount()));
    }
    const std::size_t k = m_options.k;
    std::vector<UserResult> results(train.rows());
    std::vector<std::vector<ItemIndex>> lists(train.rows());
    std::atomic<bool> cancelled = false;
    const auto users = static_cast<std::int64_t>(train.rows());
#pragma omp parallel
    {
        UserQuery query;
        std::vector<float> scores(catalogSize);
        std::vector<ScoredItem> top;
#pragma omp for schedule(dynamic, 16)
        for (std::int64_t signedUser = 0; signedUser < users; ++signedUser) {
            const auto user = static_cast<std::size_t>(signedUser);
            if (test.rowSize(user) == 0 || cancelled.load(std::memory_order_relaxed)) {
                continue;
            }
            if (user % 256 == 0 && monitor.cancelled()) {
                cancelled = true;
                continue;
            }
            const auto seen = train.rowColumns(user);
            const auto weights = train.rowValues(user);
            query.history.clear();
            for (std::size_t position = 0; position < seen.size(); ++position) {
                query.history.push_back({seen[position], weights[position]});
            }
            model.prepare(query);
            model.scoreAll(query, scores);
            top.clear();
            selectTopK(
                scores, k,
                [seen](ItemIndex item) {
                    return !std::binary_search(seen.begin(), seen.end(), item);
                },
                top);
            auto& list = lists[user];
            for (const auto& entry : top) {
                list.push_back(entry.item);
            }
            const auto relevant = test.rowColumns(user);
            auto& result = results[user];
            result.evaluated = true;
            result.isNew = seen.size() < m_options.newUserThreshold;
            result.precision = ranking_metrics::precision(list, relevant, k);
            result.recall = ranking_metrics::recall(list, relevant, k);
            result.ndcg = ranking_metrics::ndcg(list, relevant, k);
            result.averagePrecision = ranking_metrics::averagePrecision(list, relevant, k);
        }
    }
    if (cancelled) {
        throw TrainingCancelled();
    }
    EvaluationReport report;
    report.algorithm = model.spec();
    report.k = k;
    report.newUserThreshold = m_options.newUserThreshold;
    report.overall = summarise(results, lists, catalogSize, [](const UserResult&) { return true; });
    report.newUsers = summarise(results, lists, catalogSize,
                                [](const UserResult& result) { return result.isNew; });
    report.establishedUsers = summarise(results, lists, catalogSize,
                                        [](const UserResult& result) { return !result.isNew; });
    report.split = {{"train_interactions", split.train.interactionCount()},
                    {"test_interactions", split.test.nonZeros()},
                    {"test_users", split.testUsers},
                    {"users", split.train.userCount()},
                    {"items", split.train.itemCount()}};
    return report;
}

EvaluationReport Evaluator::evaluate(std::string_view algorithmSpec, const InteractionDataset& data,
                                     const SplitOptions& splitOptions,
                                     const TrainingMonitor& monitor) const {
    auto model = RecommenderFactory::create(algorithmSpec);
    const auto split = splitPerUser(data, splitOptions);
    const auto trainStart = std::chrono::steady_clock::now();
    model->fit(split.train, monitor);
    const double trainSeconds = secondsSince(trainStart);
    const auto evaluateStart = std::chrono::steady_clock::now();
    auto report = evaluate(*model, split, monitor);
    report.trainSeconds = trainSeconds;
    report.evaluateSeconds = secondsSince(evaluateStart);
    report.split.update(splitOptions.toJson());
    return report;
}

}  // namespace recops::engine
