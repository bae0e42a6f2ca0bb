// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

namespace recops::common {

/// Whether @p text is valid UTF-8: no stray continuation bytes, overlong forms, surrogates or
/// code points past U+10FFFF.
bool isValidUtf8(std::string_view text);

}  // namespace recops::common
