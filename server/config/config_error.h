// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace recops::config {

/**
 * The configuration cannot be used. Holds every problem found, each a complete sentence that
 * says where (file:line:column, environment variable or --set), which key, and what was
 * expected, so that one run shows everything to fix.
 */
class ConfigError : public std::runtime_error {
public:
    explicit ConfigError(std::vector<std::string> problems)
        : std::runtime_error(join(problems)), m_problems(std::move(problems)) {}

    const std::vector<std::string>& problems() const { return m_problems; }

private:
    static std::string join(const std::vector<std::string>& problems) {
        std::string text;
        for (const std::string& problem : problems) {
            text += text.empty() ? "" : "\n";
            text += problem;
        }
        return text;
    }

    std::vector<std::string> m_problems;
};

}  // namespace recops::config
