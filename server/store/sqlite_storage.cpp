// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_storage.h"

#include "store/schema_migrator.h"
#include "store/sqlite_migrations.h"
#include "store/store_error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace recops::store {
namespace {

/// Creates the file with mode 0600 before SQLite does (SQLite would use 0644 minus umask):
/// the database holds token digests and, soon, user events. SQLite gives its -wal and -shm
/// files the database file's permissions.
const std::filesystem::path& createPrivately(const std::filesystem::path& file) {
    const int descriptor = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (descriptor < 0) {
        throw StoreError("cannot create database " + file.string() + ": " + std::strerror(errno));
    }
    ::close(descriptor);
    return file;
}

int migrate(SharedSqliteConnection& shared) {
    return shared.use([](SqliteConnection& connection) {
        const std::string mode = connection.queryText("PRAGMA journal_mode=WAL");
        if (mode != "wal") {
            throw StoreError("database " + connection.path().string() +
                             " cannot use write-ahead logging (journal mode is " + mode + ")");
        }
        return SchemaMigrator(sqliteMigrations()).migrate(connection).currentVersion;
    });
}

}  // namespace

SqliteStorage::SqliteStorage(const SqliteOptions& options)
    : m_connection(createPrivately(options.file), OpenMode::ReadWriteCreate, options.busyTimeoutMs)
    , m_schemaVersion(migrate(m_connection))
    , m_tokens(m_connection, options.file, options.busyTimeoutMs)
    , m_committer(options.file, options.busyTimeoutMs)
    , m_readers(options.file, options.readConnections, options.busyTimeoutMs)
    , m_events(m_committer, m_readers, options.file, options.busyTimeoutMs)
    , m_cachedEvents(m_events, options.historyCacheUsers, options.historyCacheTimeToLive)
    , m_catalog(m_committer, m_readers)
    , m_registry(m_committer, m_readers)
    , m_trainingJobs(m_committer, m_readers)
    , m_audit(m_connection)
    , m_incidents(m_connection)
    , m_snapshots(m_connection, options.file, options.busyTimeoutMs) {}

StoreHealth SqliteStorage::health() {
    StoreHealth health{"sqlite", false, m_schemaVersion, {}};
    try {
        health.schemaVersion = m_connection.use([](SqliteConnection& connection) {
            return SchemaMigrator::currentVersion(connection);
        });
        health.available = true;
    } catch (const StoreError& error) {
        health.error = error.what();
    }
    return health;
}

}  // namespace recops::store
