// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_registry_store.h"

#include "common/timestamp.h"
#include "store/store_error.h"

#include <array>
#include <chrono>

#include <nlohmann/json.hpp>

namespace recops::store {
namespace {

constexpr std::array<std::string_view, 5> kChangeKindNames{"registered", "stage", "alias_set",
                                                           "alias_removed", "deleted"};

constexpr std::string_view kSelectVersions =
    "SELECT v.model, v.version, v.stage, v.algorithm, v.label, v.manifest_sha256, v.metrics, "
    "v.created_at_ms, v.created_by, v.stage_changed_at_ms, v.ever_production, "
    "(SELECT json_group_array(alias) FROM (SELECT alias FROM model_aliases a "
    " WHERE a.model = v.model AND a.version = v.version ORDER BY alias)) "
    "FROM model_versions v";

std::int64_t nowMs() {
    return common::toUnixMilliseconds(std::chrono::system_clock::now());
}

ModelStage readStage(std::string_view name) {
    const auto stage = parseStage(name);
    if (!stage) {
        throw StoreError("the registry holds an unknown stage \"" + std::string(name) + "\"");
    }
    return *stage;
}

/// Aliases come back as a JSON array of strings built by SQLite (json_group_array).
std::vector<std::string> readAliases(std::string_view json) {
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (!parsed.is_array()) {
        throw StoreError("the registry returned malformed aliases: " + std::string(json));
    }
    return parsed.get<std::vector<std::string>>();
}

ModelVersionRecord readVersion(const SqliteStatement& row) {
    ModelVersionRecord record;
    record.model = row.columnText(0);
    record.version = static_cast<int>(row.columnInteger(1));
    record.stage = readStage(row.columnTextView(2));
    record.algorithm = row.columnText(3);
    record.label = row.columnText(4);
    record.manifestSha256 = row.columnText(5);
    record.metricsJson = row.columnText(6);
    record.createdAtMs = row.columnInteger(7);
    record.createdBy = row.columnText(8);
    record.stageChangedAtMs = row.columnInteger(9);
    record.everProduction = row.columnInteger(10) != 0;
    record.aliases = readAliases(row.columnTextView(11));
    return record;
}

struct ChangeRow {
    std::string_view model;
    int version = 0;
    RegistryChangeKind kind = RegistryChangeKind::Stage;
    std::optional<ModelStage> fromStage;
    std::optional<ModelStage> toStage;
    std::string_view alias;
    std::string_view actor;
    std::string_view comment;
    std::string_view gatesJson = "[]";
    bool forced = false;
};

void recordChange(SqliteConnection& connection, const ChangeRow& change, std::int64_t atMs) {
    auto insert = connection.prepare(
        "INSERT INTO registry_changes (model, version, kind, from_stage, to_stage, alias, actor, "
        "comment, gates, forced, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    insert.bind(1, change.model)
        .bind(2, std::int64_t{change.version})
        .bind(3, kChangeKindNames[static_cast<std::size_t>(change.kind)]);
    change.fromStage ? insert.bind(4, stageName(*change.fromStage)) : insert.bindNull(4);
    change.toStage ? insert.bind(5, stageName(*change.toStage)) : insert.bindNull(5);
    insert.bind(6, change.alias)
        .bind(7, change.actor)
        .bind(8, change.comment)
        .bind(9, change.gatesJson)
        .bind(10, std::int64_t{change.forced ? 1 : 0})
        .bind(11, atMs)
        .run();
}

std::optional<ModelVersionRecord> findVersion(SqliteConnection& connection, std::string_view model,
                                              int version) {
    auto query =
        connection.prepare(std::string(kSelectVersions) + " WHERE v.model = ?1 AND v.version = ?2");
    query.bind(1, model).bind(2, std::int64_t{version});
    if (!query.step()) {
        return std::nullopt;
    }
    return readVersion(query);
}

std::optional<int> productionVersion(SqliteConnection& connection, std::string_view model) {
    auto query = connection.prepare(
        "SELECT version FROM model_versions WHERE model = ?1 AND stage = 'Production'");
    query.bind(1, model);
    if (!query.step()) {
        return std::nullopt;
    }
    return static_cast<int>(query.columnInteger(0));
}

void setStage(SqliteConnection& connection, std::string_view model, int version, ModelStage stage,
              std::int64_t atMs) {
    connection
        .prepare(
            "UPDATE model_versions SET stage = ?3, stage_changed_at_ms = ?4, "
            "ever_production = ever_production OR ?3 = 'Production' "
            "WHERE model = ?1 AND version = ?2")
        .bind(1, model)
        .bind(2, std::int64_t{version})
        .bind(3, stageName(stage))
        .bind(4, atMs)
        .run();
}

}  // namespace

SqliteRegistryStore::SqliteRegistryStore(SqliteGroupCommitter& committer, SqliteReaderPool& readers)
    : m_committer(committer), m_readers(readers) {}

ModelVersionRecord SqliteRegistryStore::registerVersion(
    const NewModelVersion& version, const std::function<std::string(int)>& placeArtifacts) {
    ModelVersionRecord registered;
    m_committer.run([&](SqliteConnection& connection) {
        const std::int64_t atMs = nowMs();
        connection
            .prepare(
                "INSERT INTO registered_models (name, created_at_ms) VALUES (?1, ?2) "
                "ON CONFLICT (name) DO NOTHING")
            .bind(1, version.model)
            .bind(2, atMs)
            .run();
        // Numbers are never reused, even after a version was deleted: history names them.
        auto next = connection.prepare(
            "SELECT max(coalesce((SELECT max(version) FROM model_versions WHERE model = ?1), 0), "
            "coalesce((SELECT max(version) FROM registry_changes WHERE model = ?1), 0)) + 1");
        next.bind(1, version.model);
        next.step();
        const int number = static_cast<int>(next.columnInteger(0));
        const std::string manifestSha256 = placeArtifacts(number);
        connection
            .prepare(
                "INSERT INTO model_versions (model, version, stage, algorithm, label, "
                "manifest_sha256, metrics, created_at_ms, created_by, stage_changed_at_ms, "
                "ever_production) VALUES (?1, ?2, 'None', ?3, ?4, ?5, ?6, ?7, ?8, ?7, 0)")
            .bind(1, version.model)
            .bind(2, std::int64_t{number})
            .bind(3, version.algorithm)
            .bind(4, version.label)
            .bind(5, manifestSha256)
            .bind(6, version.metricsJson)
            .bind(7, atMs)
            .bind(8, version.createdBy)
            .run();
        {
            ChangeRow change;
            change.model = version.model;
            change.version = number;
            change.kind = RegistryChangeKind::Registered;
            change.toStage = ModelStage::None;
            change.actor = version.createdBy;
            change.comment = version.label;
            recordChange(connection, change, atMs);
        }
        registered = *findVersion(connection, version.model, number);
    });
    return registered;
}

std::vector<RegisteredModelRecord> SqliteRegistryStore::models() {
    return m_readers.use([](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query = reader.statement(
            "SELECT m.name, m.created_at_ms, "
            "coalesce((SELECT max(version) FROM model_versions v WHERE v.model = m.name), 0), "
            "(SELECT version FROM model_versions v WHERE v.model = m.name "
            " AND v.stage = 'Production') FROM registered_models m ORDER BY m.name");
        std::vector<RegisteredModelRecord> models;
        while (query.step()) {
            RegisteredModelRecord model{query.columnText(0), query.columnInteger(1),
                                        static_cast<int>(query.columnInteger(2)), std::nullopt};
            if (!query.columnIsNull(3)) {
                model.productionVersion = static_cast<int>(query.columnInteger(3));
            }
            models.push_back(std::move(model));
        }
        query.reset();
        return models;
    });
}

std::vector<ModelVersionRecord> SqliteRegistryStore::versions(std::string_view model) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query = reader.statement(std::string(kSelectVersions) +
                                                  " WHERE v.model = ?1 ORDER BY v.version DESC");
        query.bind(1, model);
        std::vector<ModelVersionRecord> versions;
        while (query.step()) {
            versions.push_back(readVersion(query));
        }
        query.reset();
        return versions;
    });
}

