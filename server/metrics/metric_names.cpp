// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/metric_names.h"

namespace recops::metrics {
namespace {

bool isLetterOrUnderscore(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

bool isValidMetricName(std::string_view name) {
    if (name.empty() || !(isLetterOrUnderscore(name[0]) || name[0] == ':')) {
        return false;
    }
    for (char c : name) {
        if (!(isLetterOrUnderscore(c) || isDigit(c) || c == ':')) {
            return false;
        }
    }
    return true;
}

bool isValidLabelName(std::string_view name) {
    if (name.empty() || !isLetterOrUnderscore(name[0]) || name.starts_with("__")) {
        return false;
    }
    for (char c : name) {
        if (!(isLetterOrUnderscore(c) || isDigit(c))) {
            return false;
        }
    }
    return true;
}

}  // namespace recops::metrics
