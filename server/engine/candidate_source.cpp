// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/candidate_source.h"

namespace recops::engine {

std::string_view candidateSourceName(CandidateSource source) {
    switch (source) {
        case CandidateSource::Embedding:
            return "embedding";
        case CandidateSource::Model:
            return "model";
        case CandidateSource::ItemToItem:
            return "item_to_item";
        case CandidateSource::Popular:
            return "popular";
        case CandidateSource::Fresh:
            return "fresh";
    }
    return "unknown";
}

std::vector<std::string_view> candidateSourceNames(CandidateSources sources) {
    std::vector<std::string_view> names;
    for (const auto source :
         {CandidateSource::Embedding, CandidateSource::Model, CandidateSource::ItemToItem,
          CandidateSource::Popular, CandidateSource::Fresh}) {
        if ((sources & sourceBit(source)) != 0) {
            names.push_back(candidateSourceName(source));
        }
    }
    return names;
}

}  // namespace recops::engine
