// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/component_spec.h"

#include "engine/engine_error.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace recops::engine {
namespace {

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

bool isIdentifier(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    });
}

std::string joinKeys(const std::set<std::string, std::less<>>& keys) {
    std::string joined;
    for (const auto& key : keys) {
        joined += joined.empty() ? "" : ", ";
        joined += key;
    }
    return joined.empty() ? "none" : joined;
}

}  // namespace

ComponentSpec ComponentSpec::parse(std::string_view text, std::string_view kind) {
    const auto colon = text.find(':');
    const auto name = trim(text.substr(0, colon));
    if (!isIdentifier(name)) {
        throw SpecError(std::string(kind) + " spec '" + std::string(text) +
                        "' must start with a name (letters, digits, '_' or '-')");
    }
    if (colon == std::string_view::npos) {
        ComponentSpec spec;
        spec.m_name = std::string(name);
        return spec;
    }
    return parseParameters(name, text.substr(colon + 1));
}

ComponentSpec ComponentSpec::parseParameters(std::string_view name, std::string_view text) {
    ComponentSpec spec;
    spec.m_name = std::string(name);
    if (trim(text).empty()) {
        return spec;
    }
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = std::min(text.find(',', start), text.size());
        const auto item = trim(text.substr(start, comma - start));
        const auto equals = item.find('=');
        const auto key = trim(item.substr(0, equals));
        const auto value =
            equals == std::string_view::npos ? std::string_view{} : trim(item.substr(equals + 1));
        if (equals == std::string_view::npos || !isIdentifier(key) || value.empty()) {
            throw SpecError(spec.m_name + ": expected key=value, got '" + std::string(item) + "'");
        }
        if (spec.has(key)) {
            throw SpecError(spec.m_name + ": parameter '" + std::string(key) + "' is given twice");
        }
        spec.m_entries.emplace_back(std::string(key), std::string(value));
        start = comma + 1;
    }
    return spec;
}

bool ComponentSpec::has(std::string_view key) const {
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [key](const auto& entry) { return entry.first == key; });
}

const std::string* ComponentSpec::find(std::string_view key) {
    m_knownKeys.emplace(key);
    for (const auto& entry : m_entries) {
        if (entry.first == key) {
            return &entry.second;
        }
    }
    return nullptr;
}

void ComponentSpec::fail(std::string_view key, std::string_view expectation,
                         std::string_view got) const {
    throw SpecError(m_name + ": parameter '" + std::string(key) + "' must be " +
                    std::string(expectation) + ", got '" + std::string(got) + "'");
}

int ComponentSpec::integer(std::string_view key, int fallback, int minimum, int maximum) {
    const auto* text = find(key);
    if (text == nullptr) {
        return fallback;
    }
    int value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    const auto range =
        "an integer in [" + std::to_string(minimum) + ", " + std::to_string(maximum) + "]";
    if (error != std::errc{} || end != text->data() + text->size() || value < minimum ||
        value > maximum) {
        fail(key, range, *text);
    }
    return value;
}

double ComponentSpec::number(std::string_view key, double fallback, double minimum,
                             double maximum) {
    const auto* text = find(key);
    if (text == nullptr) {
        return fallback;
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    const auto range = "a number in [" + formatNumber(minimum) + ", " + formatNumber(maximum) + "]";
    if (error != std::errc{} || end != text->data() + text->size() || !std::isfinite(value) ||
        value < minimum || value > maximum) {
        fail(key, range, *text);
    }
    return value;
}

bool ComponentSpec::flag(std::string_view key, bool fallback) {
    const auto* text = find(key);
    if (text == nullptr) {
        return fallback;
    }
    if (*text == "true" || *text == "1") {
        return true;
    }
    if (*text == "false" || *text == "0") {
        return false;
    }
    fail(key, "true or false", *text);
}

std::string ComponentSpec::choice(std::string_view key, std::string_view fallback,
                                  std::initializer_list<std::string_view> allowed) {
    const auto* text = find(key);
    if (text == nullptr) {
        return std::string(fallback);
    }
    if (std::find(allowed.begin(), allowed.end(), *text) != allowed.end()) {
        return *text;
    }
    std::string options;
    for (const auto option : allowed) {
        options += options.empty() ? "one of " : ", ";
        options += option;
    }
    fail(key, options, *text);
}

void ComponentSpec::finish() const {
    for (const auto& entry : m_entries) {
        if (m_knownKeys.count(entry.first) == 0) {
            throw SpecError(m_name + ": unknown parameter '" + entry.first +
                            "' (known: " + joinKeys(m_knownKeys) + ")");
        }
    }
}

std::string ComponentSpec::formatNumber(double value) {
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc{} ? std::string(buffer, end) : std::to_string(value);
}

}  // namespace recops::engine
