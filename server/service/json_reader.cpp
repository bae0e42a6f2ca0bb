// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/json_reader.h"

#include "common/timestamp.h"

#include <cmath>

namespace recops::service {
namespace {

std::string describe(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null:
            return "null";
        case nlohmann::json::value_t::boolean:
            return "a boolean";
        case nlohmann::json::value_t::string:
            return "a string";
        case nlohmann::json::value_t::array:
            return "an array";
        case nlohmann::json::value_t::object:
            return "an object";
        default:
            return "a number";
    }
}

}  // namespace

JsonReader::JsonReader(const nlohmann::json& value, std::string path)
    : m_value(value), m_path(std::move(path)) {}

std::string JsonReader::pathOf(std::string_view member) const {
    if (member.empty()) {
        return m_path.empty() ? std::string("the body") : m_path;
    }
    return m_path.empty() ? std::string(member) : m_path + "." + std::string(member);
}

void JsonReader::fail(std::string_view member, const std::string& message) const {
    throw InvalidInput(pathOf(member) + ": " + message);
}

void JsonReader::expectObject(std::initializer_list<std::string_view> allowed) const {
    if (!m_value.is_object()) {
        fail({}, "expected an object, got " + describe(m_value));
    }
    for (const auto& [member, value] : m_value.items()) {
        bool known = false;
        for (std::string_view name : allowed) {
            known = known || name == member;
        }
        if (!known) {
            std::string names;
            for (std::string_view name : allowed) {
                names += names.empty() ? "" : ", ";
                names += name;
            }
            fail(member, "unknown member; expected one of " + names);
        }
    }
}

const nlohmann::json* JsonReader::find(std::string_view member) const {
    const auto found = m_value.find(member);
    if (found == m_value.end() || found->is_null()) {
        return nullptr;
    }
    return &*found;
}

bool JsonReader::has(std::string_view member) const {
    return find(member) != nullptr;
}

std::string JsonReader::requiredString(std::string_view member, std::size_t maxLength) const {
    if (!has(member)) {
        fail(member, "required");
    }
    return optionalString(member, {}, maxLength);
}

std::string JsonReader::optionalString(std::string_view member, std::string fallback,
                                       std::size_t maxLength) const {
    const nlohmann::json* value = find(member);
    if (value == nullptr) {
        return fallback;
    }
    return JsonReader(*value, pathOf(member)).asString(maxLength);
}

std::string JsonReader::asString(std::size_t maxLength) const {
    if (!m_value.is_string()) {
        fail({}, "expected a string, got " + describe(m_value));
    }
    std::string text = m_value.get<std::string>();
    if (text.size() > maxLength) {
        fail({}, "longer than " + std::to_string(maxLength) + " bytes");
    }
    for (char c : text) {
        if (static_cast<unsigned char>(c) < 0x20) {
            fail({}, "control characters are not allowed");
        }
    }
    return text;
}

std::int64_t JsonReader::requiredInteger(std::string_view member, std::int64_t minimum,
                                         std::int64_t maximum) const {
    if (!has(member)) {
        fail(member, "required");
    }
    return optionalInteger(member, minimum, minimum, maximum);
}

std::int64_t JsonReader::optionalInteger(std::string_view member, std::int64_t fallback,
                                         std::int64_t minimum, std::int64_t maximum) const {
    const nlohmann::json* value = find(member);
    if (value == nullptr) {
        return fallback;
    }
    const std::string expected =
        "an integer in " + std::to_string(minimum) + ".." + std::to_string(maximum);
    if (!value->is_number_integer()) {
        fail(member, "expected " + expected + ", got " + describe(*value));
    }
    if (value->is_number_unsigned() &&
        value->get<std::uint64_t>() > static_cast<std::uint64_t>(maximum)) {
        fail(member, "expected " + expected + ", got " + value->dump());
    }
    const auto number = value->get<std::int64_t>();
    if (number < minimum || number > maximum) {
        fail(member, "expected " + expected + ", got " + std::to_string(number));
    }
    return number;
}

std::optional<double> JsonReader::optionalNumber(std::string_view member) const {
    const nlohmann::json* value = find(member);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_number()) {
        fail(member, "expected a number, got " + describe(*value));
    }
    const auto number = value->get<double>();
    if (!std::isfinite(number)) {
        fail(member, "expected a finite number");
    }
    return number;
}

std::optional<std::chrono::system_clock::time_point> JsonReader::optionalTimestamp(
    std::string_view member) const {
    if (!has(member)) {
        return std::nullopt;
    }
    const std::string text = optionalString(member, {}, 64);
    const auto time = common::parseTimestamp(text);
    if (!time) {
        fail(member,
             "expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z, got \"" + text + "\"");
    }
    return time;
}

std::vector<JsonReader> JsonReader::array(std::string_view member, bool required,
                                          std::size_t maxItems) const {
    const nlohmann::json* value = find(member);
    if (value == nullptr) {
        if (required) {
            fail(member, "required");
        }
        return {};
    }
    if (!value->is_array()) {
        fail(member, "expected an array, got " + describe(*value));
    }
    if (value->size() > maxItems) {
        fail(member, "more than " + std::to_string(maxItems) + " items");
    }
    std::vector<JsonReader> items;
    for (std::size_t index = 0; index < value->size(); ++index) {
        items.emplace_back((*value)[index], pathOf(member) + "[" + std::to_string(index) + "]");
    }
    return items;
}

std::optional<JsonReader> JsonReader::optionalObject(std::string_view member) const {
    const nlohmann::json* value = find(member);
    if (value == nullptr) {
        return std::nullopt;
    }
    return JsonReader(*value, pathOf(member));
}

}  // namespace recops::service
