// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The file layouts of `recopsd import`. CSV goes through fast-cpp-csv-parser (quoting, header
// by column name); MovieLens' tab- and pipe-separated files have no quoting and are split
// here. Every field is checked with the rules the HTTP API uses, and the first bad row stops
// the import with the file, the line and the reason.
#include "cli/import_files.h"

#include "common/timestamp.h"
#include "service/input_rules.h"

#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <libfccp/csv.h>
#include <optional>
#include <string_view>
#include <vector>

namespace recops::cli {
namespace {

using CsvReader4 = io::CSVReader<4, io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>>;
using CsvReader5 = io::CSVReader<5, io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>>;
using CsvReader3 = io::CSVReader<3, io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>>;
using CsvReader6 = io::CSVReader<6, io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>>;

std::optional<double> parseNumber(std::string_view text) {
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

/// Unix seconds (with or without a fraction) or RFC 3339.
std::optional<std::int64_t> parseTime(std::string_view text) {
    if (const auto seconds = parseNumber(text)) {
        if (std::abs(*seconds) > 9.0e12) {
            return std::nullopt;
        }
        return static_cast<std::int64_t>(std::llround(*seconds * 1000.0));
    }
    return common::parseTimestampMilliseconds(text);
}

/// Splits a line without quoting on @p separator.
void split(std::string_view line, char separator, std::vector<std::string_view>& fields) {
    fields.clear();
    std::size_t start = 0;
    while (true) {
        const auto position = line.find(separator, start);
        fields.push_back(line.substr(start, position - start));
        if (position == std::string_view::npos) {
            return;
        }
        start = position + 1;
    }
}

/// MovieLens 100K titles are ISO-8859-1: each byte is one code point.
std::string latin1ToUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char character : text) {
        const auto byte = static_cast<unsigned char>(character);
        if (byte < 0x80) {
            out.push_back(character);
        } else {
            out.push_back(static_cast<char>(0xC0 | (byte >> 6)));
            out.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
        }
    }
    return out;
}

/// "01-Jan-1995" (u.item's release date) as Unix milliseconds.
std::optional<std::int64_t> parseReleaseDate(std::string_view text) {
    static constexpr std::array<std::string_view, 12> kMonths{
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (text.size() != 11 || text[2] != '-' || text[6] != '-') {
        return std::nullopt;
    }
    int day = 0;
    int year = 0;
    std::from_chars(text.data(), text.data() + 2, day);
    std::from_chars(text.data() + 7, text.data() + 11, year);
    for (std::size_t month = 0; month < kMonths.size(); ++month) {
        if (text.substr(3, 3) == kMonths[month]) {
            const std::chrono::year_month_day date{
                std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month + 1)),
                std::chrono::day(static_cast<unsigned>(day))};
            if (!date.ok()) {
                return std::nullopt;
            }
            return std::chrono::sys_days(date).time_since_epoch().count() * 86'400'000LL;
        }
    }
    return std::nullopt;
}

/// The year in a MovieLens title, "Toy Story (1995)", as January 1st of it.
std::int64_t yearOfTitle(std::string_view title) {
    const auto open = title.rfind('(');
    if (open == std::string_view::npos || open + 6 > title.size() || title[open + 5] != ')') {
        return 0;
    }
    int year = 0;
    const auto [end, error] =
        std::from_chars(title.data() + open + 1, title.data() + open + 5, year);
    if (error != std::errc{} || end != title.data() + open + 5 || year < 1800) {
        return 0;
    }
    return std::chrono::sys_days(std::chrono::year(year) / 1 / 1).time_since_epoch().count() *
           86'400'000LL;
}

std::string where(const std::string& file, std::uint64_t line) {
    return file + ":" + std::to_string(line) + ": ";
}

/// The CSV parser's own errors (a row of the wrong width, an unclosed quote, a header without
/// a needed column) in the FILE:LINE: reason form of every other bad row.
ImportError importErrorOf(const io::error::base& error, const std::string& file) {
    namespace csv = io::error;
    const auto* column = dynamic_cast<const csv::with_column_name*>(&error);
    if (dynamic_cast<const csv::missing_column_in_header*>(&error) != nullptr) {
        return ImportError(where(file, 1) + "the header lacks the column \"" + column->column_name +
                           "\"");
    }
    if (dynamic_cast<const csv::duplicated_column_in_header*>(&error) != nullptr) {
        return ImportError(where(file, 1) + "the header names \"" + column->column_name +
                           "\" twice");
    }
    if (dynamic_cast<const csv::header_missing*>(&error) != nullptr) {
        return ImportError(where(file, 1) + "the file is empty: it needs a header line");
    }
    const auto* line = dynamic_cast<const csv::with_file_line*>(&error);
    if (line == nullptr || line->file_line < 0) {
        return ImportError(error.what());  // cannot open the file: the message names it
    }
    const auto lineNumber = static_cast<std::uint64_t>(line->file_line);
    if (dynamic_cast<const csv::too_few_columns*>(&error) != nullptr) {
        return ImportError(where(file, lineNumber) + "fewer columns than the header names");
    }
    if (dynamic_cast<const csv::too_many_columns*>(&error) != nullptr) {
        return ImportError(where(file, lineNumber) + "more columns than the header names");
    }
    if (dynamic_cast<const csv::escaped_string_not_closed*>(&error) != nullptr) {
        return ImportError(where(file, lineNumber) + "a quoted field is not closed");
    }
    return ImportError(where(file, lineNumber) + error.what());
}

}  // namespace

