// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace recops::engine {

/// A dense, insertion-ordered map between external string ids and indices 0..size-1.
/// Models work on indices; this class is the only place the two meet.
class IdIndex {
public:
    IdIndex() = default;
    explicit IdIndex(std::vector<std::string> ids);

    /// The index of `id`, adding it at the end if it is new.
    std::uint32_t insert(std::string_view id);
    std::optional<std::uint32_t> find(std::string_view id) const;
    const std::string& id(std::uint32_t index) const { return m_ids.at(index); }
    const std::vector<std::string>& ids() const { return m_ids; }
    std::size_t size() const { return m_ids.size(); }
    bool empty() const { return m_ids.empty(); }

    friend bool operator==(const IdIndex& left, const IdIndex& right) {
        return left.m_ids == right.m_ids;
    }

private:
    // Transparent hashing lets find() take a string_view without building a std::string.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };

    std::vector<std::string> m_ids;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_indexOf;
};

}  // namespace recops::engine
