// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_catalog_store.h"

#include "server/support/migrated_database.h"

#include <vector>

#include <gtest/gtest.h>

namespace recops::store {
namespace {

using testing::MigratedDatabase;

ItemRecord item(std::string id, std::string title = "a title",
                std::vector<std::string> categories = {}, std::int64_t createdAtMs = 1000,
                bool available = true) {
    return ItemRecord{std::move(id), std::move(title), std::move(categories),
                      createdAtMs,   available,        0};
}

std::vector<std::string> idsOf(const ItemPage& page) {
    std::vector<std::string> ids;
    for (const ItemRecord& record : page.items) {
        ids.push_back(record.id);
    }
    return ids;
}

class SqliteCatalogStoreTest : public ::testing::Test {
protected:
    MigratedDatabase m_database;
    SqliteCatalogStore m_catalog{m_database.committer, m_database.readers};
};

TEST_F(SqliteCatalogStoreTest, UpsertCountsCreatedAndUpdatedItems) {
    const UpsertOutcome first = m_catalog.upsert(std::vector{item("a"), item("b")});
    EXPECT_EQ(first.created, 2u);
    EXPECT_EQ(first.updated, 0u);
    const UpsertOutcome second = m_catalog.upsert(std::vector{item("b", "new title"), item("c")});
    EXPECT_EQ(second.created, 1u);
    EXPECT_EQ(second.updated, 1u);
    EXPECT_EQ(m_catalog.count(), 3u);
    EXPECT_EQ(m_catalog.find("b")->title, "new title");
}

TEST_F(SqliteCatalogStoreTest, KeepsEveryFieldAndStampsTheUpdate) {
    m_catalog.upsert(std::vector{
        item("i1", "Toy Story (1995)", {"Animation", "Children's"}, -86'400'000, false)});
    const auto found = m_catalog.find("i1");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, "i1");
    EXPECT_EQ(found->title, "Toy Story (1995)");
    EXPECT_EQ(found->categories, (std::vector<std::string>{"Animation", "Children's"}));
    EXPECT_EQ(found->createdAtMs, -86'400'000);
    EXPECT_FALSE(found->available);
    EXPECT_GT(found->updatedAtMs, 0) << "the store sets updated_at";
    EXPECT_FALSE(m_catalog.find("i2"));
}

TEST_F(SqliteCatalogStoreTest, AnUpdateReplacesTheWholeItem) {
    m_catalog.upsert(std::vector{item("i1", "old", {"x", "y"}, 5, true)});
    m_catalog.upsert(std::vector{item("i1", "new", {}, 7, false)});
    const auto found = m_catalog.find("i1");
    EXPECT_EQ(found->title, "new");
    EXPECT_TRUE(found->categories.empty());
    EXPECT_EQ(found->createdAtMs, 7);
    EXPECT_FALSE(found->available);
}

TEST_F(SqliteCatalogStoreTest, ListPagesInIdOrderWithACursor) {
    m_catalog.upsert(std::vector{item("e"), item("b"), item("a"), item("d"), item("c")});
    const ItemPage first = m_catalog.list("", 2);
    EXPECT_EQ(idsOf(first), (std::vector<std::string>{"a", "b"}));
    ASSERT_TRUE(first.nextCursor);
    EXPECT_EQ(*first.nextCursor, "b");

    const ItemPage second = m_catalog.list(*first.nextCursor, 2);
    EXPECT_EQ(idsOf(second), (std::vector<std::string>{"c", "d"}));
    ASSERT_TRUE(second.nextCursor);

    const ItemPage last = m_catalog.list(*second.nextCursor, 2);
    EXPECT_EQ(idsOf(last), (std::vector<std::string>{"e"}));
    EXPECT_FALSE(last.nextCursor);
}

TEST_F(SqliteCatalogStoreTest, APageThatEndsTheCatalogExactlyHasNoCursor) {
    m_catalog.upsert(std::vector{item("a"), item("b")});
    const ItemPage page = m_catalog.list("", 2);
    EXPECT_EQ(page.items.size(), 2u);
    EXPECT_FALSE(page.nextCursor);
    EXPECT_TRUE(m_catalog.list("b", 10).items.empty());
    // A cursor need not be an existing id: the page starts after it.
    EXPECT_EQ(idsOf(m_catalog.list("aa", 10)), (std::vector<std::string>{"b"}));
}

TEST_F(SqliteCatalogStoreTest, RemoveSaysWhetherThereWasAnItem) {
    m_catalog.upsert(std::vector{item("a"), item("b")});
    EXPECT_TRUE(m_catalog.remove("a"));
    EXPECT_FALSE(m_catalog.remove("a"));
    EXPECT_FALSE(m_catalog.find("a"));
    EXPECT_EQ(m_catalog.count(), 1u);
}

TEST_F(SqliteCatalogStoreTest, ForEachVisitsEveryItemInIdOrder) {
    m_catalog.upsert(std::vector{item("c", "C", {"k"}), item("a", "A"), item("b", "B")});
    std::vector<std::string> titles;
    const std::uint64_t visited =
        m_catalog.forEach([&](const ItemRecord& record) { titles.push_back(record.title); });
    EXPECT_EQ(visited, 3u);
    EXPECT_EQ(titles, (std::vector<std::string>{"A", "B", "C"}));
}

TEST_F(SqliteCatalogStoreTest, AnUpsertIsAllOrNothing) {
    m_catalog.upsert(std::vector{item("kept", "before")});
    // An empty id breaks the schema's CHECK: the item before it in the batch is not kept.
    EXPECT_ANY_THROW(m_catalog.upsert(std::vector{item("kept", "after"), item("")}));
    EXPECT_EQ(m_catalog.find("kept")->title, "before");
    EXPECT_EQ(m_catalog.count(), 1u);
}

}  // namespace
}  // namespace recops::store
