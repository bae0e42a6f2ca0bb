// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace recops::console {

/**
 * The tables of one feature of the local store, with the migrations that create and
 * change them. Each component is versioned on its own (the schema_versions table), so
 * features built side by side add their tables without renumbering each other's steps.
 *
 * Step N brings the component from version N to N + 1 and runs in one transaction, as a
 * list of SQL statements (Qt's SQLite driver runs one statement per call). Append steps,
 * never edit them: files in the field were written by the earlier ones. New tables are
 * STRICT and keep times as Unix milliseconds.
 */
struct LocalSchema {
    /// Stable key in schema_versions, for example "profiles" or "chart_history".
    QString component;
    QList<QStringList> steps;

    /// The version this build writes.
    int version() const { return static_cast<int>(steps.size()); }
};

/// Every component of the console's local store, in the order they are migrated.
class LocalSchemas {
public:
    /// Add a feature's schema here (one line) to have LocalDatabase::open() migrate it.
    static QList<LocalSchema> all();
};

}  // namespace recops::console
