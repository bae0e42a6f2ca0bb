// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_catalog.h"
#include "backup/backup_manifest.h"
#include "backup/backup_writer.h"
#include "backup/restore_switch.h"

#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace recops::common {
class Logger;
}
namespace recops::store {
class DatabaseSnapshots;
}

namespace recops::backup {

/// The outcome of a verification.
struct VerificationResult {
    bool passed = false;
    std::vector<std::string> problems;
    double durationSeconds = 0.0;
};

/// How BackupOperations works; built from the backup.* settings.
struct BackupOptions {
    std::filesystem::path dataDirectory;
    int compressionLevel = 3;
    /// Test only: where a restore stops and waits (backup.restore_halt_at).
    std::optional<RestoreStep> restoreHaltAt;
};

/**
 * Backups, verifications and restores, each run to the end on the calling thread: the server
 * runs them on its backup thread (BackupService), `recopsd backup` and `recopsd restore` on
 * their own. The caller holds the data directory lock and runs one operation at a time.
 *
 * Scratch space (verifications) and restore staging live inside the data directory, so that
 * a restore's renames stay on one file system and a verification proves there is room.
 */
class BackupOperations {
public:
    BackupOperations(store::DatabaseSnapshots& snapshots, BackupOptions options,
                     common::Logger& logger);

    const BackupOptions& options() const { return m_options; }
    std::filesystem::path modelsDirectory() const;

    /**
     * Writes backup @p identity into @p catalog. On failure the partial files give way to a
     * failure record and the BackupError is rethrown.
     */
    BackupManifest create(BackupCatalog& catalog, const BackupIdentity& identity,
                          std::stop_token stop);

    /// Restores the backup in @p backupDirectory into a scratch directory and checks it
    /// against its manifest (BackupExtractor); the scratch directory is removed afterwards.
    VerificationResult verify(const std::filesystem::path& backupDirectory, std::stop_token stop);

    /**
     * Replaces the live database and models directory by the backup in @p backupDirectory:
     * extracts and checks it into the staging directory, migrates the staged database, then
     * commits and switches (RestoreSwitch). A backup that does not check out is refused with
     * BackupError listing the problems, and the live data is not touched. Returns the
     * manifest restored.
     */
    BackupManifest restore(const std::filesystem::path& backupDirectory, std::stop_token stop);

    /// At start, before anything reads the data: finishes or discards an interrupted restore,
    /// removes stale scratch directories.
    RestoreRecovery recover();

private:
    void reachStep(RestoreStep step, const std::stop_token& stop) const;

    store::DatabaseSnapshots& m_snapshots;
    BackupOptions m_options;
    common::Logger& m_logger;
    RestoreSwitch m_switch;
};

}  // namespace recops::backup
