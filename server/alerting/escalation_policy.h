// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/label_matcher.h"

#include <chrono>
#include <string>
#include <vector>

namespace recops::alerting {

/// One level: who is paged, and how long to wait for an acknowledgment before paging the
/// next level (after the last level: before repeating from the first).
struct EscalationLevel {
    std::chrono::milliseconds delay{0};
    std::vector<std::string> contactIds;
};

/**
 * How a firing alert pages people while nobody acknowledges it: level 1 at once, each next
 * level after the previous one's delay, the whole sequence `repeat` more times. The first
 * policy (in list order) whose matchers all match an alert's labels escalates it; a policy
 * without matchers takes every alert.
 */
struct EscalationPolicy {
    std::string id;
    std::string name;
    std::vector<LabelMatcher> matchers;
    std::vector<EscalationLevel> levels;
    std::size_t repeat = 0;
};

}  // namespace recops::alerting