std::optional<ModelVersionRecord> SqliteRegistryStore::version(std::string_view model,
                                                               int version) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) {
        return findVersion(reader.connection(), model, version);
    });
}

std::optional<ModelVersionRecord> SqliteRegistryStore::production(std::string_view model) {
    return m_readers.use(
        [&](SqliteReaderPool::Reader& reader) -> std::optional<ModelVersionRecord> {
            const auto number = productionVersion(reader.connection(), model);
            return number ? findVersion(reader.connection(), model, *number) : std::nullopt;
        });
}

StageChangeResult SqliteRegistryStore::changeStage(const StageChangeRequest& request) {
    StageChangeResult result;
    m_committer.run([&](SqliteConnection& connection) {
        result = {};
        const auto current = findVersion(connection, request.model, request.version);
        if (!current) {
            result.outcome = StageChangeOutcome::NotFound;
            return;
        }
        const auto production = productionVersion(connection, request.model);
        if (request.toStage == ModelStage::Production && production != request.expectedProduction) {
            result.outcome = StageChangeOutcome::Conflict;
            result.currentProduction = production;
            return;
        }
        if (current->stage == request.toStage) {
            result.outcome = StageChangeOutcome::Unchanged;
            result.version = current;
            return;
        }
        const std::int64_t atMs = nowMs();
        if (request.toStage == ModelStage::Production && production) {
            const std::string replaced =
                "replaced in Production by version " + std::to_string(request.version);
            setStage(connection, request.model, *production, ModelStage::Archived, atMs);
            {
                ChangeRow change;
                change.model = request.model;
                change.version = *production;
                change.kind = RegistryChangeKind::Stage;
                change.fromStage = ModelStage::Production;
                change.toStage = ModelStage::Archived;
                change.actor = request.actor;
                change.comment = replaced;
                recordChange(connection, change, atMs);
            }
            result.archivedProduction = production;
        }
        setStage(connection, request.model, request.version, request.toStage, atMs);
        {
            ChangeRow change;
            change.model = request.model;
            change.version = request.version;
            change.kind = RegistryChangeKind::Stage;
            change.fromStage = current->stage;
            change.toStage = request.toStage;
            change.actor = request.actor;
            change.comment = request.comment;
            change.gatesJson = request.gatesJson;
            change.forced = request.forced;
            recordChange(connection, change, atMs);
        }
        result.outcome = StageChangeOutcome::Applied;
        result.version = findVersion(connection, request.model, request.version);
    });
    return result;
}

