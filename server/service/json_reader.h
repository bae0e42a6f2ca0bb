// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::service {

/// A member of a request body that is missing, of the wrong type or out of range. The
/// message starts with the member's path ("contacts[2].webhook.url: ...").
class InvalidInput : public std::runtime_error {
public:
    explicit InvalidInput(const std::string& message) : std::runtime_error(message) {}
};

/**
 * Reads a JSON request body member by member, complaining precisely.
 *
 * Each accessor throws InvalidInput naming the member's full path and what was expected, so
 * that a body reader is a straight list of the members it takes; the request's reader catches
 * InvalidInput once and answers 400 invalid-request with its message. The exception never
 * leaves that reader: at the HTTP boundary bad input is still a value.
 */
class JsonReader {
public:
    /// @p path is where @p value sits in the body; empty for the body itself.
    JsonReader(const nlohmann::json& value, std::string path);

    /// Throws unless the value is an object whose members are all in @p allowed.
    void expectObject(std::initializer_list<std::string_view> allowed) const;

    bool has(std::string_view member) const;

    std::string requiredString(std::string_view member, std::size_t maxLength = 1000) const;
    std::string optionalString(std::string_view member, std::string fallback = {},
                               std::size_t maxLength = 1000) const;
    std::int64_t requiredInteger(std::string_view member, std::int64_t minimum,
                                 std::int64_t maximum) const;
    std::int64_t optionalInteger(std::string_view member, std::int64_t fallback,
                                 std::int64_t minimum, std::int64_t maximum) const;
    std::optional<double> optionalNumber(std::string_view member) const;
    /// An RFC 3339 timestamp string.
    std::optional<std::chrono::system_clock::time_point> optionalTimestamp(
        std::string_view member) const;

    /// The members of array @p member, each as a reader; throws when absent (if required),
    /// not an array, or longer than @p maxItems.
    std::vector<JsonReader> array(std::string_view member, bool required,
                                  std::size_t maxItems = 1000) const;
    /// The object @p member, as a reader; nothing when absent or null.
    std::optional<JsonReader> optionalObject(std::string_view member) const;

    /// This value itself as a string (for arrays of strings).
    std::string asString(std::size_t maxLength = 1000) const;

    const std::string& path() const { return m_path; }
    /// Throws InvalidInput for @p member (or this value when empty) with @p message.
    [[noreturn]] void fail(std::string_view member, const std::string& message) const;

private:
    std::string pathOf(std::string_view member) const;
    const nlohmann::json* find(std::string_view member) const;

    const nlohmann::json& m_value;
    std::string m_path;
};

}  // namespace recops::service
