// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/event_batch_reader.h"

#include "service/input_rules.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace recops::service {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxReportedErrors = 100;

enum class BodyFormat { JsonArray, Ndjson };

std::optional<BodyFormat> formatOf(std::string_view contentType) {
    std::string mediaType(contentType.substr(0, contentType.find(';')));
    mediaType.erase(mediaType.find_last_not_of(" \t") + 1);
    std::transform(mediaType.begin(), mediaType.end(), mediaType.begin(),
                   [](unsigned char character) { return std::tolower(character); });
    if (mediaType == "application/json") {
        return BodyFormat::JsonArray;
    }
    if (mediaType == "application/x-ndjson" || mediaType == "application/jsonl") {
        return BodyFormat::Ndjson;
    }
    return std::nullopt;
}

class ErrorList {
public:
    void add(std::size_t index, std::optional<std::size_t> line, std::string_view field,
             std::string message) {
        if (m_count == 0 || index != m_lastIndex) {
            ++m_invalidEvents;
            m_lastIndex = index;
        }
        ++m_count;
        if (m_errors.size() >= kMaxReportedErrors) {
            return;
        }
        Json error{{"index", index}, {"field", field}, {"message", std::move(message)}};
        if (line) {
            error["line"] = *line;
        }
        m_errors.push_back(std::move(error));
    }
    bool empty() const { return m_count == 0; }

    http::Problem problem(std::size_t events) const {
        const Json& first = m_errors.front();
        std::string detail = std::to_string(m_invalidEvents) + " of " + std::to_string(events) +
                             " events are invalid, so none was stored; first: event " +
                             first["index"].dump() + ", " + first["field"].get<std::string>() +
                             ": " + first["message"].get<std::string>();
        http::Problem result{http::ProblemType::InvalidRequest, std::move(detail)};
        result.extensions["errors"] = m_errors;
        result.extensions["invalid_events"] = m_invalidEvents;
        return result;
    }

private:
    Json m_errors = Json::array();
    std::size_t m_count = 0;
    std::size_t m_invalidEvents = 0;
    std::size_t m_lastIndex = 0;
};

class EventParser {
public:
    EventParser(const EventBatchLimits& limits, std::int64_t nowMs, ErrorList& errors)
        : m_limits(limits), m_nowMs(nowMs), m_errors(errors) {}

    void parse(const Json& object, std::size_t index, std::optional<std::size_t> line,
               std::vector<store::EventRecord>& events) {
        m_index = index;
        m_line = line;
        if (!object.is_object()) {
            fail("",
                 "must be a JSON object such as {\"user_id\": \"u1\", \"item_id\": \"i9\", "
                 "\"type\": \"click\"}");
            return;
        }
        store::EventRecord event;
        bool valid = true;
        for (const auto& [member, value] : object.items()) {
            if (member != "user_id" && member != "item_id" && member != "type" &&
                member != "value" && member != "timestamp" && member != "idempotency_key") {
                valid = fail(member,
                             "is not an event field (known: user_id, item_id, type, "
                             "value, timestamp, idempotency_key)");
            }
        }
        valid &= readId(object, "user_id", event.userId, true);
        valid &= readId(object, "item_id", event.itemId, true);
        valid &= readId(object, "idempotency_key", event.idempotencyKey, false);
        valid &= readType(object, event.type);
        valid &= readValue(object, event.value);
        valid &= readTimestamp(object, event.occurredAtMs);
        if (valid) {
            events.push_back(std::move(event));
        }
    }

private:
    bool fail(std::string_view field, std::string message) {
        m_errors.add(m_index, m_line, field, std::move(message));
        return false;
    }

    bool readId(const Json& object, const char* field, std::string& out, bool required) {
        const auto found = object.find(field);
        if (found == object.end()) {
            return !required || fail(field, "is required");
        }
        if (!found->is_string()) {
            return fail(field, "must be a string");
        }
        const auto& text = found->get_ref<const std::string&>();
        if (const auto problem = identifierProblem(text)) {
            return fail(field, *problem);
        }
        out = text;
        return true;
    }

