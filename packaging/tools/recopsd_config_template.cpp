// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Writes recopsd's default configuration file, /etc/recopsd/recopsd.toml in the package, from
// the settings table: one TOML table per section and, for every setting, its description, what
// it accepts, its environment variable, and the default commented out. Generated at build time
// so that a setting added to settings_table.cpp appears in the packaged file without anyone
// remembering to copy it.
#include "config/setting_parser.h"
#include "config/setting_value.h"
#include "config/settings_table.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace {

constexpr std::size_t kCommentWidth = 92;

/// @p text as "# " comment lines no wider than kCommentWidth, broken between words.
std::string commentLines(std::string_view text) {
    std::string lines;
    std::string line = "#";
    std::istringstream words{std::string(text)};
    for (std::string word; words >> word;) {
        if (line.size() > 1 && line.size() + 1 + word.size() > kCommentWidth) {
            lines += line + '\n';
            line.resize(1);  // keep the "#"
        }
        line += ' ' + word;
    }
    return lines + line + '\n';
}

std::string renderTemplate() {
    using recops::config::SettingDefinition;
    std::string text =
        "# recopsd configuration, read by `recopsd serve --config /etc/recopsd/recopsd.toml`\n"
        "# (the recopsd.service unit passes it).\n"
        "#\n"
        "# Every setting recopsd knows is listed below with its default, commented out: remove\n"
        "# the leading '#' of a setting's last line and change the value to override it.\n"
        "# RECOPSD_<SECTION>_<KEY> environment variables (for example in /etc/default/recopsd)\n"
        "# and --set on the command line win over this file. `recopsd config show --config\n"
        "# /etc/recopsd/recopsd.toml` prints the effective values and where each came from.\n"
        "#\n"
        "# Generated from recopsd's settings table; `recopsd config reference` prints the same\n"
        "# settings as a table.\n";
    std::string_view section;
    for (const SettingDefinition& definition : recops::config::settingsTable()) {
        if (definition.section() != section) {
            section = definition.section();
            text += "\n[" + std::string(section) + "]\n";
        }
        text += '\n';
        std::string description = std::string(definition.description) +
                                  " Expected: " + definition.describeExpectation() + ".";
        if (definition.isSecret()) {
            description += " Secret: prefer the environment variable to this file.";
        }
        text += commentLines(description);
        text += "# Environment variable: " + definition.environmentVariable() + '\n';
        const auto parsed = recops::config::parseSettingText(definition, definition.defaultValue);
        const auto* value = std::get_if<recops::config::SettingValue>(&parsed);
        if (value == nullptr) {
            throw std::logic_error("default of " + std::string(definition.key) +
                                   " does not parse: " + std::get<std::string>(parsed));
        }
        // Appended piece by piece: "#" + std::string trips GCC 12's -Wrestrict (bug 105329).
        text += '#';
        text += definition.name();
        text += " = ";
        text += recops::config::formatAsToml(*value);
        text += '\n';
    }
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: recopsd_config_template OUTPUT_FILE\n";
        return 2;
    }
    try {
        const std::string text = renderTemplate();
        std::ofstream output(argv[1], std::ios::binary | std::ios::trunc);
        output << text;
        output.close();
        if (!output) {
            std::cerr << "recopsd_config_template: cannot write " << argv[1] << '\n';
            return 1;
        }
    } catch (const std::exception& error) {
        std::cerr << "recopsd_config_template: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
