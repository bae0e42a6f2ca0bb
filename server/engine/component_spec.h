// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace recops::engine {

/// A configuration string of the form "name:key=value,key=value", as used for algorithms
/// ("als:factors=64,iterations=15") and retrievers ("hnsw:M=32,ef_search=64").
///
/// Typed getters read a parameter with its default and its valid range, and remember the
/// keys they were asked for; finish() then rejects any key nobody asked for, so a typo is
/// an error that lists the valid keys instead of a silently ignored setting.
class ComponentSpec {
public:
    /// Parses "name" or "name:key=value,...". `kind` names the thing for messages
    /// ("algorithm", "retriever"). Throws SpecError on a malformed string or duplicate key.
    static ComponentSpec parse(std::string_view text, std::string_view kind);
    /// Parses a bare "key=value,..." list under the given name.
    static ComponentSpec parseParameters(std::string_view name, std::string_view text);

    const std::string& name() const { return m_name; }
    const std::vector<std::pair<std::string, std::string>>& entries() const { return m_entries; }
    bool has(std::string_view key) const;

    int integer(std::string_view key, int fallback, int minimum, int maximum);
    double number(std::string_view key, double fallback, double minimum, double maximum);
    bool flag(std::string_view key, bool fallback);
    std::string choice(std::string_view key, std::string_view fallback,
                       std::initializer_list<std::string_view> allowed);

    /// Throws SpecError if a parameter was given that no getter asked for.
    void finish() const;

    /// Formats a number the way parse() reads it back (shortest round-trip form).
    static std::string formatNumber(double value);

private:
    const std::string* find(std::string_view key);
    [[noreturn]] void fail(std::string_view key, std::string_view expectation,
                           std::string_view got) const;

    std::string m_name;
    std::vector<std::pair<std::string, std::string>> m_entries;
    std::set<std::string, std::less<>> m_knownKeys;
};

}  // namespace recops::engine
