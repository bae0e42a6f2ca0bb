// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/database_facts.h"

#include <filesystem>
#include <functional>

namespace recops::store {

/**
 * Whole-database copies for backups and restores: a consistent snapshot of the live database
 * taken while writers carry on, checks of a snapshot file, and the atomic replacement of the
 * live database's contents by a snapshot's.
 *
 * Snapshot files are ordinary files the caller owns (compresses, moves, deletes); only
 * replaceWith() touches the live database.
 */
class DatabaseSnapshots {
public:
    virtual ~DatabaseSnapshots() = default;

    /// What the live database holds now (read on a connection of its own: no writer waits).
    virtual DatabaseFacts describeLive() = 0;

    /// Writes a consistent copy of the live database to @p file, which must not exist, without
    /// stopping writers; returns what the copy holds. Throws StoreError.
    virtual DatabaseFacts snapshotTo(const std::filesystem::path& file) = 0;

    /**
     * Checks the snapshot @p file from end to end (every page, index and constraint) and
     * returns what it holds. Throws StoreError saying what is wrong: not a database, damaged,
     * or a schema newer than this binary knows. May rewrite the file's header (journal mode).
     */
    virtual DatabaseFacts inspect(const std::filesystem::path& file) = 0;

    /// Migrates the checked snapshot @p file to this binary's schema, so that it can replace
    /// the live database. Throws StoreError.
    virtual void prepareReplacement(const std::filesystem::path& file) = 0;

    /**
     * Replaces everything in the live database by the contents of the prepared @p file, in one
     * transaction: a crash leaves either the old contents or the new, never a mix. Open
     * connections stay valid and see the new contents from their next statement on. Audit
     * entries written after the snapshot are carried over into the new contents, so a restore
     * never erases the record of what was done (the restore included).
     *
     * @p afterCommit runs once the new contents are committed, before any other writer of
     * this process gets the database, for bookkeeping that must not be overtaken by writes.
     */
    virtual void replaceWith(const std::filesystem::path& file,
                             const std::function<void()>& afterCommit) = 0;
};

}  // namespace recops::store
