// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_group_committer.h"

#include "server/support/migrated_database.h"
#include "store/store_error.h"

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace recops::store {
namespace {

using testing::MigratedDatabase;
using testing::WriterHold;

/// Rows in a scratch table, read on a connection of its own (what another process would see).
std::int64_t rowsIn(const std::filesystem::path& file, std::string_view table) {
    SqliteConnection connection(file, OpenMode::ReadWrite);
    return connection.queryInteger("SELECT count(*) FROM " + std::string(table));
}

class SqliteGroupCommitterTest : public ::testing::Test {
protected:
    SqliteGroupCommitterTest() {
        SqliteConnection connection(m_database.file, OpenMode::ReadWrite);
        connection.execute("CREATE TABLE notes (caller INTEGER NOT NULL CHECK (caller >= 0))");
    }

    void insertNote(SqliteConnection& connection, std::int64_t caller) {
        connection.prepare("INSERT INTO notes (caller) VALUES (?1)").bind(1, caller).run();
    }

    MigratedDatabase m_database;
    SqliteGroupCommitter& m_committer = m_database.committer;
};

TEST_F(SqliteGroupCommitterTest, AWorkIsCommittedWhenRunReturns) {
    const std::uint64_t before = m_committer.commitCount();
    m_committer.run([&](SqliteConnection& connection) { insertNote(connection, 1); });
    EXPECT_EQ(rowsIn(m_database.file, "notes"), 1);
    EXPECT_EQ(m_committer.commitCount(), before + 1);
    EXPECT_EQ(m_committer.pendingWorks(), 0u);
}

TEST_F(SqliteGroupCommitterTest, ConcurrentCallersShareOneCommit) {
    constexpr std::size_t kCallers = 8;
    WriterHold hold(m_committer);
    const std::uint64_t before = m_committer.commitCount();
    std::vector<std::thread> callers;
    for (std::size_t caller = 0; caller < kCallers; ++caller) {
        callers.emplace_back([&, caller] {
            m_committer.run([&](SqliteConnection& connection) {
                insertNote(connection, static_cast<std::int64_t>(caller));
            });
        });
    }
    ASSERT_TRUE(testing::waitForPendingWorks(m_committer, kCallers));
    hold.release();
    for (std::thread& caller : callers) {
        caller.join();
    }
    // The holding work's own commit, then one for all eight callers.
    EXPECT_EQ(m_committer.commitCount() - before, 2u);
    EXPECT_LT(m_committer.commitCount() - before, kCallers + 1);
    EXPECT_EQ(rowsIn(m_database.file, "notes"), static_cast<std::int64_t>(kCallers));
}

TEST_F(SqliteGroupCommitterTest, AFailingWorkRollsBackAloneAndItsCallerGetsTheError) {
    WriterHold hold(m_committer);
    const std::uint64_t before = m_committer.commitCount();
    std::atomic<bool> firstDone = false;
    std::atomic<bool> lastDone = false;
    std::exception_ptr failure;
    std::thread first([&] {
        m_committer.run([&](SqliteConnection& connection) { insertNote(connection, 1); });
        firstDone = true;
    });
    ASSERT_TRUE(testing::waitForPendingWorks(m_committer, 1));
    std::thread failing([&] {
        try {
            m_committer.run([&](SqliteConnection& connection) {
                insertNote(connection, 2);   // written, then rolled back with its savepoint
                insertNote(connection, -1);  // the CHECK constraint refuses it
            });
        } catch (...) {
            failure = std::current_exception();
        }
    });
    ASSERT_TRUE(testing::waitForPendingWorks(m_committer, 2));
    std::thread last([&] {
        m_committer.run([&](SqliteConnection& connection) { insertNote(connection, 3); });
        lastDone = true;
    });
    ASSERT_TRUE(testing::waitForPendingWorks(m_committer, 3));
    hold.release();
    first.join();
    failing.join();
    last.join();

    EXPECT_TRUE(firstDone);
    EXPECT_TRUE(lastDone);
    ASSERT_TRUE(failure);
    EXPECT_THROW(std::rethrow_exception(failure), StoreError);
    EXPECT_EQ(m_committer.commitCount() - before, 2u) << "the three works shared one commit";
    SqliteConnection reader(m_database.file, OpenMode::ReadWrite);
    EXPECT_EQ(reader.queryInteger("SELECT count(*) FROM notes"), 2);
    EXPECT_EQ(reader.queryInteger("SELECT count(*) FROM notes WHERE caller = 2"), 0);
}

TEST_F(SqliteGroupCommitterTest, AnExceptionOfTheWorkItselfIsRethrown) {
    EXPECT_THROW(m_committer.run([&](SqliteConnection& connection) {
        insertNote(connection, 7);
        throw std::logic_error("the caller changed its mind");
    }),
                 std::logic_error);
    EXPECT_EQ(rowsIn(m_database.file, "notes"), 0);
    // The writer goes on after a failure.
    m_committer.run([&](SqliteConnection& connection) { insertNote(connection, 8); });
    EXPECT_EQ(rowsIn(m_database.file, "notes"), 1);
}

TEST_F(SqliteGroupCommitterTest, AGroupIsBoundedByMaxWorksPerCommit) {
    SqliteGroupCommitter small(m_database.file, MigratedDatabase::kBusyTimeoutMs, 2);
    WriterHold hold(small);
    const std::uint64_t before = small.commitCount();
    std::vector<std::thread> callers;
    for (int caller = 0; caller < 5; ++caller) {
        callers.emplace_back([&, caller] {
            small.run([&](SqliteConnection& connection) { insertNote(connection, caller); });
        });
    }
    ASSERT_TRUE(testing::waitForPendingWorks(small, 5));
    hold.release();
    for (std::thread& caller : callers) {
        caller.join();
    }
    // The hold, then groups of 2, 2 and 1.
    EXPECT_EQ(small.commitCount() - before, 4u);
    EXPECT_EQ(rowsIn(m_database.file, "notes"), 5);
}

TEST_F(SqliteGroupCommitterTest, AFailedBeginFailsEveryWorkOfTheGroup) {
    // Another connection holds the write lock past the busy timeout: BEGIN IMMEDIATE fails.
    SqliteGroupCommitter impatient(m_database.file, 50);
    SqliteConnection other(m_database.file, OpenMode::ReadWrite);
    other.execute("BEGIN IMMEDIATE");
    EXPECT_THROW(impatient.run([&](SqliteConnection& connection) { insertNote(connection, 1); }),
                 StoreError);
    other.execute("ROLLBACK");
    impatient.run([&](SqliteConnection& connection) { insertNote(connection, 2); });
    EXPECT_EQ(rowsIn(m_database.file, "notes"), 1);
}

}  // namespace
}  // namespace recops::store
