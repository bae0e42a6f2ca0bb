// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/event_weights.h"
#include "engine/id_index.h"
#include "engine/interaction_dataset.h"
#include "engine/popularity_recommender.h"
#include "engine/recommender.h"
#include "engine/retriever.h"
#include "engine/training_monitor.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::engine {

/// A trained model version: the main recommender, the popularity model (the cold-start
/// fallback and the ranking's popularity signal), the item ids both index into, the event
/// weights that turned events into confidences (serving must convert a user's events the
/// same way), and facts about the training run.
///
/// On disk (one directory per version):
///
///     model.json                    format, version, specs, shapes, event weights, training
///                                   facts and the list of files below
///     items.bin                     item ids (strings), model index order
///     model/...                     the main recommender's arrays
///     popularity/popularity_scores.bin
///     retrieval/...                 optional: a prebuilt vector index (HNSW)
///
/// All binary files use the checked format of artifact_format.h.
class ModelBundle {
public:
    static constexpr int kFormatVersion = 1;

    ModelBundle(std::shared_ptr<const Recommender> model,
                std::shared_ptr<const PopularityRecommender> popularity, IdIndex items,
                EventWeights eventWeights, nlohmann::json trainingInfo);

    /// Fits `algorithmSpec` and a popularity model (`popularitySpec`) on `data`.
    /// trainingInfo records the dataset's shape and the fit time.
    static ModelBundle train(const InteractionDataset& data, std::string_view algorithmSpec,
                             const EventWeights& eventWeights, const TrainingMonitor& monitor = {},
                             std::string_view popularitySpec = "popularity:half_life_days=30");

    /// Writes the version into `directory` (created if needed) and returns the files
    /// written, relative to it, model.json last. With a persistent `retriever` (built over
    /// this model's item embeddings) its index is saved too, so loading skips the build.
    std::vector<std::filesystem::path> save(const std::filesystem::path& directory,
                                            const Retriever* retriever = nullptr) const;
    /// Reads and validates a saved version; ArtifactError on anything wrong.
    static ModelBundle load(const std::filesystem::path& directory);
    /// The files of a saved version as its model.json lists them (relative paths, model.json
    /// included), for checksumming by a registry.
    static std::vector<std::filesystem::path> artifactFiles(const std::filesystem::path& directory);

    const Recommender& model() const { return *m_model; }
    const PopularityRecommender& popularity() const { return *m_popularity; }
    const IdIndex& items() const { return m_items; }
    const EventWeights& eventWeights() const { return m_eventWeights; }
    const nlohmann::json& trainingInfo() const { return m_trainingInfo; }

    /// The spec of the retrieval index saved with this version, if any.
    const std::optional<std::string>& savedRetrieverSpec() const { return m_savedRetrieverSpec; }
    /// Loads that index into `retriever` (which must have been created from that spec).
    void loadSavedRetriever(Retriever& retriever) const;

private:
    std::shared_ptr<const Recommender> m_model;
    std::shared_ptr<const PopularityRecommender> m_popularity;
    IdIndex m_items;
    EventWeights m_eventWeights;
    nlohmann::json m_trainingInfo;
    std::optional<std::string> m_savedRetrieverSpec;
    std::filesystem::path m_directory;  // set by load()
};

}  // namespace recops::engine
