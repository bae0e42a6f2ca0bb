// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/config_error.h"
#include "config/configuration_loader.h"
#include "server/support/temporary_directory.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace recops::testing {

/// The problems loading @p sources reports, or a test failure when it loads.
inline std::vector<std::string> problemsOf(const config::ConfigurationSources& sources) {
    try {
        config::loadConfiguration(sources);
    } catch (const config::ConfigError& error) {
        return error.problems();
    }
    ADD_FAILURE() << "the configuration loaded";
    return {};
}

/// A fixture for loading configuration files written into a temporary directory.
class ConfigurationFileTest : public ::testing::Test {
protected:
    /// Sources whose file is recopsd.toml holding @p contents.
    config::ConfigurationSources withFile(const std::string& contents) {
        config::ConfigurationSources sources;
        sources.file = m_directory.write("recopsd.toml", contents);
        return sources;
    }

    TemporaryDirectory m_directory;
};

}  // namespace recops::testing
