// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/artifact_reader.h"
#include "engine/artifact_writer.h"
#include "engine/interaction_dataset.h"
#include "engine/training_monitor.h"
#include "engine/types.h"
#include "engine/user_query.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace recops::engine {

/// The one interface every model implements.
///
/// A model is built unfitted from its parameters (see RecommenderFactory), then either
/// fitted on an InteractionDataset or loaded from artifacts. Once fitted or loaded it is
/// immutable: every const method is safe to call from many threads at once.
///
/// Users are not part of a fitted model: a user is always described by their history
/// (item indices with confidence weights), so a user who arrived after training but has
/// some history gets personalised results (fold-in), and a known user's newest events count
/// without retraining.
class Recommender {
public:
    virtual ~Recommender() = default;

    /// "popularity", "als", "ease", "itemknn".
    virtual std::string_view algorithm() const = 0;
    /// The full configuration string, every parameter spelled out, that the factory reads
    /// back into an identical unfitted model.
    virtual std::string spec() const = 0;

    /// Fits on `data` (users x items confidence weights). Reports progress and polls for
    /// cancellation through `monitor`; throws TrainingCancelled, CapacityError when the data
    /// cannot be handled (for example EASE on a catalog too large for memory).
    virtual void fit(const InteractionDataset& data, const TrainingMonitor& monitor) = 0;
    virtual bool fitted() const = 0;
    /// Items the model scores: indices 0 .. itemCount()-1 of the training dataset's items.
    virtual std::size_t itemCount() const = 0;

    /// Per-request preparation of a user's query (default: nothing to prepare).
    virtual void prepare(UserQuery& query) const;
    /// Scores every item; `scores.size()` must be itemCount(). Higher is better; scores of
    /// one query are comparable with each other, not across models.
    virtual void scoreAll(const UserQuery& query, std::span<float> scores) const = 0;
    /// Scores only `items` into `scores` (same length).
    virtual void scoreItems(const UserQuery& query, std::span<const ItemIndex> items,
                            std::span<float> scores) const = 0;

    /// The `k` items most similar to `item`, best first, `item` itself excluded. The default
    /// scores the catalog for a user whose whole history is that one item.
    virtual std::vector<ScoredItem> similarItems(ItemIndex item, std::size_t k) const;

    /// Dimension of the item vectors, 0 when the model has none.
    virtual std::size_t embeddingDimension() const { return 0; }
    /// Row-major itemCount() x embeddingDimension() item vectors, for vector retrieval:
    /// for these models scoreAll() is the inner product with UserQuery::embedding.
    virtual std::span<const float> itemEmbeddings() const { return {}; }

    /// Writes the fitted state (not the parameters: spec() carries those).
    virtual void save(ArtifactWriter& writer) const = 0;
    /// Reads the fitted state written by save() for a model built from the same spec;
    /// throws ArtifactError on anything missing, corrupt or inconsistent.
    virtual void load(const ArtifactReader& reader) = 0;

    /// Approximate bytes held by the fitted model.
    virtual std::size_t memoryBytes() const = 0;
};

}  // namespace recops::engine
