// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_database_snapshots.h"

#include "store/schema_migrator.h"
#include "store/sqlite_migrations.h"
#include "store/store_error.h"

#include <chrono>
#include <memory>
#include <vector>

#include <sqlite3.h>

namespace recops::store {
namespace {

std::string quotedIdentifier(const std::string& name) {
    std::string quoted = "\"";
    for (char c : name) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

DatabaseFacts factsOf(SqliteConnection& connection) {
    DatabaseFacts facts;
    facts.schemaVersion = SchemaMigrator::currentVersion(connection);
    std::vector<std::string> tables;
    auto statement = connection.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name");
    while (statement.step()) {
        tables.push_back(statement.columnText(0));
    }
    for (const std::string& table : tables) {
        facts.tableRows[table] =
            connection.queryInteger("SELECT count(*) FROM " + quotedIdentifier(table));
    }
    return facts;
}

/// A snapshot file is one self-contained file: rollback journal, no -wal or -shm beside it.
void useRollbackJournal(SqliteConnection& snapshot) {
    const std::string mode = snapshot.queryText("PRAGMA journal_mode=DELETE");
    if (mode != "delete") {
        throw StoreError("snapshot " + snapshot.path().string() +
                         " cannot use a rollback journal (" + mode + ")");
    }
}

/// What PRAGMA @p pragma reports, @p columns columns per line, unless it reports only "ok".
std::vector<std::string> problemsReportedBy(SqliteConnection& connection, std::string_view pragma,
                                            int columns) {
    std::vector<std::string> problems;
    auto statement = connection.prepare(pragma);
    while (statement.step()) {
        std::string line;
        for (int column = 0; column < columns; ++column) {
            const std::string text = statement.columnText(column);
            line += line.empty() || text.empty() ? text : " " + text;
        }
        if (line != "ok") {
            problems.push_back(line);
        }
    }
    return problems;
}

}  // namespace

DatabaseFacts SqliteDatabaseSnapshots::describeLive() {
    SqliteConnection reader(m_liveFile, OpenMode::ReadWrite);
    reader.setBusyTimeout(m_busyTimeoutMs);
    // One read transaction, so the counts describe one moment.
    reader.execute("BEGIN");
    DatabaseFacts facts = factsOf(reader);
    reader.execute("COMMIT");
    return facts;
}

DatabaseFacts SqliteDatabaseSnapshots::snapshotTo(const std::filesystem::path& file) {
    // A connection of its own: VACUUM INTO holds one read transaction for the whole copy,
    // which in WAL mode blocks no writer, and the shared connection stays free for requests.
    SqliteConnection reader(m_liveFile, OpenMode::ReadWrite);
    reader.setBusyTimeout(m_busyTimeoutMs);
    reader.prepare("VACUUM INTO ?1").bind(1, file.string()).run();
    SqliteConnection snapshot(file, OpenMode::ReadWrite);
    useRollbackJournal(snapshot);
    return factsOf(snapshot);
}

DatabaseFacts SqliteDatabaseSnapshots::inspect(const std::filesystem::path& file) {
    SqliteConnection snapshot(file, OpenMode::ReadWrite);
    useRollbackJournal(snapshot);
    std::vector<std::string> problems = problemsReportedBy(snapshot, "PRAGMA integrity_check", 1);
    // table, rowid, referenced table, constraint index
    for (std::string& problem : problemsReportedBy(snapshot, "PRAGMA foreign_key_check", 4)) {
        problems.push_back("foreign key violated: " + problem);
    }
    if (!problems.empty()) {
        std::string detail;
        for (std::size_t index = 0; index < problems.size() && index < 5; ++index) {
            detail += (index == 0 ? "" : "; ") + problems[index];
        }
        throw StoreError("database " + file.string() + " is damaged: " + detail);
    }
    DatabaseFacts facts = factsOf(snapshot);
    const int known = SchemaMigrator(sqliteMigrations()).latestVersion();
    if (facts.schemaVersion > known) {
        throw StoreError("database " + file.string() + " has schema version " +
                         std::to_string(facts.schemaVersion) + ", newer than this recopsd knows (" +
                         std::to_string(known) + "); restore it with a newer recopsd");
    }
    return facts;
}

void SqliteDatabaseSnapshots::prepareReplacement(const std::filesystem::path& file) {
    SqliteConnection snapshot(file, OpenMode::ReadWrite);
    useRollbackJournal(snapshot);
    snapshot.execute("PRAGMA foreign_keys=ON");
    SchemaMigrator(sqliteMigrations()).migrate(snapshot);
}

void SqliteDatabaseSnapshots::replaceWith(const std::filesystem::path& file,
                                          const std::function<void()>& afterCommit) {
    m_live.use([&](SqliteConnection& live) {
        // Audit entries the live database gained since the snapshot go into the snapshot
        // first, so the replacement below carries them in the same transaction as the rest.
        live.prepare("ATTACH DATABASE ?1 AS replacement").bind(1, file.string()).run();
        try {
            live.execute(
                "INSERT INTO replacement.audit_log SELECT * FROM main.audit_log "
                "WHERE id > (SELECT coalesce(max(id), 0) FROM replacement.audit_log)");
        } catch (...) {
            live.execute("DETACH DATABASE replacement");
            throw;
        }
        live.execute("DETACH DATABASE replacement");

        SqliteConnection source(file, OpenMode::ReadWrite);
        const std::unique_ptr<sqlite3_backup, int (*)(sqlite3_backup*)> backup(
            sqlite3_backup_init(live.handle(), "main", source.handle(), "main"),
            sqlite3_backup_finish);
        if (!backup) {
            throw StoreError("cannot replace " + m_liveFile.string() + ": " +
                             sqlite3_errmsg(live.handle()));
        }
        // One step over every page: one write transaction on the live database, committed
        // (and, with synchronous=FULL, synced) as a whole or not at all. Another process
        // holding the write lock makes it busy; it may be retried, as the busy timeout allows.
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(m_busyTimeoutMs);
        int resultCode = sqlite3_backup_step(backup.get(), -1);
        while ((resultCode == SQLITE_BUSY || resultCode == SQLITE_LOCKED) &&
               std::chrono::steady_clock::now() < deadline) {
            sqlite3_sleep(10);
            resultCode = sqlite3_backup_step(backup.get(), -1);
        }
        if (resultCode != SQLITE_DONE) {
            throw StoreError("cannot replace " + m_liveFile.string() + ": " +
                             sqlite3_errstr(resultCode));
        }
        afterCommit();
        try {
            // The whole database went through the WAL; fold it back so the file shrinks.
            live.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const StoreError&) {
            // A reader in another process holds the WAL; SQLite checkpoints later by itself.
        }
    });
}

}  // namespace recops::store
