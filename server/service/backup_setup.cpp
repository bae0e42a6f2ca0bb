// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/backup_setup.h"

#include "backup/restore_switch.h"
#include "config/configuration.h"
#include "config/setting_keys.h"

#include <stdexcept>

namespace recops::service {

BackupSetup backupSetupFrom(const config::Configuration& configuration,
                            const std::filesystem::path& dataDirectory) {
    namespace keys = config::keys;
    const std::filesystem::path directory(configuration.string(keys::kBackupDirectory));
    BackupSetup setup;
    setup.options.dataDirectory = dataDirectory;
    setup.options.compressionLevel =
        static_cast<int>(configuration.integer(keys::kBackupCompressionLevel));
    // The table allows only "never" and the step names.
    setup.options.restoreHaltAt =
        backup::parseRestoreStep(configuration.string(keys::kBackupRestoreHaltAt));
    setup.directory = directory.is_absolute() ? directory : dataDirectory / directory;
    setup.schedule.interval =
        std::chrono::seconds(configuration.integer(keys::kBackupIntervalSeconds));
    setup.schedule.retention.keepLast =
        static_cast<std::size_t>(configuration.integer(keys::kBackupKeepLast));
    setup.schedule.retention.maxAge =
        std::chrono::hours(configuration.integer(keys::kBackupMaxAgeHours));
    setup.schedule.recoveryPointObjective =
        std::chrono::hours(configuration.integer(keys::kBackupRpoHours));
    return setup;
}

void refuseIfRestorePending(const std::filesystem::path& dataDirectory) {
    if (backup::isRestoreCommitted(dataDirectory)) {
        throw std::runtime_error("a restore into " + dataDirectory.string() +
                                 " was interrupted and is not finished; start recopsd serve "
                                 "(or run recopsd restore again) to finish it first");
    }
}

}  // namespace recops::service