    bool readType(const Json& object, std::string& out) {
        const auto found = object.find("type");
        if (found == object.end()) {
            return fail("type", "is required (view, click, complete, rate, ...)");
        }
        if (!found->is_string()) {
            return fail("type", "must be a string");
        }
        if (const auto problem = eventTypeProblem(found->get_ref<const std::string&>())) {
            return fail("type", *problem);
        }
        out = found->get<std::string>();
        return true;
    }

    bool readValue(const Json& object, double& out) {
        const auto found = object.find("value");
        if (found == object.end() || found->is_null()) {
            out = 1.0;
            return true;
        }
        if (!found->is_number() || !std::isfinite(found->get<double>())) {
            return fail("value", "must be a finite number");
        }
        out = found->get<double>();
        return true;
    }

    bool readTimestamp(const Json& object, std::int64_t& out) {
        const auto found = object.find("timestamp");
        if (found == object.end() || found->is_null()) {
            out = m_nowMs;
            return true;
        }
        const auto parsed = timestampFromJson(*found);
        if (const auto* problem = std::get_if<std::string>(&parsed)) {
            return fail("timestamp", *problem);
        }
        out = std::get<std::int64_t>(parsed);
        if (out > m_nowMs + m_limits.maxFutureSkewMs) {
            return fail("timestamp", "lies more than " +
                                         std::to_string(m_limits.maxFutureSkewMs / 1000) +
                                         " s in the future");
        }
        return true;
    }

    const EventBatchLimits& m_limits;
    std::int64_t m_nowMs;
    ErrorList& m_errors;
    std::size_t m_index = 0;
    std::optional<std::size_t> m_line;
};

http::Problem tooMany(std::size_t maximum) {
    return http::Problem{http::ProblemType::PayloadTooLarge,
                         "a batch may hold at most " + std::to_string(maximum) +
                             " events (ingest.max_batch_events); send several batches"};
}

http::Problem malformed(std::string detail) {
    return http::Problem{http::ProblemType::MalformedJson, std::move(detail)};
}

}  // namespace

std::variant<std::vector<store::EventRecord>, http::Problem> EventBatchReader::read(
    std::string_view contentType, std::string_view body, std::int64_t nowMs) const {
    const auto format = formatOf(contentType);
    if (!format) {
        return http::Problem{
            http::ProblemType::UnsupportedMediaType,
            "expected application/json (an array of events) or application/x-ndjson (one event "
            "per line), got " +
                (contentType.empty() ? std::string("no Content-Type") : std::string(contentType))};
    }
    std::vector<store::EventRecord> events;
    ErrorList errors;
    EventParser parser(m_limits, nowMs, errors);
    std::size_t count = 0;
    if (*format == BodyFormat::JsonArray) {
        Json document;
        try {
            document = Json::parse(body);
        } catch (const Json::parse_error& error) {
            return malformed(std::string("malformed JSON: ") + error.what());
        }
        if (document.is_object()) {
            document = Json::array({std::move(document)});  // a single event is a batch of one
        }
        if (!document.is_array()) {
            return http::Problem{http::ProblemType::InvalidRequest,
                                 "expected a JSON array of events (or one event object)"};
        }
        if (document.size() > m_limits.maxEvents) {
            return tooMany(m_limits.maxEvents);
        }
        events.reserve(document.size());
        for (const Json& object : document) {
            parser.parse(object, count++, std::nullopt, events);
        }
    } else {
        std::size_t line = 0;
        while (!body.empty()) {
            const auto newline = body.find('\n');
            std::string_view text = body.substr(0, newline);
            body =
                newline == std::string_view::npos ? std::string_view() : body.substr(newline + 1);
            ++line;
            if (!text.empty() && text.back() == '\r') {
                text.remove_suffix(1);
            }
            if (text.find_first_not_of(" \t") == std::string_view::npos) {
                continue;  // blank lines, including a trailing one
            }
            if (count == m_limits.maxEvents) {
                return tooMany(m_limits.maxEvents);
            }
            try {
                parser.parse(Json::parse(text), count++, line, events);
            } catch (const Json::parse_error& error) {
                return malformed("malformed JSON on line " + std::to_string(line) + ": " +
                                 error.what());
            }
        }
    }
    if (count == 0) {
        return http::Problem{http::ProblemType::InvalidRequest, "the batch holds no events"};
    }
    if (!errors.empty()) {
        return errors.problem(count);
    }
    return events;
}

}  // namespace recops::service
