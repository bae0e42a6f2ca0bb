// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/sqlite_group_committer.h"
#include "store/sqlite_reader_pool.h"
#include "store/training_job_store.h"

namespace recops::store {

/// Training jobs in the SQLite database's `training_jobs` table.
class SqliteTrainingJobStore final : public TrainingJobStore {
public:
    SqliteTrainingJobStore(SqliteGroupCommitter& committer, SqliteReaderPool& readers);

    void save(const TrainingJobRecord& record) override;
    std::optional<TrainingJobRecord> find(std::string_view id) override;
    std::vector<TrainingJobRecord> list(std::string_view model, std::size_t limit) override;
    std::size_t failUnfinished(std::string_view reason, std::int64_t atMs) override;

private:
    SqliteGroupCommitter& m_committer;
    SqliteReaderPool& m_readers;
};

}  // namespace recops::store
