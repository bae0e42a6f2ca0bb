// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_silence_store.h"

#include "store/json_columns.h"

namespace recops::store {

void SqliteSilenceStore::save(const SilenceRecord& silence) {
    m_connection.use([&](SqliteConnection& connection) {
        connection
            .prepare(
                "INSERT OR REPLACE INTO silences (id, matchers, starts_at_ms, ends_at_ms, "
                "created_by, comment, created_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, silence.id)
            .bind(2, json_columns::fromMatchers(silence.matchers))
            .bind(3, silence.startsAtMs)
            .bind(4, silence.endsAtMs)
            .bind(5, silence.createdBy)
            .bind(6, silence.comment)
            .bind(7, silence.createdAtMs)
            .run();
    });
}

std::vector<SilenceRecord> SqliteSilenceStore::list() {
    return m_connection.use([](SqliteConnection& connection) {
        auto statement = connection.prepare(
            "SELECT id, matchers, starts_at_ms, ends_at_ms, created_by, comment, created_at_ms "
            "FROM silences ORDER BY created_at_ms, id");
        std::vector<SilenceRecord> silences;
        while (statement.step()) {
            const std::string id = statement.columnText(0);
            silences.push_back(
                {id, json_columns::toMatchers(statement.columnText(1), "silence " + id),
                 statement.columnInteger(2), statement.columnInteger(3), statement.columnText(4),
                 statement.columnText(5), statement.columnInteger(6)});
        }
        return silences;
    });
}

}  // namespace recops::store
