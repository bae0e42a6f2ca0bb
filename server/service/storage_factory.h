// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/storage.h"

#include <cstddef>
#include <filesystem>
#include <memory>

namespace recops::config {
class Configuration;
}

namespace recops::service {

/**
 * The storage the configuration asks for, open and migrated: the server and the `recopsd
 * token` commands both go through here, so they always open the same database the same way.
 * @p requestThreads sizes the read pool when storage.read_connections is 0 (twice as many
 * connections as threads). Throws store::StoreError.
 */
std::unique_ptr<store::Storage> openStorage(const config::Configuration& configuration,
                                            const std::filesystem::path& dataDirectory,
                                            std::size_t requestThreads = 1);

}  // namespace recops::service
