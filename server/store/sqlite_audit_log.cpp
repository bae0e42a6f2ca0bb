// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_audit_log.h"

#include "common/timestamp.h"
#include "store/store_error.h"

#include <algorithm>

namespace recops::store {
namespace {

AuditOutcome outcomeNamed(const std::string& name) {
    const auto found = std::find(kAuditOutcomeNames.begin(), kAuditOutcomeNames.end(), name);
    if (found == kAuditOutcomeNames.end()) {
        throw StoreError("audit entry with unknown outcome \"" + name + "\" in the database");
    }
    return static_cast<AuditOutcome>(found - kAuditOutcomeNames.begin());
}

}  // namespace

std::int64_t SqliteAuditLog::append(const AuditEntry& entry) {
    return m_connection.use([&](SqliteConnection& connection) {
        connection
            .prepare(
                "INSERT INTO audit_log (time_ms, actor_token_id, actor_name, actor_role, action, "
                "target, outcome, status, request_id, detail) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
            .bind(1, common::toUnixMilliseconds(entry.time))
            .bind(2, entry.actorTokenId)
            .bind(3, entry.actorName)
            .bind(4, entry.actorRole)
            .bind(5, entry.action)
            .bind(6, entry.target)
            .bind(7, auditOutcomeName(entry.outcome))
            .bind(8, std::int64_t{entry.status})
            .bind(9, entry.requestId)
            .bind(10, entry.detail)
            .run();
        return connection.queryInteger("SELECT last_insert_rowid()");
    });
}

std::vector<AuditEntry> SqliteAuditLog::query(const AuditQuery& query) {
    // Unset filters bind NULL and drop out of the WHERE clause: one statement for every mix.
    constexpr std::string_view kSql =
        "SELECT id, time_ms, actor_token_id, actor_name, actor_role, action, target, outcome, "
        "status, request_id, detail FROM audit_log "
        "WHERE (?1 IS NULL OR actor_token_id = ?1 OR actor_name = ?1) "
        "AND (?2 IS NULL OR action = ?2) "
        "AND (?3 IS NULL OR substr(action, 1, length(?3)) = ?3) "
        "AND (?4 IS NULL OR time_ms >= ?4) "
        "AND (?5 IS NULL OR time_ms < ?5) "
        "AND (?6 IS NULL OR id < ?6) "
        "ORDER BY id DESC LIMIT ?7";
    return m_connection.use([&](SqliteConnection& connection) {
        auto statement = connection.prepare(kSql);
        const auto bindText = [&](int index, const std::optional<std::string>& value) {
            value ? statement.bind(index, *value) : statement.bindNull(index);
        };
        const auto bindInteger = [&](int index, const std::optional<std::int64_t>& value) {
            value ? statement.bind(index, *value) : statement.bindNull(index);
        };
        bindText(1, query.actor);
        const bool prefix = query.action && query.action->ends_with(".*");
        bindText(2, prefix ? std::nullopt : query.action);
        bindText(3, prefix ? std::optional<std::string>(
                                 query.action->substr(0, query.action->size() - 1))
                           : std::nullopt);
        bindInteger(
            4, query.from ? std::optional(common::toUnixMilliseconds(*query.from)) : std::nullopt);
        bindInteger(5,
                    query.to ? std::optional(common::toUnixMilliseconds(*query.to)) : std::nullopt);
        bindInteger(6, query.beforeId);
        statement.bind(7, static_cast<std::int64_t>(query.limit));
        std::vector<AuditEntry> entries;
        while (statement.step()) {
            entries.push_back(AuditEntry{
                statement.columnInteger(0),
                common::fromUnixMilliseconds(statement.columnInteger(1)),
                statement.columnText(2),
                statement.columnText(3),
                statement.columnText(4),
                statement.columnText(5),
                statement.columnText(6),
                outcomeNamed(statement.columnText(7)),
                static_cast<int>(statement.columnInteger(8)),
                statement.columnText(9),
                statement.columnText(10),
            });
        }
        return entries;
    });
}

}  // namespace recops::store
