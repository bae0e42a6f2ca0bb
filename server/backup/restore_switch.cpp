// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/restore_switch.h"

#include "backup/backup_error.h"
#include "backup/backup_extractor.h"
#include "backup/backup_manifest.h"
#include "backup/durable_files.h"
#include "common/timestamp.h"
#include "store/database_snapshots.h"
#include "store/store_error.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

namespace recops::backup {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kStagingName = ".restore";
constexpr std::string_view kJournalName = "journal.json";
constexpr std::string_view kReplacedModelsName = "replaced-models";
constexpr std::string_view kJournalFormat = "recops-restore-journal";

constexpr std::array<std::pair<RestoreStep, std::string_view>, 3> kStepNames{{
    {RestoreStep::Staged, "staged"},
    {RestoreStep::Committed, "committed"},
    {RestoreStep::ModelsSwitched, "models-switched"},
}};

/// A directory's identity; rename keeps it, so it tells whether the swap already happened.
struct Identity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
};

std::optional<Identity> identityOf(const fs::path& path) {
    struct stat status {};
    if (::lstat(path.c_str(), &status) != 0) {
        if (errno == ENOENT) {
            return std::nullopt;
        }
        const int code = errno;
        throw BackupError("cannot inspect " + path.string() + ": " + std::strerror(code));
    }
    return Identity{status.st_dev, status.st_ino};
}

}  // namespace

bool isRestoreCommitted(const fs::path& dataDirectory) {
    std::error_code error;
    return fs::exists(dataDirectory / kStagingName / kJournalName, error);
}

std::string_view restoreStepName(RestoreStep step) {
    for (const auto& [candidate, name] : kStepNames) {
        if (candidate == step) {
            return name;
        }
    }
    return "staged";
}

std::optional<RestoreStep> parseRestoreStep(std::string_view name) {
    for (const auto& [step, candidate] : kStepNames) {
        if (candidate == name) {
            return step;
        }
    }
    return std::nullopt;
}

struct RestoreSwitch::Journal {
    std::string backupId;
    Identity stagedModels;
};

RestoreSwitch::RestoreSwitch(fs::path dataDirectory, store::DatabaseSnapshots& snapshots)
    : m_dataDirectory(std::move(dataDirectory)), m_snapshots(snapshots) {}

fs::path RestoreSwitch::stagingDirectory() const {
    return m_dataDirectory / kStagingName;
}

fs::path RestoreSwitch::modelsDirectory() const {
    return m_dataDirectory / kModelsDirectoryName;
}

void RestoreSwitch::commit(const std::string& backupId) {
    const auto staged = identityOf(stagingDirectory() / kModelsDirectoryName);
    if (!staged) {
        throw BackupError("nothing is staged in " + stagingDirectory().string());
    }
    const nlohmann::json journal{
        {"format", kJournalFormat},
        {"format_version", 1},
        {"backup_id", backupId},
        {"committed_at", common::formatTimestamp(std::chrono::system_clock::now())},
        {"staged_models", {{"device", staged->device}, {"inode", staged->inode}}},
    };
    writeFileDurably(stagingDirectory() / kJournalName, journal.dump(2) + "\n");
}

RestoreSwitch::Journal RestoreSwitch::readJournal() const {
    const fs::path file = stagingDirectory() / kJournalName;
    const auto journal = nlohmann::json::parse(readWholeFile(file), nullptr, false);
    try {
        if (journal.is_discarded() || journal.at("format") != kJournalFormat) {
            throw BackupError("not a restore journal");
        }
        return Journal{journal.at("backup_id").get<std::string>(),
                       Identity{journal.at("staged_models").at("device").get<std::uint64_t>(),
                                journal.at("staged_models").at("inode").get<std::uint64_t>()}};
    } catch (const std::exception& error) {
        // The journal is written whole by a rename, so this means it was damaged afterwards:
        // neither finishing nor discarding is safe without a person looking.
        throw BackupError("the restore journal " + file.string() + " is damaged (" + error.what() +
                          "); see docs/operations.md, \"A restore that cannot finish\"");
    }
}

void RestoreSwitch::switchModels(const Journal& journal) {
    const fs::path live = modelsDirectory();
    const fs::path staged = stagingDirectory() / kModelsDirectoryName;
    const auto current = identityOf(live);
    if (current && current->device == journal.stagedModels.device &&
        current->inode == journal.stagedModels.inode) {
        return;
    }
    if (!fs::exists(staged)) {
        throw BackupError("the staged models directory " + staged.string() + " is missing and " +
                          live.string() + " is not the restored one");
    }
    if (current) {
        const fs::path replaced = stagingDirectory() / kReplacedModelsName;
        removeTree(replaced);
        renameDurably(live, replaced);
    }
    renameDurably(staged, live);
}

void RestoreSwitch::apply(const RestoreStepListener& listener) {
    const Journal journal = readJournal();
    switchModels(journal);
    if (listener) {
        listener(RestoreStep::ModelsSwitched);
    }
    const fs::path journalFile = stagingDirectory() / kJournalName;
    const fs::path database = stagingDirectory() / kExtractedDatabaseName;
    try {
        // Again, for recovery by a newer binary whose migrations the staged copy lacks; a
        // database already at this binary's schema is left as it is.
        m_snapshots.prepareReplacement(database);
        m_snapshots.replaceWith(database, [&] {
            // Once the new contents are committed the restore is done: from here a crash must
            // not replay it over writes that follow.
            fs::remove(journalFile);
            syncDirectory(stagingDirectory());
        });
    } catch (const store::StoreError& error) {
        throw BackupError(std::string("cannot replace the database: ") + error.what());
    }
    removeTree(stagingDirectory());
    syncDirectory(m_dataDirectory);
}

RestoreRecovery RestoreSwitch::recover() {
    if (!fs::exists(stagingDirectory())) {
        return {};
    }
    if (!fs::exists(stagingDirectory() / kJournalName)) {
        removeTree(stagingDirectory());
        syncDirectory(m_dataDirectory);
        return RestoreRecovery{RestoreRecovery::Outcome::DiscardedUncommitted, {}};
    }
    const std::string backupId = readJournal().backupId;
    apply({});
    return RestoreRecovery{RestoreRecovery::Outcome::FinishedCommitted, backupId};
}

}  // namespace recops::backup
