// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/shared_sqlite_connection.h"

namespace recops::store {

SharedSqliteConnection::SharedSqliteConnection(const std::filesystem::path& path, OpenMode mode,
                                               int busyTimeoutMs)
    : m_connection(path, mode) {
    m_connection.setBusyTimeout(busyTimeoutMs);
    m_connection.execute("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
}

}  // namespace recops::store
