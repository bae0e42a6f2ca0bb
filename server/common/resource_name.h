// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

namespace recops::common {

/**
 * Whether @p name may name a model, an alias or another resource that also becomes a
 * directory or URL segment: 1-64 characters of a-z, 0-9, '-' and '_', starting with a letter
 * or a digit.
 */
constexpr bool isValidResourceName(std::string_view name) {
    if (name.empty() || name.size() > 64 || name.front() == '-' || name.front() == '_') {
        return false;
    }
    for (const char character : name) {
        const bool allowed = (character >= 'a' && character <= 'z') ||
                             (character >= '0' && character <= '9') || character == '-' ||
                             character == '_';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

}  // namespace recops::common
