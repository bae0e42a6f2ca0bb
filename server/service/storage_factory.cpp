// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/storage_factory.h"

#include "config/configuration.h"
#include "config/setting_keys.h"
#include "store/sqlite_storage.h"

#include <algorithm>

namespace recops::service {

std::unique_ptr<store::Storage> openStorage(const config::Configuration& configuration,
                                            const std::filesystem::path& dataDirectory,
                                            std::size_t requestThreads) {
    namespace keys = config::keys;
    const std::filesystem::path file(configuration.string(keys::kStorageSqliteFile));
    const auto readConnections =
        static_cast<std::size_t>(configuration.integer(keys::kStorageReadConnections));
    return std::make_unique<store::SqliteStorage>(store::SqliteOptions{
        file.is_absolute() ? file : dataDirectory / file,
        static_cast<int>(configuration.integer(keys::kStorageBusyTimeoutMs)),
        readConnections > 0 ? readConnections : 2 * std::max<std::size_t>(requestThreads, 1),
        static_cast<std::size_t>(configuration.integer(keys::kStorageHistoryCacheUsers)),
        std::chrono::seconds(configuration.integer(keys::kStorageHistoryCacheTtlSeconds)),
    });
}

}  // namespace recops::service
