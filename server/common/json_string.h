// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string>
#include <string_view>

namespace recops::common {

/**
 * Appends @p text to @p out as a quoted JSON string.
 *
 * For lines written on every request (the access log), where building a JSON object would
 * allocate per field. Bytes that are not valid UTF-8 (a request path can hold anything) become
 * U+FFFD, so the output is always valid JSON.
 */
void appendJsonString(std::string& out, std::string_view text);

}  // namespace recops::common
