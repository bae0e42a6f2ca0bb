// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/types.h"

#include <type_traits>
#include <utility>

namespace recops::engine {

/// A non-owning reference to a predicate "may this item be returned?", cheap to copy and
/// to call (one indirect call, no allocation), for the exclude hooks of retrieval and
/// candidate generation. An empty filter accepts every item. The referenced callable must
/// outlive the filter.
class ItemFilter {
public:
    ItemFilter() = default;

    template <typename Callable,
              typename = std::enable_if_t<!std::is_same_v<std::decay_t<Callable>, ItemFilter>>>
    ItemFilter(const Callable& callable)  // NOLINT(google-explicit-constructor): a view
        : m_object(&callable), m_call([](const void* object, ItemIndex item) {
            return (*static_cast<const Callable*>(object))(item);
        }) {}

    bool accepts(ItemIndex item) const { return m_call == nullptr || m_call(m_object, item); }
    bool acceptsAll() const { return m_call == nullptr; }

private:
    const void* m_object = nullptr;
    bool (*m_call)(const void*, ItemIndex) = nullptr;
};

}  // namespace recops::engine
