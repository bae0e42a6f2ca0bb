// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QStringView>

namespace recops::console {

/**
 * Fuzzy matching for the command palette: every character of the pattern must appear in
 * the text in order (case-insensitive), so "gtal" finds "Go to Alerts". A higher score is
 * a better match: characters that follow each other, that start a word, or that start the
 * text count more; a long gap counts less.
 */
class FuzzyMatcher {
public:
    /// nullopt when @p text does not contain @p pattern as a subsequence. Spaces in the
    /// pattern are ignored; an empty pattern matches everything with score 0.
    static std::optional<int> score(QStringView pattern, QStringView text);
};

}  // namespace recops::console
