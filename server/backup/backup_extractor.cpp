// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_extractor.h"

#include "backup/backup_error.h"
#include "backup/durable_files.h"
#include "store/database_snapshots.h"
#include "store/store_error.h"

#include <cerrno>

namespace recops::backup {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxProblems = 20;

class ProblemList {
public:
    explicit ProblemList(std::vector<std::string>& problems) : m_problems(problems) {}

    void add(std::string problem) {
        if (m_problems.size() < kMaxProblems) {
            m_problems.push_back(std::move(problem));
        } else {
            ++m_dropped;
        }
    }

    /// Notes how many problems were left out; call once, last.
    void finish() {
        if (m_dropped > 0) {
            m_problems.push_back("... and " + std::to_string(m_dropped) + " more problems");
        }
    }

private:
    std::vector<std::string>& m_problems;
    std::size_t m_dropped = 0;
};

std::string describe(const FileDigest& digest) {
    return std::to_string(digest.sizeBytes) + " bytes";
}

/// Decompresses one stored file and compares both sides with the manifest; true when it matches.
bool extractFile(const fs::path& stored, const fs::path& destination,
                 const CompressedFile& expected, const std::string& name, ProblemList& problems) {
    if (!fs::exists(stored)) {
        problems.add(name + ": the stored file " + stored.filename().string() + " is missing");
        return false;
    }
    CompressedFile found;
    try {
        found = decompressFile(stored, destination);
    } catch (const BackupError& error) {
        problems.add(name + ": " + error.what());
        return false;
    }
    if (found.stored != expected.stored) {
        problems.add(name + ": the stored file does not match its checksum (" +
                     describe(found.stored) + ", the manifest says " + describe(expected.stored) +
                     ")");
        return false;
    }
    if (found.original != expected.original) {
        problems.add(name + ": the restored file does not match its checksum (" +
                     describe(found.original) + ", the manifest says " +
                     describe(expected.original) + ")");
        return false;
    }
    return true;
}

void checkDatabase(store::DatabaseSnapshots& snapshots, const fs::path& file,
                   const BackupManifest& manifest, ProblemList& problems) {
    store::DatabaseFacts facts;
    try {
        facts = snapshots.inspect(file);
    } catch (const store::StoreError& error) {
        problems.add(std::string("database: ") + error.what());
        return;
    }
    if (facts.schemaVersion != manifest.database.schemaVersion) {
        problems.add("database: schema version " + std::to_string(facts.schemaVersion) +
                     ", the manifest says " + std::to_string(manifest.database.schemaVersion));
    }
    for (const auto& [table, rows] : manifest.database.tableRows) {
        const auto found = facts.tableRows.find(table);
        if (found == facts.tableRows.end()) {
            problems.add("database: table " + table + " is missing");
        } else if (found->second != rows) {
            problems.add("database: table " + table + " has " + std::to_string(found->second) +
                         " rows, the manifest says " + std::to_string(rows));
        }
    }
    for (const auto& [table, rows] : facts.tableRows) {
        if (!manifest.database.tableRows.contains(table)) {
            problems.add("database: table " + table + " is not in the manifest");
        }
    }
}

}  // namespace

ExtractionReport extractBackup(const fs::path& backupDirectory, const fs::path& target,
                               store::DatabaseSnapshots& snapshots, std::stop_token stop) {
    ExtractionReport report;
    ProblemList problems(report.problems);
    try {
        report.manifest = parseManifest(readWholeFile(backupDirectory / kManifestFileName));
    } catch (const BackupError& error) {
        problems.add(error.what());
        problems.finish();
        return report;
    }
    const BackupManifest& manifest = *report.manifest;
    createPrivateDirectory(target);
    const fs::path database = target / kExtractedDatabaseName;
    if (extractFile(backupDirectory / kDatabaseFileName, database, manifest.databaseFile,
                    "database", problems)) {
        checkDatabase(snapshots, database, manifest, problems);
    }
    const fs::path models = target / kModelsDirectoryName;
    createPrivateDirectory(models);
    for (const std::string& directory : manifest.modelDirectories) {
        createPrivateDirectory(models / directory);
    }
    for (const ArchivedFile& file : manifest.modelFiles) {
        if (stop.stop_requested()) {
            throw BackupError("stopped: recopsd is shutting down");
        }
        const fs::path destination = models / file.path;
        createPrivateDirectory(destination.parent_path());
        extractFile(
            backupDirectory / kModelsDirectoryName / (file.path + std::string(kStoredSuffix)),
            destination, file.digests, "models/" + file.path, problems);
    }
    for (const std::string& directory : manifest.modelDirectories) {
        syncDirectory(models / directory);
    }
    syncDirectory(models);
    syncDirectory(target);
    problems.finish();
    return report;
}

}  // namespace recops::backup
