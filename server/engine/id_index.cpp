// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/id_index.h"

#include "engine/engine_error.h"

#include <limits>

namespace recops::engine {

IdIndex::IdIndex(std::vector<std::string> ids) {
    m_indexOf.reserve(ids.size());
    for (const auto& id : ids) {
        if (m_indexOf.count(id) != 0) {
            throw EngineError("duplicate id '" + id + "' in an id index");
        }
        m_indexOf.emplace(id, static_cast<std::uint32_t>(m_indexOf.size()));
    }
    m_ids = std::move(ids);
}

std::uint32_t IdIndex::insert(std::string_view id) {
    if (const auto found = m_indexOf.find(id); found != m_indexOf.end()) {
        return found->second;
    }
    if (m_ids.size() >= std::numeric_limits<std::uint32_t>::max()) {
        throw CapacityError("more than 2^32-1 distinct ids");
    }
    const auto index = static_cast<std::uint32_t>(m_ids.size());
    m_ids.emplace_back(id);
    m_indexOf.emplace(m_ids.back(), index);
    return index;
}

std::optional<std::uint32_t> IdIndex::find(std::string_view id) const {
    if (const auto found = m_indexOf.find(id); found != m_indexOf.end()) {
        return found->second;
    }
    return std::nullopt;
}

}  // namespace recops::engine