AliasOutcome SqliteRegistryStore::setAlias(std::string_view model, std::string_view alias,
                                           int version, std::string_view actor,
                                           std::string_view comment) {
    AliasOutcome outcome = AliasOutcome::VersionNotFound;
    m_committer.run([&](SqliteConnection& connection) {
        if (!findVersion(connection, model, version)) {
            outcome = AliasOutcome::VersionNotFound;
            return;
        }
        auto upsert = connection.prepare(
            "INSERT INTO model_aliases (model, alias, version) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (model, alias) DO UPDATE SET version = excluded.version "
            "WHERE version != excluded.version");
        upsert.bind(1, model).bind(2, alias).bind(3, std::int64_t{version}).run();
        if (upsert.changes() == 0) {
            outcome = AliasOutcome::Unchanged;
            return;
        }
        {
            ChangeRow change;
            change.model = model;
            change.version = version;
            change.kind = RegistryChangeKind::AliasSet;
            change.alias = alias;
            change.actor = actor;
            change.comment = comment;
            recordChange(connection, change, nowMs());
        }
        outcome = AliasOutcome::Set;
    });
    return outcome;
}

bool SqliteRegistryStore::removeAlias(std::string_view model, std::string_view alias,
                                      std::string_view actor, std::string_view comment) {
    bool removed = false;
    m_committer.run([&](SqliteConnection& connection) {
        auto erase = connection.prepare(
            "DELETE FROM model_aliases WHERE model = ?1 AND alias = ?2 "
            "RETURNING version");
        erase.bind(1, model).bind(2, alias);
        if (!erase.step()) {
            removed = false;
            return;
        }
        const int version = static_cast<int>(erase.columnInteger(0));
        erase.run();
        {
            ChangeRow change;
            change.model = model;
            change.version = version;
            change.kind = RegistryChangeKind::AliasRemoved;
            change.alias = alias;
            change.actor = actor;
            change.comment = comment;
            recordChange(connection, change, nowMs());
        }
        removed = true;
    });
    return removed;
}

std::optional<int> SqliteRegistryStore::resolveAlias(std::string_view model,
                                                     std::string_view alias) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) -> std::optional<int> {
        SqliteStatement& query =
            reader.statement("SELECT version FROM model_aliases WHERE model = ?1 AND alias = ?2");
        query.bind(1, model).bind(2, alias);
        std::optional<int> version;
        if (query.step()) {
            version = static_cast<int>(query.columnInteger(0));
        }
        query.reset();
        return version;
    });
}

