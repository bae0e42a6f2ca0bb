// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/labels.h"

namespace recops::monitoring {

std::string labelFingerprint(const Labels& labels) {
    std::string text;
    for (const auto& [name, value] : labels) {
        if (!text.empty()) {
            text.push_back(',');
        }
        text += name;
        text.push_back('=');
        for (char c : value) {
            // Escaping the separators keeps {a="b,c=d"} apart from {a="b", c="d"}.
            if (c == ',' || c == '\\' || c == '=') {
                text.push_back('\\');
            }
            text.push_back(c);
        }
    }
    return text;
}

}  // namespace recops::monitoring
