// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "event_csv_reader.h"

#include <charconv>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace recops::bench {
namespace {

enum class Layout { RecOps, MovieLens };

std::vector<std::string_view> splitFields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const auto comma = line.find(',', start);
        fields.push_back(line.substr(start, comma - start));
        if (comma == std::string_view::npos) {
            return fields;
        }
        start = comma + 1;
    }
}

template <typename Number>
bool parseNumber(std::string_view text, Number& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size();
}

}  // namespace

std::size_t EventCsvReader::read(const std::filesystem::path& path, const Callback& callback) {
    std::ifstream stream(path);
    if (!stream) {
        throw std::runtime_error("cannot open " + path.string());
    }
    std::string line;
    if (!std::getline(stream, line)) {
        throw std::runtime_error(path.string() + " is empty");
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    Layout layout;
    if (line == "user_id,item_id,value,timestamp,type") {
        layout = Layout::RecOps;
    } else if (line == "userId,movieId,rating,timestamp") {
        layout = Layout::MovieLens;
    } else {
        throw std::runtime_error(path.string() + ": unrecognised header '" + line +
                                 "' (expected user_id,item_id,value,timestamp,type or "
                                 "userId,movieId,rating,timestamp)");
    }
    std::size_t lineNumber = 1;
    std::size_t count = 0;
    engine::InteractionEvent event;
    while (std::getline(stream, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty()) {
            continue;
        }
        const auto fields = splitFields(line);
        const std::size_t expected = layout == Layout::RecOps ? 5 : 4;
        bool valid = fields.size() == expected;
        if (valid) {
            event.userId.assign(fields[0]);
            event.itemId.assign(fields[1]);
            valid = parseNumber(fields[2], event.value) &&
                    parseNumber(fields[3], event.timestampSeconds);
            event.type.assign(layout == Layout::RecOps ? fields[4] : std::string_view("rate"));
        }
        if (!valid) {
            throw std::runtime_error(path.string() + ":" + std::to_string(lineNumber) +
                                     ": malformed line '" + line + "'");
        }
        callback(event);
        ++count;
    }
    return count;
}

}  // namespace recops::bench
