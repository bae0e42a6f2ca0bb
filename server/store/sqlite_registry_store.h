// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/registry_store.h"
#include "store/sqlite_group_committer.h"
#include "store/sqlite_reader_pool.h"

namespace recops::store {

/**
 * Registry metadata in SQLite: `registered_models`, `model_versions` (a partial unique index
 * allows one Production row per model), `model_aliases` and `registry_changes`.
 */
class SqliteRegistryStore final : public RegistryStore {
public:
    /// @p committer and @p readers belong to the same database and outlive the store.
    SqliteRegistryStore(SqliteGroupCommitter& committer, SqliteReaderPool& readers);

    ModelVersionRecord registerVersion(
        const NewModelVersion& version,
        const std::function<std::string(int)>& placeArtifacts) override;
    std::vector<RegisteredModelRecord> models() override;
    std::vector<ModelVersionRecord> versions(std::string_view model) override;
    std::optional<ModelVersionRecord> version(std::string_view model, int version) override;
    std::optional<ModelVersionRecord> production(std::string_view model) override;
    StageChangeResult changeStage(const StageChangeRequest& request) override;
    AliasOutcome setAlias(std::string_view model, std::string_view alias, int version,
                          std::string_view actor, std::string_view comment) override;
    bool removeAlias(std::string_view model, std::string_view alias, std::string_view actor,
                     std::string_view comment) override;
    std::optional<int> resolveAlias(std::string_view model, std::string_view alias) override;
    std::vector<RegistryChange> history(std::string_view model, std::size_t limit) override;
    bool deleteVersion(std::string_view model, int version, std::string_view actor,
                       std::string_view reason) override;
    std::optional<RolloutRecord> rollout(std::string_view model) override;
    bool setRollout(const RolloutRecord& rollout) override;
    bool clearRollout(std::string_view model) override;

private:
    SqliteGroupCommitter& m_committer;
    SqliteReaderPool& m_readers;
};

}  // namespace recops::store
