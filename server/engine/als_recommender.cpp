// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Implicit ALS training: alternate user and item half-steps, each a set of independent
// per-row least-squares problems run in parallel with OpenMP. The objective is evaluated
// after every iteration without touching the dense users x items matrix, using
//
//     sum_{u,i} c_ui (p_ui - s_ui)^2 = sum_u x_u^T (Y^T Y) x_u
//                                     + sum_{(u,i) observed} [c_ui (1 - s_ui)^2 - s_ui^2]
//
// (unobserved pairs have c = 1 and p = 0, so they contribute s^2, which the first term
// counts for every pair and the correction removes for the observed ones).
#include "engine/als_recommender.h"

#include "engine/engine_error.h"
#include "engine/seeded_random.h"
#include "engine/top_k.h"

#include <atomic>
#include <cmath>
#include <string>

namespace recops::engine {
namespace {

constexpr const char* kItemFactorsFile = "als_item_factors.bin";
// Rows between two polls of the cancel check inside a half-step.
constexpr std::size_t kCancelPollRows = 1024;
constexpr float kInitialScale = 0.01F;

void initialise(FactorMatrix& factors, SeededRandom& random) {
    for (Eigen::Index row = 0; row < factors.rows(); ++row) {
        for (Eigen::Index column = 0; column < factors.cols(); ++column) {
            factors(row, column) = kInitialScale * static_cast<float>(random.normal());
        }
    }
}

/// Solves every row of `target` with `source` fixed; returns false if cancelled midway.
bool solveHalfStep(const CsrMatrix& confidence, const FactorMatrix& source, FactorMatrix& target,
                   float regularization, float alpha, AlsRecommender::Solver solver, int cgSteps,
                   const TrainingMonitor& monitor) {
    const ImplicitLeastSquares leastSquares(source, regularization, alpha);
    std::atomic<bool> cancelled = false;
    const auto rows = static_cast<std::int64_t>(confidence.rows());
#pragma omp parallel
    {
        std::vector<float> workspace(leastSquares.workspaceSize());
#pragma omp for schedule(dynamic, 64)
        for (std::int64_t row = 0; row < rows; ++row) {
            if (row % static_cast<std::int64_t>(kCancelPollRows) == 0 && monitor.cancelled()) {
                cancelled = true;
            }
            if (cancelled.load(std::memory_order_relaxed)) {
                continue;
            }
            const auto index = static_cast<std::size_t>(row);
            float* x = target.row(row).data();
            if (solver == AlsRecommender::Solver::Cholesky) {
                leastSquares.solveExact(confidence.rowColumns(index), confidence.rowValues(index),
                                        x, workspace.data());
            } else {
                leastSquares.refineConjugateGradient(confidence.rowColumns(index),
                                                     confidence.rowValues(index), x, cgSteps,
                                                     workspace.data());
            }
        }
    }
    return !cancelled;
}

double implicitLoss(const CsrMatrix& confidence, const FactorMatrix& users,
                    const FactorMatrix& items, float regularization, float alpha) {
    const Eigen::MatrixXd itemGram = items.cast<double>().transpose() * items.cast<double>();
    double loss = 0.0;
    const auto rows = static_cast<std::int64_t>(confidence.rows());
#pragma omp parallel for reduction(+ : loss) schedule(static)
    for (std::int64_t row = 0; row < rows; ++row) {
        const Eigen::VectorXd x = users.row(row).transpose().cast<double>();
        loss += x.dot(itemGram * x);
        const auto index = static_cast<std::size_t>(row);
        const auto columns = confidence.rowColumns(index);
        const auto weights = confidence.rowValues(index);
        for (std::size_t position = 0; position < columns.size(); ++position) {
            const double score = x.dot(items.row(columns[position]).transpose().cast<double>());
            const double c = 1.0 + static_cast<double>(alpha) * weights[position];
            loss += c * (1.0 - score) * (1.0 - score) - score * score;
        }
    }
    const double norms = users.cast<double>().squaredNorm() + items.cast<double>().squaredNorm();
    return loss + static_cast<double>(regularization) * norms;
}

}  // namespace

AlsRecommender::AlsRecommender(ComponentSpec& spec)
    : m_factors(spec.integer("factors", 64, 1, 1024))
    , m_iterations(spec.integer("iterations", 15, 1, 1000))
    , m_regularization(spec.number("regularization", 20.0, 1e-9, 1e6))
    , m_alpha(spec.number("alpha", 1.0, 0.0, 1e6))
    , m_solverKind(spec.choice("solver", "cg", {"cg", "cholesky"}) == "cg"
                       ? Solver::ConjugateGradient
                       : Solver::Cholesky)
    , m_cgSteps(spec.integer("cg_steps", 3, 1, 100))
    , m_seed(static_cast<std::uint64_t>(spec.integer("seed", 42, 0, 2147483647))) {
    spec.finish();
}

std::string AlsRecommender::spec() const {
    return "als:factors=" + std::to_string(m_factors) +
           ",iterations=" + std::to_string(m_iterations) +
           ",regularization=" + ComponentSpec::formatNumber(m_regularization) +
           ",alpha=" + ComponentSpec::formatNumber(m_alpha) +
           ",solver=" + (m_solverKind == Solver::Cholesky ? "cholesky" : "cg") +
           ",cg_steps=" + std::to_string(m_cgSteps) + ",seed=" + std::to_string(m_seed);
}

void AlsRecommender::fit(const InteractionDataset& data, const TrainingMonitor& monitor) {
    if (data.itemCount() == 0) {
        throw CapacityError("als: the dataset has no items");
    }
    m_solver.reset();
    m_lossHistory.clear();
    const auto& byUser = data.matrix();
    const auto byItem = byUser.transposed();
    FactorMatrix users(static_cast<Eigen::Index>(data.userCount()), m_factors);
    FactorMatrix items(static_cast<Eigen::Index>(data.itemCount()), m_factors);
    const auto regularization = static_cast<float>(m_regularization);
    const auto alpha = static_cast<float>(m_alpha);
    SeededRandom random(m_seed);
    initialise(users, random);
    initialise(items, random);

    for (int iteration = 1; iteration <= m_iterations; ++iteration) {
        const bool completed = solveHalfStep(byUser, items, users, regularization, alpha,
                                             m_solverKind, m_cgSteps, monitor) &&
                               solveHalfStep(byItem, users, items, regularization, alpha,
                                             m_solverKind, m_cgSteps, monitor);
        if (!completed) {
            throw TrainingCancelled();
        }
        const double loss = implicitLoss(byUser, users, items, regularization, alpha);
        m_lossHistory.push_back(loss);
        monitor.report({"als: iteration", static_cast<std::size_t>(iteration),
                        static_cast<std::size_t>(m_iterations), loss});
        monitor.throwIfCancelled();
    }
    m_items = std::move(items);
    finishModel();
}

void AlsRecommender::finishModel() {
    m_itemNorms.resize(static_cast<std::size_t>(m_items.rows()));
    for (Eigen::Index row = 0; row < m_items.rows(); ++row) {
        m_itemNorms[static_cast<std::size_t>(row)] = m_items.row(row).norm();
    }
    m_solver = std::make_unique<ImplicitLeastSquares>(m_items, static_cast<float>(m_regularization),
                                                      static_cast<float>(m_alpha));
}

void AlsRecommender::prepare(UserQuery& query) const {
    // Fold-in (Hu et al., eq. 4) with the item factors fixed: the same solve a user gets in
    // training, so a known user's vector is what one more ALS half-step would give.
    query.embedding.resize(static_cast<std::size_t>(m_factors));
    query.workspace.resize(m_solver->workspaceSize());
    m_solver->solveExact(query.history, query.embedding.data(), query.workspace.data());
}

void AlsRecommender::scoreAll(const UserQuery& query, std::span<float> scores) const {
    Eigen::Map<Eigen::VectorXf> out(scores.data(), static_cast<Eigen::Index>(scores.size()));
    const Eigen::Map<const Eigen::VectorXf> user(query.embedding.data(), m_factors);
    out.noalias() = m_items * user;
}

void AlsRecommender::scoreItems(const UserQuery& query, std::span<const ItemIndex> items,
                                std::span<float> scores) const {
    const Eigen::Map<const Eigen::VectorXf> user(query.embedding.data(), m_factors);
    for (std::size_t position = 0; position < items.size(); ++position) {
        scores[position] = m_items.row(items[position]).dot(user.transpose());
    }
}

std::vector<ScoredItem> AlsRecommender::similarItems(ItemIndex item, std::size_t k) const {
    if (item >= itemCount()) {
        throw EngineError("item index " + std::to_string(item) + " outside a catalog of " +
                          std::to_string(itemCount()) + " items");
    }
    // Cosine between item vectors: the inner product alone would favour long (popular)
    // vectors over genuinely similar ones.
    std::vector<float> scores(itemCount());
    Eigen::Map<Eigen::VectorXf> out(scores.data(), static_cast<Eigen::Index>(scores.size()));
    out.noalias() = m_items * m_items.row(item).transpose();
    const float norm = m_itemNorms[item];
    for (std::size_t other = 0; other < scores.size(); ++other) {
        const float denominator = norm * m_itemNorms[other];
        scores[other] = denominator > 0.0F ? scores[other] / denominator : 0.0F;
    }
    std::vector<ScoredItem> result;
    result.reserve(k);
    selectTopK(
        scores, k, [item](ItemIndex candidate) { return candidate != item; }, result);
    return result;
}

std::span<const float> AlsRecommender::itemEmbeddings() const {
    return {m_items.data(), static_cast<std::size_t>(m_items.size())};
}

void AlsRecommender::save(ArtifactWriter& writer) const {
    writer.writeFloats(kItemFactorsFile, static_cast<std::size_t>(m_items.rows()),
                       static_cast<std::size_t>(m_items.cols()), itemEmbeddings());
}

void AlsRecommender::load(const ArtifactReader& reader) {
    auto array = reader.readFloats(kItemFactorsFile);
    array.requireShape(array.rows, static_cast<std::size_t>(m_factors));
    for (const float value : array.values) {
        if (!std::isfinite(value)) {
            throw ArtifactError("artifact '" + array.name + "' holds a non-finite factor");
        }
    }
    m_items = Eigen::Map<const FactorMatrix>(array.values.data(),
                                             static_cast<Eigen::Index>(array.rows), m_factors);
    m_lossHistory.clear();
    finishModel();
}

std::size_t AlsRecommender::memoryBytes() const {
    const auto f = static_cast<std::size_t>(m_factors);
    return static_cast<std::size_t>(m_items.size()) * sizeof(float) +
           m_itemNorms.size() * sizeof(float) + f * f * sizeof(float);
}

}  // namespace recops::engine
