// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/faiss_search_support.h"

#include <omp.h>

namespace recops::engine::faiss_support {

SingleThreadedSearch::SingleThreadedSearch() : m_previousThreads(omp_get_max_threads()) {
    omp_set_num_threads(1);
}

SingleThreadedSearch::~SingleThreadedSearch() {
    omp_set_num_threads(m_previousThreads);
}

}  // namespace recops::engine::faiss_support
