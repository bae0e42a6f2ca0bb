// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_catalog.h"

#include "backup/backup_error.h"
#include "backup/durable_files.h"
#include "common/random.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace recops::backup {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kFailureFileName = "failure.json";
constexpr std::string_view kVerificationFileName = "verification.json";
constexpr std::string_view kRestoreFileName = "restore.json";
/// 20260301T120000.123Z-1a2b3c4d
constexpr std::size_t kIdLength = 29;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

BackupCatalog::BackupCatalog(fs::path directory) : m_directory(std::move(directory)) {}

std::string BackupCatalog::newId(std::chrono::system_clock::time_point time) {
    const auto milliseconds =
        std::chrono::floor<std::chrono::milliseconds>(time.time_since_epoch()).count();
    const std::time_t seconds = static_cast<std::time_t>(milliseconds / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[32];
    const std::size_t length = std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%S", &utc);
    std::snprintf(stamp + length, sizeof stamp - length, ".%03dZ",
                  static_cast<int>(milliseconds % 1000));
    return std::string(stamp) + "-" + common::secureRandomHex(4);
}

bool BackupCatalog::isId(std::string_view text) {
    if (text.size() != kIdLength) {
        return false;
    }
    // Digits where the time goes, lowercase hex for the random part, the separators as they are.
    for (std::size_t index = 0; index < kIdLength; ++index) {
        const char c = text[index];
        const bool valid = index == 8    ? c == 'T'
                           : index == 15 ? c == '.'
                           : index == 19 ? c == 'Z'
                           : index == 20 ? c == '-'
                           : index > 20  ? isDigit(c) || (c >= 'a' && c <= 'f')
                                         : isDigit(c);
        if (!valid) {
            return false;
        }
    }
    return true;
}

std::chrono::system_clock::time_point BackupCatalog::timeOfId(std::string_view id) {
    std::tm utc{};
    const std::string text(id.substr(0, 15));
    if (id.size() < 19 || strptime(text.c_str(), "%Y%m%dT%H%M%S", &utc) == nullptr) {
        return {};
    }
    const int milliseconds = (id[16] - '0') * 100 + (id[17] - '0') * 10 + (id[18] - '0');
    return std::chrono::system_clock::from_time_t(timegm(&utc)) +
           std::chrono::milliseconds(milliseconds);
}

std::optional<BackupSummary> BackupCatalog::load(const std::string& id) const {
    const fs::path directory = pathOf(id);
    BackupSummary summary;
    summary.id = id;
    summary.requestedAt = timeOfId(id);
    std::error_code error;
    if (fs::exists(directory / kManifestFileName, error)) {
        summary.state = BackupState::Succeeded;
        try {
            const BackupManifest manifest =
                parseManifest(readWholeFile(directory / kManifestFileName));
            summary.trigger = manifest.trigger;
            summary.label = manifest.label;
            summary.requestedBy = manifest.requestedBy;
            summary.requestedAt = manifest.requestedAt;
            summary.createdAt = manifest.createdAt;
            summary.durationSeconds = manifest.durationSeconds;
            summary.finishedAt = manifest.createdAt +
                                 std::chrono::duration_cast<std::chrono::system_clock::duration>(
                                     std::chrono::duration<double>(manifest.durationSeconds));
            summary.originalBytes = manifest.originalBytes();
            summary.storedBytes = manifest.storedBytes();
            summary.modelFileCount = manifest.modelFiles.size();
            summary.database = manifest.database;
        } catch (const BackupError& failure) {
            // Listed as it is: damaged. Verification says more; restore refuses it.
            summary.state = BackupState::Failed;
            summary.error = failure.what();
        }
    } else if (fs::exists(directory / kFailureFileName, error)) {
        summary.state = BackupState::Failed;
        try {
            const FailureRecord failure =
                parseFailureRecord(readWholeFile(directory / kFailureFileName));
            summary.trigger = failure.trigger;
            summary.label = failure.label;
            summary.requestedBy = failure.requestedBy;
            summary.requestedAt = failure.requestedAt;
            summary.finishedAt = failure.finishedAt;
            summary.error = failure.error;
        } catch (const BackupError& failure) {
            summary.error = failure.what();
        }
    } else {
        return std::nullopt;
    }
    try {
        if (fs::exists(directory / kVerificationFileName, error)) {
            summary.verification =
                parseVerificationRecord(readWholeFile(directory / kVerificationFileName));
        }
        if (fs::exists(directory / kRestoreFileName, error)) {
            summary.lastRestore = parseRestoreRecord(readWholeFile(directory / kRestoreFileName));
        }
    } catch (const BackupError&) {
        // Records of what happened to a backup are informative; the backup itself stands.
    }
    return summary;
}

std::vector<std::string> BackupCatalog::directoryIds() const {
    std::vector<std::string> ids;
    std::error_code error;
    for (fs::directory_iterator entry(m_directory, error), end; !error && entry != end;
         entry.increment(error)) {
        const std::string name = entry->path().filename().string();
        if (isId(name) && entry->is_directory(error)) {
            ids.push_back(name);
        }
    }
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

std::vector<BackupSummary> BackupCatalog::list() {
    const std::vector<std::string> ids = directoryIds();
    std::lock_guard lock(m_mutex);
    std::map<std::string, BackupSummary, std::less<>> cache;
    std::vector<BackupSummary> summaries;
    for (const std::string& id : ids) {
        const auto cached = m_cache.find(id);
        std::optional<BackupSummary> summary =
            cached != m_cache.end() ? std::optional(cached->second) : load(id);
        if (summary) {
            cache.emplace(id, *summary);
            summaries.push_back(std::move(*summary));
        }
    }
    m_cache = std::move(cache);
    return summaries;
}

std::optional<BackupSummary> BackupCatalog::find(std::string_view id) {
    if (!isId(id)) {
        return std::nullopt;
    }
    std::lock_guard lock(m_mutex);
    if (const auto cached = m_cache.find(id); cached != m_cache.end()) {
        std::error_code error;
        if (fs::exists(pathOf(id), error)) {
            return cached->second;
        }
        m_cache.erase(cached);
        return std::nullopt;
    }
    std::optional<BackupSummary> summary = load(std::string(id));
    if (summary) {
        m_cache.emplace(std::string(id), *summary);
    }
    return summary;
}

std::vector<std::string> BackupCatalog::incomplete() {
    std::vector<std::string> ids = directoryIds();
    std::error_code error;
    std::erase_if(ids, [&](const std::string& id) {
        return fs::exists(pathOf(id) / kManifestFileName, error) ||
               fs::exists(pathOf(id) / kFailureFileName, error);
    });
    return ids;
}

void BackupCatalog::forget(std::string_view id) {
    std::lock_guard lock(m_mutex);
    if (const auto cached = m_cache.find(id); cached != m_cache.end()) {
        m_cache.erase(cached);
    }
}

void BackupCatalog::recordFailure(std::string_view id, const FailureRecord& record) {
    const fs::path directory = pathOf(id);
    // What was written is incomplete and cannot be restored: keep only the record of why.
    std::error_code error;
    for (fs::directory_iterator entry(directory, error), end; !error && entry != end;
         entry.increment(error)) {
        removeTree(entry->path());
    }
    createPrivateDirectory(directory);
    writeFileDurably(directory / kFailureFileName, renderFailureRecord(record));
    forget(id);
}

void BackupCatalog::recordVerification(std::string_view id, const VerificationRecord& record) {
    writeFileDurably(pathOf(id) / kVerificationFileName, renderVerificationRecord(record));
    forget(id);
}

void BackupCatalog::recordRestore(std::string_view id, const RestoreRecord& record) {
    writeFileDurably(pathOf(id) / kRestoreFileName, renderRestoreRecord(record));
    forget(id);
}

void BackupCatalog::remove(std::string_view id) {
    removeTree(pathOf(id));
    syncDirectory(m_directory);
    forget(id);
}

}  // namespace recops::backup
