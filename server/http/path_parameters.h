// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <boost/container/small_vector.hpp>

namespace recops::http {

/// The values a route template's {name} segments captured, percent-decoded. Kept inline for
/// the usual one or two parameters.
class PathParameters {
public:
    void add(std::string_view name, std::string value) {
        m_values.emplace_back(name, std::move(value));
    }
    void clear() { m_values.clear(); }

    /// The value captured for @p name, or an empty view when the template has no such name.
    std::string_view get(std::string_view name) const {
        for (const auto& [candidate, value] : m_values) {
            if (candidate == name) {
                return value;
            }
        }
        return {};
    }

    std::size_t size() const { return m_values.size(); }

private:
    boost::container::small_vector<std::pair<std::string_view, std::string>, 2> m_values;
};

}  // namespace recops::http