/// One layout of events; the reader chooses it from the format and the file's first line.
class EventFileReader::Layout {
public:
    virtual ~Layout() = default;
    virtual bool next(store::EventRecord& event) = 0;
    virtual std::uint64_t line() const = 0;

protected:
    void check(const std::string& file, std::uint64_t line, const store::EventRecord& event) const {
        if (const auto problem = service::identifierProblem(event.userId)) {
            throw ImportError(where(file, line) + "user id " + *problem);
        }
        if (const auto problem = service::identifierProblem(event.itemId)) {
            throw ImportError(where(file, line) + "item id " + *problem);
        }
        if (const auto problem = service::eventTypeProblem(event.type)) {
            throw ImportError(where(file, line) + "type \"" + event.type + "\" " + *problem);
        }
    }
};

namespace {

/// user_id,item_id,value,timestamp[,type][,idempotency_key], any further columns ignored.
class CsvEvents final : public EventFileReader::Layout {
public:
    explicit CsvEvents(const std::filesystem::path& path)
        : m_file(path.string()), m_reader(m_file) {
        m_reader.read_header(io::ignore_extra_column | io::ignore_missing_column, "user_id",
                             "item_id", "value", "timestamp", "type", "idempotency_key");
        for (const char* required : {"user_id", "item_id", "value", "timestamp"}) {
            if (!m_reader.has_column(required)) {
                throw ImportError(m_file +
                                  ":1: the header must name user_id, item_id, value and "
                                  "timestamp (type and idempotency_key are optional); \"" +
                                  required + "\" is missing");
            }
        }
        m_hasType = m_reader.has_column("type");
    }

    bool next(store::EventRecord& event) override {
        char* user = nullptr;
        char* item = nullptr;
        char* value = nullptr;
        char* timestamp = nullptr;
        char* type = nullptr;
        char* key = nullptr;
        if (!m_reader.read_row(user, item, value, timestamp, type, key)) {
            return false;
        }
        const std::uint64_t line = m_reader.get_file_line();
        event.userId = user != nullptr ? user : "";
        event.itemId = item != nullptr ? item : "";
        // A file without a type column holds ratings, as MovieLens-like exports do.
        event.type = m_hasType && type != nullptr ? type : "rate";
        event.idempotencyKey = key != nullptr ? key : "";
        const auto number = parseNumber(value != nullptr ? value : "");
        if (!number) {
            throw ImportError(where(m_file, line) + "value \"" + (value ? value : "") +
                              "\" is not a number");
        }
        event.value = *number;
        const auto time = parseTime(timestamp != nullptr ? timestamp : "");
        if (!time) {
            throw ImportError(where(m_file, line) + "timestamp \"" + (timestamp ? timestamp : "") +
                              "\" is neither Unix seconds nor RFC 3339");
        }
        event.occurredAtMs = *time;
        check(m_file, line, event);
        return true;
    }

    std::uint64_t line() const override { return m_reader.get_file_line(); }

private:
    std::string m_file;
    CsvReader6 m_reader;
    bool m_hasType = false;
};

/// MovieLens ratings.csv: userId,movieId,rating,timestamp.
class MovieLensCsvEvents final : public EventFileReader::Layout {
public:
    explicit MovieLensCsvEvents(const std::filesystem::path& path)
        : m_file(path.string()), m_reader(m_file) {
        m_reader.read_header(io::ignore_extra_column, "userId", "movieId", "rating", "timestamp");
    }

    bool next(store::EventRecord& event) override {
        char* user = nullptr;
        char* movie = nullptr;
        char* rating = nullptr;
        char* timestamp = nullptr;
        if (!m_reader.read_row(user, movie, rating, timestamp)) {
            return false;
        }
        fill(event, user, movie, rating, timestamp, m_file, m_reader.get_file_line());
        return true;
    }

    std::uint64_t line() const override { return m_reader.get_file_line(); }

