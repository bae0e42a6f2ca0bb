// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_operations.h"

#include "backup/backup_error.h"
#include "backup/backup_extractor.h"
#include "backup/durable_files.h"
#include "common/logger.h"
#include "common/random.h"
#include "store/database_snapshots.h"
#include "store/store_error.h"

#include <condition_variable>
#include <mutex>
#include <sys/stat.h>

namespace recops::backup {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kScratchName = ".scratch";

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string joined(const std::vector<std::string>& problems) {
    std::string text;
    for (const std::string& problem : problems) {
        text += (text.empty() ? "" : "; ") + problem;
    }
    return text;
}

/// The models directory must be renamed as a whole: a plain directory on the data
/// directory's own file system, not a mount point or a symbolic link to elsewhere.
void checkRenamable(const fs::path& dataDirectory, const fs::path& models) {
    struct stat data {};
    struct stat tree {};
    if (::lstat(models.c_str(), &tree) != 0) {
        return;
    }
    if (::stat(dataDirectory.c_str(), &data) != 0 || !S_ISDIR(tree.st_mode) ||
        tree.st_dev != data.st_dev) {
        throw BackupError(models.string() +
                          " is not a plain directory on the data directory's file system (a "
                          "mount point or a symbolic link?), so a restore cannot switch it "
                          "atomically");
    }
}

}  // namespace

BackupOperations::BackupOperations(store::DatabaseSnapshots& snapshots, BackupOptions options,
                                   common::Logger& logger)
    : m_snapshots(snapshots)
    , m_options(std::move(options))
    , m_logger(logger)
    , m_switch(m_options.dataDirectory, snapshots) {}

fs::path BackupOperations::modelsDirectory() const {
    return m_switch.modelsDirectory();
}

BackupManifest BackupOperations::create(BackupCatalog& catalog, const BackupIdentity& identity,
                                        std::stop_token stop) {
    createPrivateDirectory(catalog.directory());
    try {
        return writeBackup(m_snapshots, modelsDirectory(), catalog.pathOf(identity.id), identity,
                           m_options.compressionLevel, std::move(stop));
    } catch (const std::exception& error) {
        try {
            catalog.recordFailure(
                identity.id, FailureRecord{identity.trigger, identity.label, identity.requestedBy,
                                           identity.requestedAt, std::chrono::system_clock::now(),
                                           error.what()});
        } catch (const BackupError& recordError) {
            m_logger.error("cannot record a failed backup",
                           {{"backup_id", identity.id}, {"error", recordError.what()}});
        }
        throw BackupError(error.what());
    }
}

VerificationResult BackupOperations::verify(const fs::path& backupDirectory, std::stop_token stop) {
    const auto started = std::chrono::steady_clock::now();
    createPrivateDirectory(m_options.dataDirectory / kScratchName);
    const fs::path scratch =
        m_options.dataDirectory / kScratchName / ("verify-" + common::secureRandomHex(8));
    VerificationResult result;
    try {
        const ExtractionReport report = extractBackup(backupDirectory, scratch, m_snapshots, stop);
        result.passed = report.passed();
        result.problems = report.problems;
    } catch (const BackupError& error) {
        result.problems.push_back(error.what());
    }
    removeTree(scratch);
    result.durationSeconds = secondsSince(started);
    return result;
}

void BackupOperations::reachStep(RestoreStep step, const std::stop_token& stop) const {
    if (m_options.restoreHaltAt != step) {
        return;
    }
    m_logger.warning(
        "restore halted (backup.restore_halt_at); kill the process to test "
        "recovery",
        {{"step", restoreStepName(step)}});
    // Waits for the stop request (the server stopping) or forever (the command line: a
    // signal ends it), then leaves without finishing, as a crash would.
    std::mutex mutex;
    std::condition_variable_any wake;
    std::unique_lock lock(mutex);
    wake.wait(lock, stop, [] { return false; });
    throw RestoreHalted("restore halted at " + std::string(restoreStepName(step)) +
                        " (backup.restore_halt_at); the next start finishes or discards it");
}

BackupManifest BackupOperations::restore(const fs::path& backupDirectory, std::stop_token stop) {
    const fs::path staging = m_switch.stagingDirectory();
    if (fs::exists(staging)) {
        throw BackupError("another restore is pending in " + staging.string() +
                          "; restart recopsd to finish or discard it");
    }
    checkRenamable(m_options.dataDirectory, modelsDirectory());
    ExtractionReport report;
    try {
        report = extractBackup(backupDirectory, staging, m_snapshots, stop);
        if (!report.passed()) {
            throw BackupError("the backup does not check out: " + joined(report.problems));
        }
        m_snapshots.prepareReplacement(staging / kExtractedDatabaseName);
    } catch (const std::exception& error) {
        removeTree(staging);
        throw BackupError(error.what());
    }
    reachStep(RestoreStep::Staged, stop);
    m_switch.commit(report.manifest->id);
    reachStep(RestoreStep::Committed, stop);
    try {
        m_switch.apply([&](RestoreStep step) { reachStep(step, stop); });
    } catch (const RestoreHalted&) {
        throw;
    } catch (const std::exception& error) {
        // Past the commit there is no way back, only forward: recovery finishes it.
        m_logger.error("a committed restore could not be finished; restart recopsd to finish it",
                       {{"error", error.what()}});
        throw BackupError(std::string("the restore is committed but could not be finished (") +
                          error.what() + "); restart recopsd to finish it");
    }
    return *report.manifest;
}

RestoreRecovery BackupOperations::recover() {
    removeTree(m_options.dataDirectory / kScratchName);
    const RestoreRecovery recovery = m_switch.recover();
    switch (recovery.outcome) {
        case RestoreRecovery::Outcome::DiscardedUncommitted:
            m_logger.warning(
                "discarded a restore that was staged but not committed; the data "
                "is as it was before it");
            break;
        case RestoreRecovery::Outcome::FinishedCommitted:
            m_logger.warning("finished a restore that was interrupted after it was committed",
                             {{"backup_id", recovery.backupId}});
            break;
        case RestoreRecovery::Outcome::NothingPending:
            break;
    }
    return recovery;
}

}  // namespace recops::backup
