// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/schema_migrator.h"

#include "server/support/temporary_directory.h"
#include "store/sqlite_connection.h"
#include "store/sqlite_migrations.h"
#include "store/sqlite_storage.h"
#include "store/store_error.h"

#include <array>
#include <sys/stat.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::store {
namespace {

using ::testing::HasSubstr;

class SchemaMigratorTest : public ::testing::Test {
protected:
    std::filesystem::path databaseFile() const { return m_directory / "recops.db"; }

    bool tableExists(SqliteConnection& connection, const std::string& name) {
        auto statement = connection.prepare(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        statement.bind(1, name);
        statement.step();
        return statement.columnInteger(0) == 1;
    }

    testing::TemporaryDirectory m_directory;
};

TEST_F(SchemaMigratorTest, BringsANewDatabaseToTheLatestVersionAndRecordsEachStep) {
    SqliteConnection connection(databaseFile(), OpenMode::ReadWriteCreate);
    const SchemaMigrator migrator(sqliteMigrations());
    const MigrationOutcome outcome = migrator.migrate(connection);
    EXPECT_EQ(outcome.previousVersion, 0);
    EXPECT_EQ(outcome.currentVersion, migrator.latestVersion());
    EXPECT_EQ(SchemaMigrator::currentVersion(connection), migrator.latestVersion());
    EXPECT_EQ(connection.queryInteger("SELECT count(*) FROM schema_migrations"),
              migrator.latestVersion());
    EXPECT_TRUE(tableExists(connection, "tokens"));
}

TEST_F(SchemaMigratorTest, MigratingAgainChangesNothing) {
    SqliteConnection connection(databaseFile(), OpenMode::ReadWriteCreate);
    const SchemaMigrator migrator(sqliteMigrations());
    migrator.migrate(connection);
    const MigrationOutcome again = migrator.migrate(connection);
    EXPECT_EQ(again.previousVersion, migrator.latestVersion());
    EXPECT_EQ(again.currentVersion, migrator.latestVersion());
    EXPECT_EQ(connection.queryInteger("SELECT count(*) FROM schema_migrations"),
              migrator.latestVersion());
}

TEST_F(SchemaMigratorTest, TheNotificationLogKeepsItsRowsWhenItStopsReferringToAlerts) {
    SqliteConnection connection(databaseFile(), OpenMode::ReadWriteCreate);
    connection.execute("PRAGMA foreign_keys=ON");
    SchemaMigrator(sqliteMigrations().first(9)).migrate(connection);
    connection.execute(R"sql(
INSERT INTO alerts VALUES ('0123456789abcdef', 'HighErrorRate', 'f', '{}', 'critical', 'firing',
    1.0, 's', 1, 1, NULL, NULL, NULL, NULL, 'sre', 1, '["alice"]');
INSERT INTO notifications VALUES ('aaaaaaaaaaaaaaaa', '0123456789abcdef', 'alice', 'firing',
    'slack', 'http://alice', '{}', 0, 'delivered', 1, NULL, 2);
INSERT INTO notification_attempts VALUES ('aaaaaaaaaaaaaaaa', 1, 1, 5, 200, '');
)sql");
    SchemaMigrator(sqliteMigrations()).migrate(connection);

    EXPECT_EQ(connection.queryText("SELECT alert_id || ' ' || state FROM notifications"),
              "0123456789abcdef delivered");
    EXPECT_EQ(connection.queryInteger("SELECT count(*) FROM notification_attempts"), 1);
    // A page about an incident has no alert behind it.
    connection.execute(R"sql(
INSERT INTO notifications VALUES ('bbbbbbbbbbbbbbbb', 'incident-7', 'alice', 'firing', 'slack',
    'http://alice', '{}', 0, 'pending', 3, 3, NULL);
)sql");
    // Attempts still belong to the rebuilt log: they go with their notification.
    connection.execute("DELETE FROM notifications WHERE id = 'aaaaaaaaaaaaaaaa'");
    EXPECT_EQ(connection.queryInteger("SELECT count(*) FROM notification_attempts"), 0);
    EXPECT_THROW(connection.execute("INSERT INTO notification_attempts VALUES "
                                    "('cccccccccccccccc', 1, 1, 5, 200, '')"),
                 StoreError);
    EXPECT_EQ(connection.queryInteger("SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(SchemaMigratorTest, RefusesADatabaseNewerThanTheBinary) {
    SqliteConnection connection(databaseFile(), OpenMode::ReadWriteCreate);
    const SchemaMigrator migrator(sqliteMigrations());
    migrator.migrate(connection);
    connection.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', 0)");
    try {
        migrator.migrate(connection);
        FAIL() << "a newer database was accepted";
    } catch (const StoreError& error) {
        EXPECT_THAT(error.what(), HasSubstr("schema version 999, newer than this recopsd knows"));
    }
    EXPECT_THROW(SqliteStorage(SqliteOptions{databaseFile(), 100}), StoreError);
}

TEST_F(SchemaMigratorTest, AFailingStepLeavesTheDatabaseAtTheLastWholeVersion) {
    constexpr std::array kSteps{
        SchemaMigration{1, "first", "CREATE TABLE one (x INTEGER);"},
        SchemaMigration{2, "broken",
                        "CREATE TABLE two (x INTEGER); INSERT INTO missing VALUES (1);"},
    };
    SqliteConnection connection(databaseFile(), OpenMode::ReadWriteCreate);
    try {
        SchemaMigrator(kSteps).migrate(connection);
        FAIL() << "the broken step succeeded";
    } catch (const StoreError& error) {
        EXPECT_THAT(error.what(), HasSubstr("schema migration 2 (broken) failed"));
    }
    EXPECT_EQ(SchemaMigrator::currentVersion(connection), 1);
    EXPECT_TRUE(tableExists(connection, "one"));
    EXPECT_FALSE(tableExists(connection, "two"));
}

TEST_F(SchemaMigratorTest, RefusesGapsInTheNumbering) {
    constexpr std::array kSteps{SchemaMigration{1, "a", ""}, SchemaMigration{3, "c", ""}};
    EXPECT_THROW(SchemaMigrator{kSteps}, std::logic_error);
}

TEST_F(SchemaMigratorTest, StorageOpensInWalModeAndKeepsTheFilePrivate) {
    { SqliteStorage storage(SqliteOptions{databaseFile(), 100}); }
    SqliteConnection connection(databaseFile(), OpenMode::ReadWrite);
    EXPECT_EQ(connection.queryText("PRAGMA journal_mode"), "wal");
    struct stat status {};
    ASSERT_EQ(::stat(databaseFile().c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u);
}

}  // namespace
}  // namespace recops::store
