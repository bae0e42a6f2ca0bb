// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/catalog_store.h"
#include "store/sqlite_group_committer.h"
#include "store/sqlite_reader_pool.h"

namespace recops::store {

/// The catalog in the SQLite database's `items` table; categories are kept as a JSON array.
class SqliteCatalogStore final : public CatalogStore {
public:
    /// @p committer and @p readers belong to the same database and outlive the store.
    SqliteCatalogStore(SqliteGroupCommitter& committer, SqliteReaderPool& readers);

    UpsertOutcome upsert(std::span<const ItemRecord> items) override;
    std::optional<ItemRecord> find(std::string_view id) override;
    bool remove(std::string_view id) override;
    ItemPage list(std::string_view afterId, std::size_t limit) override;
    std::uint64_t forEach(const std::function<void(const ItemRecord&)>& onItem) override;
    std::uint64_t count() override;

private:
    SqliteGroupCommitter& m_committer;
    SqliteReaderPool& m_readers;
};

}  // namespace recops::store
