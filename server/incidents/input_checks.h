// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

// Checks shared by the readers of incident requests. Each returns the complaint, naming the
// member, or nothing when the value is acceptable.
namespace recops::incidents {

/// Whether line breaks may appear in a text member (a summary) or not (a title).
enum class LineBreaks { Allowed, Refused };

/// @p body must be an object whose members are all in @p known.
std::optional<std::string> findUnknownMember(const nlohmann::json& body,
                                             std::initializer_list<std::string_view> known,
                                             std::string_view what);

/// @p value must be a string of @p minimum to @p maximum bytes of valid UTF-8 without
/// control characters (tabs and, when allowed, line breaks excepted).
std::optional<std::string> findTextProblem(std::string_view member, const nlohmann::json& value,
                                           std::size_t minimum, std::size_t maximum,
                                           LineBreaks lineBreaks);

/// @p value must be 1 to @p maximum characters of A-Z a-z 0-9 . _ : - (an identifier).
std::optional<std::string> findIdentifierProblem(std::string_view member,
                                                 const nlohmann::json& value, std::size_t maximum);

}  // namespace recops::incidents
