// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/storage_factory.h"

#include "config/configuration.h"
#include "config/setting_keys.h"
#include "store/sqlite_storage.h"

namespace recops::service {

std::unique_ptr<store::Storage> openStorage(const config::Configuration& configuration,
                                            const std::filesystem::path& dataDirectory) {
    namespace keys = config::keys;
    const std::filesystem::path file(configuration.string(keys::kStorageSqliteFile));
    return std::make_unique<store::SqliteStorage>(store::SqliteOptions{
        file.is_absolute() ? file : dataDirectory / file,
        static_cast<int>(configuration.integer(keys::kStorageBusyTimeoutMs)),
    });
}

}  // namespace recops::service
