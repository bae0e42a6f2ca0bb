// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_training_job_store.h"

namespace recops::store {
namespace {

constexpr std::string_view kSelectJobs =
    "SELECT id, model, status, trigger, requested_by, request, result, error, created_at_ms, "
    "started_at_ms, finished_at_ms FROM training_jobs";

TrainingJobRecord readJob(const SqliteStatement& row) {
    TrainingJobRecord record;
    record.id = row.columnText(0);
    record.model = row.columnText(1);
    record.status = row.columnText(2);
    record.trigger = row.columnText(3);
    record.requestedBy = row.columnText(4);
    record.requestJson = row.columnText(5);
    record.resultJson = row.columnText(6);
    record.error = row.columnText(7);
    record.createdAtMs = row.columnInteger(8);
    if (!row.columnIsNull(9)) {
        record.startedAtMs = row.columnInteger(9);
    }
    if (!row.columnIsNull(10)) {
        record.finishedAtMs = row.columnInteger(10);
    }
    return record;
}

void bindOptional(SqliteStatement& statement, int index, const std::optional<std::int64_t>& value) {
    if (value) {
        statement.bind(index, *value);
    } else {
        statement.bindNull(index);
    }
}

}  // namespace

SqliteTrainingJobStore::SqliteTrainingJobStore(SqliteGroupCommitter& committer,
                                               SqliteReaderPool& readers)
    : m_committer(committer), m_readers(readers) {}

void SqliteTrainingJobStore::save(const TrainingJobRecord& record) {
    m_committer.run([&](SqliteConnection& connection) {
        auto upsert = connection.prepare(
            "INSERT INTO training_jobs (id, model, status, trigger, requested_by, request, result, "
            "error, created_at_ms, started_at_ms, finished_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
            "?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO UPDATE SET status = excluded.status, "
            "result = excluded.result, error = excluded.error, "
            "started_at_ms = excluded.started_at_ms, finished_at_ms = excluded.finished_at_ms");
        upsert.bind(1, record.id)
            .bind(2, record.model)
            .bind(3, record.status)
            .bind(4, record.trigger)
            .bind(5, record.requestedBy)
            .bind(6, record.requestJson)
            .bind(7, record.resultJson)
            .bind(8, record.error)
            .bind(9, record.createdAtMs);
        bindOptional(upsert, 10, record.startedAtMs);
        bindOptional(upsert, 11, record.finishedAtMs);
        upsert.run();
    });
}

std::optional<TrainingJobRecord> SqliteTrainingJobStore::find(std::string_view id) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query = reader.statement(std::string(kSelectJobs) + " WHERE id = ?1");
        query.bind(1, id);
        std::optional<TrainingJobRecord> record;
        if (query.step()) {
            record = readJob(query);
        }
        query.reset();
        return record;
    });
}

std::vector<TrainingJobRecord> SqliteTrainingJobStore::list(std::string_view model,
                                                            std::size_t limit) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query = reader.statement(
            std::string(kSelectJobs) +
            " WHERE ?1 = '' OR model = ?1 ORDER BY created_at_ms DESC, id DESC LIMIT ?2");
        query.bind(1, model).bind(2, static_cast<std::int64_t>(limit));
        std::vector<TrainingJobRecord> records;
        while (query.step()) {
            records.push_back(readJob(query));
        }
        query.reset();
        return records;
    });
}

std::size_t SqliteTrainingJobStore::failUnfinished(std::string_view reason, std::int64_t atMs) {
    std::size_t failed = 0;
    m_committer.run([&](SqliteConnection& connection) {
        auto update = connection.prepare(
            "UPDATE training_jobs SET status = 'failed', error = ?1, finished_at_ms = ?2 "
            "WHERE status IN ('queued', 'running')");
        update.bind(1, reason).bind(2, atMs).run();
        failed = static_cast<std::size_t>(update.changes());
    });
    return failed;
}

}  // namespace recops::store
