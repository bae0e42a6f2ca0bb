// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "incidents/input_checks.h"

#include "common/utf8.h"

#include <algorithm>

namespace recops::incidents {

std::optional<std::string> findUnknownMember(const nlohmann::json& body,
                                             std::initializer_list<std::string_view> known,
                                             std::string_view what) {
    for (const auto& [member, value] : body.items()) {
        if (std::find(known.begin(), known.end(), member) == known.end()) {
            std::string names;
            for (const std::string_view name : known) {
                names += (names.empty() ? "" : ", ") + std::string(name);
            }
            return "unknown member \"" + member + "\"; " + std::string(what) + " has " + names;
        }
    }
    return std::nullopt;
}

std::optional<std::string> findTextProblem(std::string_view member, const nlohmann::json& value,
                                           std::size_t minimum, std::size_t maximum,
                                           LineBreaks lineBreaks) {
    const std::string name(member);
    if (!value.is_string()) {
        return name + " must be a string";
    }
    const std::string& text = value.get_ref<const std::string&>();
    if (text.size() < minimum || text.size() > maximum) {
        return minimum == 0 ? name + " has at most " + std::to_string(maximum) + " bytes"
                            : name + " must have " + std::to_string(minimum) + " to " +
                                  std::to_string(maximum) + " bytes";
    }
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool lineBreak = c == '\n' || c == '\r';
        if ((byte < 0x20 && c != '\t' && !(lineBreak && lineBreaks == LineBreaks::Allowed)) ||
            byte == 0x7f) {
            return name + " cannot hold control characters" +
                   (lineBreaks == LineBreaks::Refused ? " or line breaks" : "");
        }
    }
    // The JSON parser accepts any bytes in strings; stored text must be readable UTF-8.
    if (!common::isValidUtf8(text)) {
        return name + " must be valid UTF-8";
    }
    return std::nullopt;
}

std::optional<std::string> findIdentifierProblem(std::string_view member,
                                                 const nlohmann::json& value, std::size_t maximum) {
    const std::string name(member);
    const auto valid = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == ':' || c == '-';
    };
    if (!value.is_string() || value.get_ref<const std::string&>().empty() ||
        value.get_ref<const std::string&>().size() > maximum ||
        !std::all_of(value.get_ref<const std::string&>().begin(),
                     value.get_ref<const std::string&>().end(), valid)) {
        return name + " must be 1 to " + std::to_string(maximum) +
               " characters of A-Z a-z 0-9 . _ : -";
    }
    return std::nullopt;
}

}  // namespace recops::incidents
