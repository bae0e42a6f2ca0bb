// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_records.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::backup {

/**
 * The backups in a directory, one subdirectory each, named by id. The files are the catalog:
 * a backup made by `recopsd backup` or copied in from another host is listed like one the
 * server made, and a database restore cannot roll the list back.
 *
 * A subdirectory with manifest.json succeeded; one with failure.json failed; one with neither
 * is incomplete (being written, or left by a crash). Finished backups are read once and kept
 * in memory; the directory itself is listed again at every call, so backups removed or added
 * by hand are noticed.
 */
class BackupCatalog {
public:
    explicit BackupCatalog(std::filesystem::path directory);

    const std::filesystem::path& directory() const { return m_directory; }
    std::filesystem::path pathOf(std::string_view id) const { return m_directory / id; }

    /// A new id for a backup requested at @p time: 20260301T120000.123Z-1a2b3c4d (UTC to the
    /// millisecond, then random), so that names sort by time and never clash.
    static std::string newId(std::chrono::system_clock::time_point time);
    static bool isId(std::string_view text);
    /// The request time an id encodes.
    static std::chrono::system_clock::time_point timeOfId(std::string_view id);

    /// Every finished backup on disk, newest first.
    std::vector<BackupSummary> list();
    /// The finished backup @p id, or nothing.
    std::optional<BackupSummary> find(std::string_view id);
    /// Ids of backup directories that have neither a manifest nor a failure record.
    std::vector<std::string> incomplete();

    void recordFailure(std::string_view id, const FailureRecord& record);
    void recordVerification(std::string_view id, const VerificationRecord& record);
    void recordRestore(std::string_view id, const RestoreRecord& record);
    /// Removes backup @p id with everything in it.
    void remove(std::string_view id);

private:
    /// The ids of the backup directories, newest first.
    std::vector<std::string> directoryIds() const;
    std::optional<BackupSummary> load(const std::string& id) const;
    void forget(std::string_view id);

    std::filesystem::path m_directory;
    std::mutex m_mutex;
    std::map<std::string, BackupSummary, std::less<>> m_cache;
};

}  // namespace recops::backup
