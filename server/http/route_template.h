// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/path_parameters.h"

#include <string>
#include <string_view>
#include <vector>

namespace recops::http {

/**
 * A path pattern such as "/api/v1/tokens/{id}": literal segments, and {name} segments that
 * match any one non-empty segment. Matching walks the path in place and allocates only for
 * captured values.
 */
class RouteTemplate {
public:
    /// Throws std::invalid_argument for a pattern that does not start with '/', has an empty
    /// or malformed {name}, braces inside a literal segment, or the same name twice.
    explicit RouteTemplate(std::string_view pattern);

    /// Whether @p path (no query string) matches; on success @p parameters holds the captures.
    bool match(std::string_view path, PathParameters& parameters) const;

    const std::string& pattern() const { return m_pattern; }

    /// Whether this template should be tried before @p other: at the first segment where they
    /// differ in kind, a literal beats a parameter ("/tokens/current" before "/tokens/{id}").
    bool isMoreSpecificThan(const RouteTemplate& other) const;

private:
    struct Segment {
        std::string text;
        bool isParameter = false;
    };

    std::string m_pattern;
    std::vector<Segment> m_segments;
};

/// Decodes %XX escapes of @p text into @p out; false when an escape is malformed.
bool percentDecode(std::string_view text, std::string& out);

/// @p text as one path segment (for a Location header): every byte but RFC 3986's unreserved
/// characters (A-Z a-z 0-9 - . _ ~) becomes %XX, so percentDecode() gives @p text back.
std::string percentEncodeSegment(std::string_view text);

}  // namespace recops::http
