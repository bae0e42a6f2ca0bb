// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/retriever_factory.h"

#include "engine/brute_force_retriever.h"
#include "engine/component_spec.h"
#include "engine/engine_error.h"
#include "engine/faiss_flat_retriever.h"
#include "engine/faiss_hnsw_retriever.h"

namespace recops::engine {

std::unique_ptr<Retriever> RetrieverFactory::create(std::string_view text) {
    auto spec = ComponentSpec::parse(text, "retriever");
    if (spec.name() == "hnsw") {
        return std::make_unique<FaissHnswRetriever>(spec);
    }
    if (spec.name() == "flat" || spec.name() == "brute") {
        spec.finish();
        if (spec.name() == "flat") {
            return std::make_unique<FaissFlatRetriever>();
        }
        return std::make_unique<BruteForceRetriever>();
    }
    throw SpecError("unknown retriever '" + spec.name() + "' (known: brute, flat, hnsw)");
}

std::string RetrieverFactory::specFor(std::size_t itemCount, const RetrievalSettings& settings) {
    return itemCount > settings.approximateAbove ? settings.approximateSpec : settings.exactSpec;
}

}  // namespace recops::engine
