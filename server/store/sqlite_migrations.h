// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/schema_migration.h"

#include <span>

namespace recops::store {

/// The SQLite schema, step by step.
std::span<const SchemaMigration> sqliteMigrations();

}  // namespace recops::store
