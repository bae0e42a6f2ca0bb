// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_catalog_store.h"

#include "common/timestamp.h"
#include "store/store_error.h"

#include <chrono>

#include <nlohmann/json.hpp>

namespace recops::store {
namespace {

constexpr std::string_view kSelectItems =
    "SELECT id, title, categories, created_at_ms, available, updated_at_ms FROM items";

std::string categoriesToJson(const std::vector<std::string>& categories) {
    return nlohmann::json(categories).dump();
}

ItemRecord readItem(const SqliteStatement& row) {
    ItemRecord item;
    item.id = row.columnText(0);
    item.title = row.columnText(1);
    // Written by categoriesToJson and checked by the schema (json_valid): a failure here means
    // the file was changed behind recopsd's back.
    const auto categories = nlohmann::json::parse(row.columnTextView(2), nullptr, false);
    if (!categories.is_array()) {
        throw StoreError("item " + item.id + " has damaged categories in the database");
    }
    for (const auto& category : categories) {
        if (!category.is_string()) {
            throw StoreError("item " + item.id + " has damaged categories in the database");
        }
        item.categories.push_back(category.get<std::string>());
    }
    item.createdAtMs = row.columnInteger(3);
    item.available = row.columnInteger(4) != 0;
    item.updatedAtMs = row.columnInteger(5);
    return item;
}

}  // namespace

SqliteCatalogStore::SqliteCatalogStore(SqliteGroupCommitter& committer, SqliteReaderPool& readers)
    : m_committer(committer), m_readers(readers) {}

UpsertOutcome SqliteCatalogStore::upsert(std::span<const ItemRecord> items) {
    UpsertOutcome outcome;
    if (items.empty()) {
        return outcome;
    }
    const std::int64_t nowMs = common::toUnixMilliseconds(std::chrono::system_clock::now());
    m_committer.run([&](SqliteConnection& connection) {
        outcome = {};
        auto exists = connection.prepare("SELECT 1 FROM items WHERE id = ?1");
        auto write = connection.prepare(
            "INSERT INTO items (id, title, categories, created_at_ms, available, updated_at_ms) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET "
            "title = excluded.title, categories = excluded.categories, "
            "created_at_ms = excluded.created_at_ms, available = excluded.available, "
            "updated_at_ms = excluded.updated_at_ms");
        for (const ItemRecord& item : items) {
            exists.bind(1, item.id);
            const bool existed = exists.step();
            exists.reset();
            write.bind(1, item.id)
                .bind(2, item.title)
                .bind(3, categoriesToJson(item.categories))
                .bind(4, item.createdAtMs)
                .bind(5, std::int64_t{item.available ? 1 : 0})
                .bind(6, nowMs);
            write.run();
            write.reset();
            ++(existed ? outcome.updated : outcome.created);
        }
    });
    return outcome;
}

std::optional<ItemRecord> SqliteCatalogStore::find(std::string_view id) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) -> std::optional<ItemRecord> {
        SqliteStatement& query = reader.statement(std::string(kSelectItems) + " WHERE id = ?1");
        query.bind(1, id);
        std::optional<ItemRecord> item;
        if (query.step()) {
            item = readItem(query);
        }
        query.reset();
        return item;
    });
}

bool SqliteCatalogStore::remove(std::string_view id) {
    bool removed = false;
    m_committer.run([&](SqliteConnection& connection) {
        auto erase = connection.prepare("DELETE FROM items WHERE id = ?1");
        erase.bind(1, id).run();
        removed = erase.changes() == 1;
    });
    return removed;
}

ItemPage SqliteCatalogStore::list(std::string_view afterId, std::size_t limit) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query =
            reader.statement(std::string(kSelectItems) + " WHERE id > ?1 ORDER BY id LIMIT ?2");
        // One more than asked tells whether another page follows.
        query.bind(1, afterId).bind(2, static_cast<std::int64_t>(limit) + 1);
        ItemPage page;
        while (query.step()) {
            if (page.items.size() == limit) {
                page.nextCursor = page.items.back().id;
                break;
            }
            page.items.push_back(readItem(query));
        }
        query.reset();
        return page;
    });
}

std::uint64_t SqliteCatalogStore::forEach(const std::function<void(const ItemRecord&)>& onItem) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) {
        // One statement is one read transaction: the whole walk sees one snapshot.
        SqliteStatement& query = reader.statement(std::string(kSelectItems) + " ORDER BY id");
        std::uint64_t items = 0;
        while (query.step()) {
            onItem(readItem(query));
            ++items;
        }
        query.reset();
        return items;
    });
}

std::uint64_t SqliteCatalogStore::count() {
    return m_readers.use([](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query = reader.statement("SELECT count(*) FROM items");
        query.step();
        const auto items = static_cast<std::uint64_t>(query.columnInteger(0));
        query.reset();
        return items;
    });
}

}  // namespace recops::store