    static void fill(store::EventRecord& event, std::string_view user, std::string_view movie,
                     std::string_view rating, std::string_view timestamp, const std::string& file,
                     std::uint64_t line) {
        event.userId = user;
        event.itemId = movie;
        event.type = "rate";
        event.idempotencyKey.clear();
        const auto value = parseNumber(rating);
        if (!value) {
            throw ImportError(where(file, line) + "rating \"" + std::string(rating) +
                              "\" is not a number");
        }
        event.value = *value;
        const auto time = parseNumber(timestamp);
        if (!time) {
            throw ImportError(where(file, line) + "timestamp \"" + std::string(timestamp) +
                              "\" is not Unix seconds");
        }
        event.occurredAtMs = static_cast<std::int64_t>(*time) * 1000;
        if (const auto problem = service::identifierProblem(event.userId)) {
            throw ImportError(where(file, line) + "user id " + *problem);
        }
        if (const auto problem = service::identifierProblem(event.itemId)) {
            throw ImportError(where(file, line) + "movie id " + *problem);
        }
    }

private:
    std::string m_file;
    CsvReader4 m_reader;
};

/// MovieLens 100K u.data: user, item, rating, timestamp, separated by tabs, no header.
class MovieLensTabEvents final : public EventFileReader::Layout {
public:
    explicit MovieLensTabEvents(const std::filesystem::path& path)
        : m_file(path.string()), m_reader(m_file) {}

    bool next(store::EventRecord& event) override {
        char* text = nullptr;
        do {
            text = m_reader.next_line();
            if (text == nullptr) {
                return false;
            }
        } while (*text == '\0');
        split(text, '\t', m_fields);
        if (m_fields.size() != 4) {
            throw ImportError(where(m_file, line()) +
                              "expected 4 tab-separated fields (user, "
                              "item, rating, timestamp), found " +
                              std::to_string(m_fields.size()));
        }
        MovieLensCsvEvents::fill(event, m_fields[0], m_fields[1], m_fields[2], m_fields[3], m_file,
                                 line());
        return true;
    }

    std::uint64_t line() const override { return m_reader.get_file_line(); }

private:
    std::string m_file;
    io::LineReader m_reader;
    std::vector<std::string_view> m_fields;
};

std::string firstLine(const std::filesystem::path& path) {
    io::LineReader reader(path.string());
    const char* line = reader.next_line();
    return line != nullptr ? line : "";
}

}  // namespace

EventFileReader::EventFileReader(const std::filesystem::path& path, ImportFormat format)
    : m_file(path.string()) {
    try {
        if (format == ImportFormat::Csv) {
            m_layout = std::make_unique<CsvEvents>(path);
        } else if (firstLine(path).starts_with("userId")) {
            m_layout = std::make_unique<MovieLensCsvEvents>(path);
        } else {
            m_layout = std::make_unique<MovieLensTabEvents>(path);
        }
    } catch (const io::error::base& error) {
        throw importErrorOf(error, m_file);
    }
}

EventFileReader::~EventFileReader() = default;

bool EventFileReader::next(store::EventRecord& event) {
    try {
        return m_layout->next(event);
    } catch (const io::error::base& error) {
        throw importErrorOf(error, m_file);
    }
}

std::uint64_t EventFileReader::line() const {
    return m_layout->line();
}

/// One layout of catalog items.
class ItemFileReader::Layout {
public:
    virtual ~Layout() = default;
    virtual bool next(store::ItemRecord& item) = 0;
    virtual std::uint64_t line() const = 0;
};

namespace {

void checkItem(const std::string& file, std::uint64_t line, const store::ItemRecord& item) {
    if (const auto problem = service::identifierProblem(item.id)) {
        throw ImportError(where(file, line) + "item id " + *problem);
    }
}

void splitCategories(std::string_view text, std::vector<std::string>& categories) {
    categories.clear();
    std::vector<std::string_view> parts;
    split(text, '|', parts);
    for (const std::string_view part : parts) {
        if (!part.empty() && part != "(no genres listed)") {
            categories.emplace_back(part);
        }
    }
}

/// item_id[,title][,categories][,created_at][,available]; categories separated by '|'.
class CsvItems final : public ItemFileReader::Layout {
public:
    explicit CsvItems(const std::filesystem::path& path) : m_file(path.string()), m_reader(m_file) {
        m_reader.read_header(io::ignore_extra_column | io::ignore_missing_column, "item_id",
                             "title", "categories", "created_at", "available");
        if (!m_reader.has_column("item_id")) {
            throw ImportError(m_file +
                              ":1: the header must name item_id (title, categories, "
                              "created_at and available are optional)");
        }
    }

