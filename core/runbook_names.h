// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QLatin1StringView>
#include <QString>

namespace recops::console {

/// One entry of a table that names the values of an enum, for files and JSON.
template <typename Enum>
struct RunbookName {
    Enum value;
    const char* name;
};

/// The name of @p value in @p table (empty when it has none).
template <typename Enum, size_t N>
QString runbookNameOf(const RunbookName<Enum> (&table)[N], Enum value) {
    for (const auto& entry : table) {
        if (entry.value == value) {
            return QLatin1StringView(entry.name);
        }
    }
    return QString();
}

/// The value named @p name in @p table.
template <typename Enum, size_t N>
std::optional<Enum> runbookValueOf(const RunbookName<Enum> (&table)[N], const QString& name) {
    for (const auto& entry : table) {
        if (name == QLatin1StringView(entry.name)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

}  // namespace recops::console
