// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/shared_sqlite_connection.h"
#include "store/silence_store.h"

namespace recops::store {

/// Silences in the `silences` table, matchers as JSON text.
class SqliteSilenceStore final : public SilenceStore {
public:
    explicit SqliteSilenceStore(SharedSqliteConnection& connection) : m_connection(connection) {}

    void save(const SilenceRecord& silence) override;
    std::vector<SilenceRecord> list() override;

private:
    SharedSqliteConnection& m_connection;
};

}  // namespace recops::store
