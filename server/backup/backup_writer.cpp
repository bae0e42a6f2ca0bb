// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_writer.h"

#include "backup/backup_error.h"
#include "backup/durable_files.h"
#include "common/utf8.h"
#include "common/version.h"
#include "store/database_snapshots.h"
#include "store/store_error.h"

#include <algorithm>
#include <sys/stat.h>

namespace recops::backup {
namespace {

namespace fs = std::filesystem;

/// What must not change about a model file while it is copied.
struct FileState {
    off_t size = 0;
    timespec modified{};
    ino_t inode = 0;

    bool operator==(const FileState& other) const {
        return size == other.size && modified.tv_sec == other.modified.tv_sec &&
               modified.tv_nsec == other.modified.tv_nsec && inode == other.inode;
    }
};

FileState stateOf(const fs::path& file) {
    struct stat status {};
    if (::lstat(file.c_str(), &status) != 0) {
        throw BackupError("model file " + file.string() + " vanished while it was backed up");
    }
    return FileState{status.st_size, status.st_mtim, status.st_ino};
}

void throwIfStopped(const std::stop_token& stop) {
    if (stop.stop_requested()) {
        throw BackupError("stopped: recopsd is shutting down");
    }
}

/// The regular files and directories below @p root, relative, sorted, parents first.
void listModelTree(const fs::path& root, std::vector<std::string>& directories,
                   std::vector<std::string>& files) {
    std::error_code error;
    if (!fs::exists(root, error)) {
        return;
    }
    if (!fs::is_directory(fs::symlink_status(root))) {
        throw BackupError("the models directory " + root.string() + " is not a directory");
    }
    fs::recursive_directory_iterator walk(root, error);
    if (error) {
        throw BackupError("cannot read " + root.string() + ": " + error.message());
    }
    for (auto end = fs::recursive_directory_iterator(); walk != end; walk.increment(error)) {
        if (error) {
            throw BackupError("cannot read " + root.string() + ": " + error.message());
        }
        const fs::path& path = walk->path();
        const std::string relative = fs::relative(path, root).generic_string();
        if (path.filename().string().starts_with('.')) {
            walk.disable_recursion_pending();
            continue;
        }
        // The manifest is JSON, which holds text: a name that is not UTF-8 cannot be recorded.
        if (!common::isValidUtf8(relative)) {
            throw BackupError("model file name " + path.string() + " is not UTF-8");
        }
        const fs::file_status status = walk->symlink_status();
        if (fs::is_directory(status)) {
            directories.push_back(relative);
        } else if (fs::is_regular_file(status)) {
            files.push_back(relative);
        } else {
            throw BackupError(path.string() +
                              " is neither a regular file nor a directory; the models "
                              "directory may hold only those");
        }
    }
    std::sort(directories.begin(), directories.end());
    std::sort(files.begin(), files.end());
}

}  // namespace

ModelTreeSize measureModelTree(const fs::path& modelsDirectory) {
    std::vector<std::string> directories;
    std::vector<std::string> files;
    listModelTree(modelsDirectory, directories, files);
    ModelTreeSize size;
    for (const std::string& file : files) {
        std::error_code error;
        const auto bytes = fs::file_size(modelsDirectory / file, error);
        size.bytes += error ? 0 : bytes;
        ++size.files;
    }
    return size;
}

BackupManifest writeBackup(store::DatabaseSnapshots& snapshots, const fs::path& modelsDirectory,
                           const fs::path& directory, const BackupIdentity& identity,
                           int compressionLevel, std::stop_token stop) {
    const auto started = std::chrono::steady_clock::now();
    createPrivateDirectory(directory);
    BackupManifest manifest;
    manifest.id = identity.id;
    manifest.trigger = identity.trigger;
    manifest.label = identity.label;
    manifest.requestedBy = identity.requestedBy;
    manifest.requestedAt = identity.requestedAt;
    manifest.recopsdVersion = common::kVersion;

    const fs::path snapshot = directory / "database.sqlite";
    // To the millisecond the manifest keeps, so that what this returns is what a reader sees.
    manifest.createdAt =
        std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
    try {
        manifest.database = snapshots.snapshotTo(snapshot);
    } catch (const store::StoreError& error) {
        throw BackupError(std::string("cannot snapshot the database: ") + error.what());
    }
    throwIfStopped(stop);
    manifest.databaseFile = compressFile(snapshot, directory / kDatabaseFileName, compressionLevel);
    fs::remove(snapshot);

    std::vector<std::string> files;
    listModelTree(modelsDirectory, manifest.modelDirectories, files);
    const fs::path storedModels = directory / kModelsDirectoryName;
    createPrivateDirectory(storedModels);
    for (const std::string& directoryName : manifest.modelDirectories) {
        createPrivateDirectory(storedModels / directoryName);
    }
    for (const std::string& file : files) {
        throwIfStopped(stop);
        const fs::path source = modelsDirectory / file;
        const FileState before = stateOf(source);
        CompressedFile digests = compressFile(
            source, storedModels / (file + std::string(kStoredSuffix)), compressionLevel);
        if (!(stateOf(source) == before) ||
            digests.original.sizeBytes != static_cast<std::uint64_t>(before.size)) {
            throw BackupError("model file " + source.string() +
                              " changed while it was backed up; a version's files must not "
                              "change once written");
        }
        manifest.modelFiles.push_back(ArchivedFile{file, digests});
    }
    for (const std::string& directoryName : manifest.modelDirectories) {
        syncDirectory(storedModels / directoryName);
    }
    syncDirectory(storedModels);
    manifest.durationSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    writeFileDurably(directory / kManifestFileName, renderManifest(manifest));
    return manifest;
}

}  // namespace recops::backup
