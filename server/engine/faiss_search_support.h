// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/item_filter.h"

#include <cstdint>
#include <vector>

#include <faiss/impl/IDSelector.h>

namespace recops::engine::faiss_support {

/// Presents an ItemFilter to FAISS as the IDSelector of SearchParameters, so rejected
/// items are skipped inside the search instead of over-fetching and dropping them.
class FilterSelector final : public faiss::IDSelector {
public:
    explicit FilterSelector(ItemFilter filter) : m_filter(filter) {}
    bool is_member(idx_t id) const override { return m_filter.accepts(static_cast<ItemIndex>(id)); }

private:
    ItemFilter m_filter;
};

/// Runs FAISS on the calling thread only for its lifetime. A server query is one vector;
/// letting FAISS open an OpenMP team per request would oversubscribe the cores that the
/// concurrent requests already use. omp_set_num_threads() only affects parallel regions
/// started by this thread, and the previous value is restored.
class SingleThreadedSearch {
public:
    SingleThreadedSearch();
    ~SingleThreadedSearch();
    SingleThreadedSearch(const SingleThreadedSearch&) = delete;
    SingleThreadedSearch& operator=(const SingleThreadedSearch&) = delete;

private:
    int m_previousThreads;
};

/// Per-thread result buffers for one search of k results.
struct SearchBuffers {
    std::vector<float> distances;
    std::vector<std::int64_t> labels;

    void resize(std::size_t k) {
        distances.resize(k);
        labels.resize(k);
    }
};

}  // namespace recops::engine::faiss_support
