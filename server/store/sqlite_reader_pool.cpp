// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_reader_pool.h"

#include "store/shared_sqlite_connection.h"

#include <functional>
#include <stdexcept>
#include <thread>

namespace recops::store {

SqliteReaderPool::Reader::Reader(const std::filesystem::path& path, int busyTimeoutMs)
    : m_connection(path, OpenMode::ReadWrite) {
    configureConnection(m_connection, busyTimeoutMs);
    // A reader must never write, whatever a future caller passes it.
    m_connection.execute("PRAGMA query_only=ON");
}

SqliteStatement& SqliteReaderPool::Reader::statement(std::string_view sql) {
    for (auto& [text, statement] : m_statements) {
        if (text == sql) {
            statement->reset();
            return *statement;
        }
    }
    m_statements.emplace_back(std::string(sql), m_connection.prepareOwned(sql));
    return *m_statements.back().second;
}

SqliteReaderPool::SqliteReaderPool(const std::filesystem::path& path, std::size_t connectionCount,
                                   int busyTimeoutMs) {
    if (connectionCount == 0) {
        throw std::invalid_argument("a reader pool needs at least one connection");
    }
    m_slots.reserve(connectionCount);
    for (std::size_t index = 0; index < connectionCount; ++index) {
        m_slots.push_back(std::make_unique<Slot>(path, busyTimeoutMs));
    }
}

SqliteReaderPool::Slot& SqliteReaderPool::acquire() {
    const std::size_t home =
        std::hash<std::thread::id>{}(std::this_thread::get_id()) % m_slots.size();
    for (std::size_t offset = 0; offset < m_slots.size(); ++offset) {
        Slot& slot = *m_slots[(home + offset) % m_slots.size()];
        if (slot.mutex.try_lock()) {
            return slot;
        }
    }
    Slot& slot = *m_slots[home];
    slot.mutex.lock();
    return slot;
}

}  // namespace recops::store