std::vector<RegistryChange> SqliteRegistryStore::history(std::string_view model,
                                                         std::size_t limit) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query = reader.statement(
            "SELECT id, model, version, kind, from_stage, to_stage, alias, actor, comment, gates, "
            "forced, at_ms FROM registry_changes WHERE model = ?1 ORDER BY id DESC LIMIT ?2");
        query.bind(1, model).bind(2, static_cast<std::int64_t>(limit));
        std::vector<RegistryChange> changes;
        while (query.step()) {
            RegistryChange change;
            change.id = query.columnInteger(0);
            change.model = query.columnText(1);
            change.version = static_cast<int>(query.columnInteger(2));
            const std::string_view kind = query.columnTextView(3);
            for (std::size_t index = 0; index < kChangeKindNames.size(); ++index) {
                if (kChangeKindNames[index] == kind) {
                    change.kind = static_cast<RegistryChangeKind>(index);
                }
            }
            if (!query.columnIsNull(4)) {
                change.fromStage = readStage(query.columnTextView(4));
            }
            if (!query.columnIsNull(5)) {
                change.toStage = readStage(query.columnTextView(5));
            }
            change.alias = query.columnText(6);
            change.actor = query.columnText(7);
            change.comment = query.columnText(8);
            change.gatesJson = query.columnText(9);
            change.forced = query.columnInteger(10) != 0;
            change.atMs = query.columnInteger(11);
            changes.push_back(std::move(change));
        }
        query.reset();
        return changes;
    });
}

bool SqliteRegistryStore::deleteVersion(std::string_view model, int version, std::string_view actor,
                                        std::string_view reason) {
    bool deleted = false;
    m_committer.run([&](SqliteConnection& connection) {
        const auto current = findVersion(connection, model, version);
        if (!current || current->everProduction || current->stage == ModelStage::Staging ||
            current->stage == ModelStage::Production) {
            deleted = false;
            return;
        }
        connection.prepare("DELETE FROM model_versions WHERE model = ?1 AND version = ?2")
            .bind(1, model)
            .bind(2, std::int64_t{version})
            .run();
        {
            ChangeRow change;
            change.model = model;
            change.version = version;
            change.kind = RegistryChangeKind::Deleted;
            change.fromStage = current->stage;
            change.actor = actor;
            change.comment = reason;
            recordChange(connection, change, nowMs());
        }
        deleted = true;
    });
    return deleted;
}

std::optional<RolloutRecord> SqliteRegistryStore::rollout(std::string_view model) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) -> std::optional<RolloutRecord> {
        SqliteStatement& query = reader.statement(
            "SELECT model, candidate_version, percent, started_at_ms, started_by FROM rollouts "
            "WHERE model = ?1");
        query.bind(1, model);
        std::optional<RolloutRecord> record;
        if (query.step()) {
            record =
                RolloutRecord{query.columnText(0), static_cast<int>(query.columnInteger(1)),
                              query.columnDouble(2), query.columnInteger(3), query.columnText(4)};
        }
        query.reset();
        return record;
    });
}

bool SqliteRegistryStore::setRollout(const RolloutRecord& rollout) {
    bool set = false;
    m_committer.run([&](SqliteConnection& connection) {
        if (!findVersion(connection, rollout.model, rollout.candidateVersion)) {
            set = false;
            return;
        }
        connection
            .prepare(
                "INSERT INTO rollouts (model, candidate_version, percent, started_at_ms, "
                "started_by) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (model) DO UPDATE SET "
                "candidate_version = excluded.candidate_version, percent = excluded.percent, "
                "started_at_ms = CASE WHEN candidate_version = excluded.candidate_version "
                "THEN started_at_ms ELSE excluded.started_at_ms END, "
                "started_by = excluded.started_by")
            .bind(1, rollout.model)
            .bind(2, std::int64_t{rollout.candidateVersion})
            .bind(3, rollout.percent)
            .bind(4, rollout.startedAtMs)
            .bind(5, rollout.startedBy)
            .run();
        set = true;
    });
    return set;
}

bool SqliteRegistryStore::clearRollout(std::string_view model) {
    bool cleared = false;
    m_committer.run([&](SqliteConnection& connection) {
        auto erase = connection.prepare("DELETE FROM rollouts WHERE model = ?1");
        erase.bind(1, model).run();
        cleared = erase.changes() == 1;
    });
    return cleared;
}

}  // namespace recops::store