    bool next(store::ItemRecord& item) override {
        char* id = nullptr;
        char* title = nullptr;
        char* categories = nullptr;
        char* created = nullptr;
        char* available = nullptr;
        if (!m_reader.read_row(id, title, categories, created, available)) {
            return false;
        }
        const std::uint64_t line = m_reader.get_file_line();
        item.id = id != nullptr ? id : "";
        item.title = title != nullptr ? title : "";
        splitCategories(categories != nullptr ? categories : "", item.categories);
        item.createdAtMs = 0;
        if (created != nullptr && *created != '\0') {
            const auto time = parseTime(created);
            if (!time) {
                throw ImportError(where(m_file, line) + "created_at \"" + created +
                                  "\" is neither Unix seconds nor RFC 3339");
            }
            item.createdAtMs = *time;
        }
        const std::string_view flag = available != nullptr ? available : "true";
        if (flag == "true" || flag == "1" || flag.empty()) {
            item.available = true;
        } else if (flag == "false" || flag == "0") {
            item.available = false;
        } else {
            throw ImportError(where(m_file, line) + "available \"" + std::string(flag) +
                              "\" is not true, false, 1 or 0");
        }
        checkItem(m_file, line, item);
        return true;
    }

    std::uint64_t line() const override { return m_reader.get_file_line(); }

private:
    std::string m_file;
    CsvReader5 m_reader;
};

/// MovieLens movies.csv: movieId,title,genres.
class MovieLensCsvItems final : public ItemFileReader::Layout {
public:
    explicit MovieLensCsvItems(const std::filesystem::path& path)
        : m_file(path.string()), m_reader(m_file) {
        m_reader.read_header(io::ignore_extra_column, "movieId", "title", "genres");
    }

    bool next(store::ItemRecord& item) override {
        char* id = nullptr;
        char* title = nullptr;
        char* genres = nullptr;
        if (!m_reader.read_row(id, title, genres)) {
            return false;
        }
        item.id = id;
        item.title = title;
        splitCategories(genres, item.categories);
        item.createdAtMs = yearOfTitle(item.title);
        item.available = true;
        checkItem(m_file, m_reader.get_file_line(), item);
        return true;
    }

    std::uint64_t line() const override { return m_reader.get_file_line(); }

private:
    std::string m_file;
    CsvReader3 m_reader;
};

/// MovieLens 100K u.item: id|title|release date|video release date|IMDb URL|19 genre flags.
class MovieLensPipeItems final : public ItemFileReader::Layout {
public:
    explicit MovieLensPipeItems(const std::filesystem::path& path)
        : m_file(path.string()), m_reader(m_file) {}

    bool next(store::ItemRecord& item) override {
        static constexpr std::array<std::string_view, 19> kGenres{
            "unknown",     "Action", "Adventure", "Animation", "Children's", "Comedy",  "Crime",
            "Documentary", "Drama",  "Fantasy",   "Film-Noir", "Horror",     "Musical", "Mystery",
            "Romance",     "Sci-Fi", "Thriller",  "War",       "Western"};
        char* text = nullptr;
        do {
            text = m_reader.next_line();
            if (text == nullptr) {
                return false;
            }
        } while (*text == '\0');
        split(text, '|', m_fields);
        if (m_fields.size() != 5 + kGenres.size()) {
            throw ImportError(where(m_file, line()) + "expected 24 '|'-separated fields, found " +
                              std::to_string(m_fields.size()));
        }
        item.id = m_fields[0];
        item.title = latin1ToUtf8(m_fields[1]);
        item.createdAtMs = parseReleaseDate(m_fields[2]).value_or(0);
        item.available = true;
        item.categories.clear();
        for (std::size_t genre = 0; genre < kGenres.size(); ++genre) {
            if (m_fields[5 + genre] == "1") {
                item.categories.emplace_back(kGenres[genre]);
            }
        }
        checkItem(m_file, line(), item);
        return true;
    }

    std::uint64_t line() const override { return m_reader.get_file_line(); }

private:
    std::string m_file;
    io::LineReader m_reader;
    std::vector<std::string_view> m_fields;
};

}  // namespace

ItemFileReader::ItemFileReader(const std::filesystem::path& path, ImportFormat format)
    : m_file(path.string()) {
    try {
        if (format == ImportFormat::Csv) {
            m_layout = std::make_unique<CsvItems>(path);
        } else if (firstLine(path).starts_with("movieId")) {
            m_layout = std::make_unique<MovieLensCsvItems>(path);
        } else {
            m_layout = std::make_unique<MovieLensPipeItems>(path);
        }
    } catch (const io::error::base& error) {
        throw importErrorOf(error, m_file);
    }
}

ItemFileReader::~ItemFileReader() = default;

bool ItemFileReader::next(store::ItemRecord& item) {
    try {
        return m_layout->next(item);
    } catch (const io::error::base& error) {
        throw importErrorOf(error, m_file);
    }
}

std::uint64_t ItemFileReader::line() const {
    return m_layout->line();
}

}  // namespace recops::cli
