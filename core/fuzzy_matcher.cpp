// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// A greedy left-to-right subsequence match with bonuses, like the quick-open boxes of
// editors: cheap enough to run on every key press over a few hundred commands, and good
// enough that the obvious command comes first. The greedy pass takes the first occurrence
// of each character, except that it prefers a later occurrence at a word start ("gtm"
// takes the M of "Models", not the m of "Command") when the rest of the pattern still
// fits after it.
#include "core/fuzzy_matcher.h"

namespace recops::console {

namespace {

constexpr int kMatchScore = 16;
constexpr int kConsecutiveBonus = 24;
constexpr int kWordStartBonus = 32;
constexpr int kTextStartBonus = 16;
constexpr int kGapPenalty = 1;
constexpr int kMaximumGapPenalty = 12;

bool isSubsequence(QStringView pattern, QStringView text) {
    qsizetype at = 0;
    for (const QChar wanted : pattern) {
        if (wanted.isSpace()) {
            continue;
        }
        const QChar folded = wanted.toCaseFolded();
        while (at < text.size() && text.at(at).toCaseFolded() != folded) {
            ++at;
        }
        if (at == text.size()) {
            return false;
        }
        ++at;
    }
    return true;
}

bool isWordStart(QStringView text, qsizetype index) {
    if (index == 0) {
        return true;
    }
    const QChar before = text.at(index - 1);
    const QChar here = text.at(index);
    return !before.isLetterOrNumber() || (before.isLower() && here.isUpper());
}

}  // namespace

std::optional<int> FuzzyMatcher::score(QStringView pattern, QStringView text) {
    int total = 0;
    qsizetype position = 0;
    qsizetype previousMatch = -2;
    for (qsizetype index = 0; index < pattern.size(); ++index) {
        const QChar wanted = pattern.at(index).toCaseFolded();
        if (wanted.isSpace()) {
            continue;
        }
        qsizetype found = -1;
        qsizetype wordStart = -1;
        for (qsizetype at = position; at < text.size(); ++at) {
            if (text.at(at).toCaseFolded() != wanted) {
                continue;
            }
            if (found < 0) {
                found = at;
                if (at == previousMatch + 1 || isWordStart(text, at)) {
                    break;  // as good as it gets
                }
            } else if (isWordStart(text, at) &&
                       isSubsequence(pattern.sliced(index + 1), text.sliced(at + 1))) {
                wordStart = at;
                break;
            }
        }
        if (found < 0) {
            return std::nullopt;
        }
        const qsizetype match = wordStart >= 0 ? wordStart : found;
        total += kMatchScore;
        if (match == previousMatch + 1) {
            total += kConsecutiveBonus;
        }
        if (isWordStart(text, match)) {
            total += kWordStartBonus;
        }
        if (match == 0) {
            total += kTextStartBonus;
        }
        if (previousMatch >= 0) {
            total -= std::min<int>(kMaximumGapPenalty,
                                   static_cast<int>(match - previousMatch - 1) * kGapPenalty);
        }
        previousMatch = match;
        position = match + 1;
    }
    return total;
}

}  // namespace recops::console
