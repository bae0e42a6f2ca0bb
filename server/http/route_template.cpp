// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/route_template.h"

#include <algorithm>
#include <stdexcept>

namespace recops::http {
namespace {

bool isParameterNameCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/// Splits off the segment at the front of @p rest (which starts after a '/').
std::string_view nextSegment(std::string_view& rest) {
    const auto slash = rest.find('/');
    const std::string_view segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    return segment;
}

}  // namespace

RouteTemplate::RouteTemplate(std::string_view pattern) : m_pattern(pattern) {
    if (pattern.empty() || pattern.front() != '/') {
        throw std::invalid_argument("route pattern must start with '/': " + m_pattern);
    }
    std::string_view rest = pattern.substr(1);
    while (true) {
        const bool last = rest.find('/') == std::string_view::npos;
        const std::string_view segment = nextSegment(rest);
        const bool isParameter =
            segment.size() >= 2 && segment.front() == '{' && segment.back() == '}';
        const std::string_view text = isParameter ? segment.substr(1, segment.size() - 2) : segment;
        const bool validName =
            !text.empty() && std::all_of(text.begin(), text.end(), isParameterNameCharacter);
        if (isParameter && !validName) {
            throw std::invalid_argument("route parameter must be {lowercase_name}: " + m_pattern);
        }
        if (!isParameter && text.find_first_of("{}") != std::string_view::npos) {
            throw std::invalid_argument("a route parameter must be a whole segment: " + m_pattern);
        }
        const bool duplicate = std::any_of(
            m_segments.begin(), m_segments.end(),
            [&](const Segment& s) { return isParameter && s.isParameter && s.text == text; });
        if (duplicate) {
            throw std::invalid_argument("route parameter named twice: " + m_pattern);
        }
        m_segments.push_back({std::string(text), isParameter});
        if (last) {
            break;
        }
    }
}

bool RouteTemplate::match(std::string_view path, PathParameters& parameters) const {
    parameters.clear();
    if (path.empty() || path.front() != '/') {
        return false;
    }
    std::string_view rest = path.substr(1);
    for (std::size_t index = 0; index < m_segments.size(); ++index) {
        const bool last = rest.find('/') == std::string_view::npos;
        const std::string_view segment = nextSegment(rest);
        const Segment& expected = m_segments[index];
        if (expected.isParameter) {
            std::string value;
            if (segment.empty() || !percentDecode(segment, value)) {
                return false;
            }
            parameters.add(expected.text, std::move(value));
        } else if (segment != expected.text) {
            return false;
        }
        // The path ran out before the template, or has segments left after it.
        if (last != (index + 1 == m_segments.size())) {
            return false;
        }
    }
    return true;
}

bool RouteTemplate::isMoreSpecificThan(const RouteTemplate& other) const {
    const std::size_t common = std::min(m_segments.size(), other.m_segments.size());
    for (std::size_t index = 0; index < common; ++index) {
        if (m_segments[index].isParameter != other.m_segments[index].isParameter) {
            return !m_segments[index].isParameter;
        }
    }
    return false;
}

bool percentDecode(std::string_view text, std::string& out) {
    out.clear();
    out.reserve(text.size());
    for (std::size_t index = 0; index < text.size(); ++index) {
        if (text[index] != '%') {
            out.push_back(text[index]);
            continue;
        }
        if (index + 2 >= text.size()) {
            return false;
        }
        const int high = hexValue(text[index + 1]);
        const int low = hexValue(text[index + 2]);
        if (high < 0 || low < 0) {
            return false;
        }
        out.push_back(static_cast<char>(high * 16 + low));
        index += 2;
    }
    return true;
}

std::string percentEncodeSegment(std::string_view text) {
    static constexpr char kHexDigits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char character : text) {
        const auto byte = static_cast<unsigned char>(character);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
            (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
            byte == '~') {
            out.push_back(character);
        } else {
            out.push_back('%');
            out.push_back(kHexDigits[byte >> 4]);
            out.push_back(kHexDigits[byte & 0x0F]);
        }
    }
    return out;
}

}  // namespace recops::http
