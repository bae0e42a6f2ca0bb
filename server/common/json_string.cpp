// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/json_string.h"

#include <cstdint>

namespace recops::common {
namespace {

bool isContinuation(std::uint8_t byte) {
    return (byte & 0xC0) == 0x80;
}

/// Length of the well-formed UTF-8 sequence starting at @p position, or 0 when it is not one
/// (overlong forms, surrogates and code points past U+10FFFF are rejected, as in RFC 3629).
std::size_t validSequenceLength(std::string_view text, std::size_t position) {
    const auto byteAt = [&](std::size_t offset) {
        return static_cast<std::uint8_t>(text[position + offset]);
    };
    const std::uint8_t lead = byteAt(0);
    std::size_t length = 0;
    std::uint8_t secondMinimum = 0x80;
    std::uint8_t secondMaximum = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        secondMinimum = lead == 0xE0 ? 0xA0 : 0x80;
        secondMaximum = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        secondMinimum = lead == 0xF0 ? 0x90 : 0x80;
        secondMaximum = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (position + length > text.size()) {
        return 0;
    }
    if (byteAt(1) < secondMinimum || byteAt(1) > secondMaximum) {
        return 0;
    }
    for (std::size_t offset = 2; offset < length; ++offset) {
        if (!isContinuation(byteAt(offset))) {
            return 0;
        }
    }
    return length;
}

void appendControlEscape(std::string& out, std::uint8_t byte) {
    static constexpr char kDigits[] = "0123456789abcdef";
    switch (byte) {
        case '\b':
            out += "\\b";
            return;
        case '\f':
            out += "\\f";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default:
            out += "\\u00";
            out.push_back(kDigits[byte >> 4]);
            out.push_back(kDigits[byte & 0x0f]);
    }
}

}  // namespace

void appendJsonString(std::string& out, std::string_view text) {
    out.push_back('"');
    std::size_t position = 0;
    while (position < text.size()) {
        const auto byte = static_cast<std::uint8_t>(text[position]);
        if (byte < 0x80) {
            if (byte == '"' || byte == '\\') {
                out.push_back('\\');
                out.push_back(static_cast<char>(byte));
            } else if (byte < 0x20) {
                appendControlEscape(out, byte);
            } else {
                out.push_back(static_cast<char>(byte));
            }
            ++position;
            continue;
        }
        if (const std::size_t length = validSequenceLength(text, position); length > 0) {
            out.append(text.substr(position, length));
            position += length;
        } else {
            out += "\\ufffd";
            ++position;
        }
    }
    out.push_back('"');
}

}  // namespace recops::common
