// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/silence_record.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

// Small structured values stored as JSON text in one column (labels, matchers, id lists):
// read whole, never queried inside, and portable to PostgreSQL's jsonb. A column that does not
// parse means a damaged database and throws StoreError naming @p what.
namespace recops::store::json_columns {

std::string fromLabels(const std::map<std::string, std::string>& labels);
std::map<std::string, std::string> toLabels(std::string_view text, std::string_view what);

std::string fromStrings(const std::vector<std::string>& strings);
std::vector<std::string> toStrings(std::string_view text, std::string_view what);

std::string fromMatchers(const std::vector<MatcherRecord>& matchers);
std::vector<MatcherRecord> toMatchers(std::string_view text, std::string_view what);

}  // namespace recops::store::json_columns
