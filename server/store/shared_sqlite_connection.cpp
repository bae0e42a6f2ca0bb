// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/shared_sqlite_connection.h"

namespace recops::store {

void configureConnection(SqliteConnection& connection, int busyTimeoutMs) {
    connection.setBusyTimeout(busyTimeoutMs);
    connection.execute("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
}

SharedSqliteConnection::SharedSqliteConnection(const std::filesystem::path& path, OpenMode mode,
                                               int busyTimeoutMs)
    : m_connection(path, mode) {
    configureConnection(m_connection, busyTimeoutMs);
}

}  // namespace recops::store
