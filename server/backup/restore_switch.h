// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace recops::store {
class DatabaseSnapshots;
}

namespace recops::backup {

/// The moments of a restore after which a crash leaves a different state behind. A test-only
/// setting (backup.restore_halt_at) stops a restore at one of them.
enum class RestoreStep {
    /// Everything is extracted, checked and migrated in the staging directory; nothing is
    /// committed. A crash here leaves the old state; the next start discards the staging.
    Staged,
    /// The journal is written: the restore will happen. A crash here, or later, is finished
    /// by the next start.
    Committed,
    /// The models directory is switched, the database not yet.
    ModelsSwitched,
};

/// "staged", "committed", "models-switched".
std::string_view restoreStepName(RestoreStep step);
std::optional<RestoreStep> parseRestoreStep(std::string_view name);

/// Called at each step of a restore in progress (not during recovery).
using RestoreStepListener = std::function<void(RestoreStep)>;

/// Whether a committed restore waits in @p dataDirectory for recover() to finish it.
bool isRestoreCommitted(const std::filesystem::path& dataDirectory);

/// What recover() found at start.
struct RestoreRecovery {
    enum class Outcome { NothingPending, DiscardedUncommitted, FinishedCommitted };
    Outcome outcome = Outcome::NothingPending;
    /// The backup the pending restore was restoring, when it was committed.
    std::string backupId;
};

/**
 * The switch from the live data to a staged restore, made atomic with a journal.
 *
 * A restore is staged in `<data>/.restore/` (same file system as the data, so renames are
 * atomic): `database.sqlite` (checked and migrated) and `models/`. commit() writes
 * `.restore/journal.json` durably: that write is the point of no return. apply() then
 * (1) swaps the models directory for the staged one by renames, the old tree moving to
 * `.restore/replaced-models/`; (2) replaces the database's contents with the staged file in
 * one SQLite transaction (DatabaseSnapshots::replaceWith), removing the journal as soon as
 * that commits; (3) removes `.restore/`.
 *
 * Every step can run again: the models swap recognises an already switched directory by the
 * inode the journal recorded; the database replacement writes the same contents again. So
 * recover(), run at start under the data directory lock, finishes a restore whose journal
 * exists, and discards a staging directory without one.
 */
class RestoreSwitch {
public:
    RestoreSwitch(std::filesystem::path dataDirectory, store::DatabaseSnapshots& snapshots);

    /// `<data>/.restore`.
    std::filesystem::path stagingDirectory() const;
    std::filesystem::path modelsDirectory() const;

    /// Commits the restore staged in stagingDirectory() from backup @p backupId.
    void commit(const std::string& backupId);

    /// Switches to the committed restore and cleans up; @p listener hears each step.
    void apply(const RestoreStepListener& listener);

    /// At start: finishes a committed restore, discards an uncommitted staging directory.
    RestoreRecovery recover();

private:
    struct Journal;
    Journal readJournal() const;
    void switchModels(const Journal& journal);

    std::filesystem::path m_dataDirectory;
    store::DatabaseSnapshots& m_snapshots;
};

}  // namespace recops::backup
