// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/toml_layer.h"

#include "common/json_string.h"
#include "config/settings_table.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <toml++/toml.h>
#include <utility>
#include <vector>

namespace recops::config {
namespace {

std::string locate(const std::filesystem::path& file, const toml::source_region& region) {
    return file.string() + ":" + std::to_string(region.begin.line) + ":" +
           std::to_string(region.begin.column);
}

std::string_view typeName(toml::node_type type) {
    switch (type) {
        case toml::node_type::table:
            return "table";
        case toml::node_type::array:
            return "array";
        case toml::node_type::string:
            return "string";
        case toml::node_type::integer:
            return "integer";
        case toml::node_type::floating_point:
            return "floating-point number";
        case toml::node_type::boolean:
            return "boolean";
        case toml::node_type::date:
        case toml::node_type::time:
        case toml::node_type::date_time:
            return "date or time";
        case toml::node_type::none:
            break;
    }
    return "nothing";
}

/// How a wrong value is shown in a message: its type, and the value itself when short.
std::string describeNode(const toml::node& node) {
    std::string text(typeName(node.type()));
    if (const auto* string = node.as_string()) {
        text += " ";
        common::appendJsonString(text, string->get());
    } else if (const auto* integer = node.as_integer()) {
        text += " ";
        text += std::to_string(integer->get());
    } else if (const auto* floating = node.as_floating_point()) {
        text += " ";
        text += formatAsToml(SettingValue(floating->get()));
    } else if (const auto* boolean = node.as_boolean()) {
        text += boolean->get() ? " true" : " false";
    }
    return text;
}

std::optional<SettingValue> valueOfType(SettingType type, const toml::node& node) {
    switch (type) {
        case SettingType::Boolean:
            if (const auto* boolean = node.as_boolean()) {
                return SettingValue(boolean->get());
            }
            return std::nullopt;
        case SettingType::Integer:
            if (const auto* integer = node.as_integer()) {
                return SettingValue(integer->get());
            }
            return std::nullopt;
        case SettingType::String:
            if (const auto* string = node.as_string()) {
                return SettingValue(string->get());
            }
            return std::nullopt;
        case SettingType::Number:
            // 100 is as good a number as 100.0: TOML keeps integers and floats apart, people
            // writing a threshold do not.
            if (const auto* floating = node.as_floating_point()) {
                return SettingValue(floating->get());
            }
            if (const auto* integer = node.as_integer()) {
                return SettingValue(static_cast<double>(integer->get()));
            }
            return std::nullopt;
        case SettingType::StringList: {
            const auto* array = node.as_array();
            if (array == nullptr) {
                return std::nullopt;
            }
            std::vector<std::string> items;
            for (const toml::node& item : *array) {
                const auto* string = item.as_string();
                if (string == nullptr) {
                    return std::nullopt;
                }
                items.push_back(string->get());
            }
            return SettingValue(std::move(items));
        }
    }
    return std::nullopt;
}

/// One key = value of the file, with where its key is written.
struct FileEntry {
    std::string key;
    toml::source_region keySource;
    const toml::node* node = nullptr;
    bool inSection = false;
};

/// Every key of the file, sections flattened, in the order the file writes them (toml++
/// iterates tables by key), so that problems are reported top to bottom.
std::vector<FileEntry> entriesInFileOrder(const toml::table& root) {
    std::vector<FileEntry> entries;
    for (const auto& [section, node] : root) {
        const auto* settings = node.as_table();
        if (settings == nullptr) {
            entries.push_back({std::string(section.str()), section.source(), &node, false});
            continue;
        }
        for (const auto& [name, value] : *settings) {
            entries.push_back({std::string(section.str()) + "." + std::string(name.str()),
                               name.source(), &value, true});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const FileEntry& a, const FileEntry& b) {
        return std::pair(a.keySource.begin.line, a.keySource.begin.column) <
               std::pair(b.keySource.begin.line, b.keySource.begin.column);
    });
    return entries;
}

void readEntry(LayerReading& reading, const std::filesystem::path& file, const FileEntry& entry) {
    const std::string origin = locate(file, entry.keySource);
    const SettingDefinition* definition =
        entry.inSection ? findSetting(reading.table(), entry.key) : nullptr;
    if (definition == nullptr) {
        reading.rejectUnknownKey(origin, entry.key);
        return;
    }
    if (auto value = valueOfType(definition->type, *entry.node)) {
        reading.assign(*definition, std::move(*value), origin);
    } else {
        reading.rejectValue(
            *definition, origin,
            definition->isSecret() ? typeName(entry.node->type()) : describeNode(*entry.node));
    }
}

}  // namespace

LayerReading readTomlLayer(std::span<const SettingDefinition> table,
                           const std::filesystem::path& file) {
    LayerReading reading(table);
    // toml++ reports an unreadable file as a parse error without the system's reason; check
    // first so that "No such file or directory" or "Permission denied" reaches the operator.
    if (std::ifstream probe(file); !probe) {
        reading.reject("cannot read configuration file " + file.string() + ": " +
                       std::strerror(errno));
        return reading;
    }
    toml::table root;
    try {
        root = toml::parse_file(file.string());
    } catch (const toml::parse_error& error) {
        reading.reject(locate(file, error.source()) + ": " + std::string(error.description()));
        return reading;
    }
    for (const FileEntry& entry : entriesInFileOrder(root)) {
        readEntry(reading, file, entry);
    }
    return reading;
}

}  // namespace recops::config
