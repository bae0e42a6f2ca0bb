// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/event_record.h"
#include "store/item_record.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace recops::cli {

/// The file layouts `recopsd import` reads.
enum class ImportFormat {
    /// Events: a header with user_id,item_id,value,timestamp (plus type, idempotency_key or
    /// any other column); items: item_id (plus title, categories separated by '|',
    /// created_at, available).
    Csv,
    /// MovieLens, either u.data (user, item, rating, timestamp, tab-separated) and u.item
    /// (pipe-separated, ISO-8859-1 titles, genre flags), or ratings.csv and movies.csv.
    MovieLens,
};

/// A row that cannot be imported: "FILE:LINE: reason".
class ImportError : public std::runtime_error {
public:
    explicit ImportError(const std::string& message) : std::runtime_error(message) {}
};

/// Reads events from a file, row by row, checking each as the API checks events.
class EventFileReader {
public:
    EventFileReader(const std::filesystem::path& path, ImportFormat format);
    ~EventFileReader();
    EventFileReader(const EventFileReader&) = delete;
    EventFileReader& operator=(const EventFileReader&) = delete;

    /// The next event into @p event; false at the end. Throws ImportError for a bad row.
    bool next(store::EventRecord& event);
    /// The line of the row last read (1-based, header included).
    std::uint64_t line() const;

    class Layout;

private:
    std::string m_file;
    std::unique_ptr<Layout> m_layout;
};

/// Reads catalog items from a file, row by row.
class ItemFileReader {
public:
    ItemFileReader(const std::filesystem::path& path, ImportFormat format);
    ~ItemFileReader();
    ItemFileReader(const ItemFileReader&) = delete;
    ItemFileReader& operator=(const ItemFileReader&) = delete;

    bool next(store::ItemRecord& item);
    std::uint64_t line() const;

    class Layout;

private:
    std::string m_file;
    std::unique_ptr<Layout> m_layout;
};

}  // namespace recops::cli
