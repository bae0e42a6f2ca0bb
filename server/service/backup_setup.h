// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_operations.h"
#include "backup/backup_service.h"

#include <filesystem>

namespace recops::config {
class Configuration;
}

namespace recops::service {

/// The backup.* settings, read once for the server and the backup commands alike.
struct BackupSetup {
    backup::BackupOptions options;
    /// Where backups go (backup.directory, resolved against the data directory).
    std::filesystem::path directory;
    backup::BackupSchedule schedule;
};

BackupSetup backupSetupFrom(const config::Configuration& configuration,
                            const std::filesystem::path& dataDirectory);

/**
 * Throws std::runtime_error when a committed restore waits in @p dataDirectory to be
 * finished: commands that write without the data directory lock (`recopsd token`) would
 * write into a database the next start replaces.
 */
void refuseIfRestorePending(const std::filesystem::path& dataDirectory);

}  // namespace recops::service
