// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/json_body.h"

#include <algorithm>
#include <cctype>

namespace recops::http {
namespace {

bool isJsonMediaType(std::string_view contentType) {
    const std::string_view mediaType = contentType.substr(0, contentType.find(';'));
    const auto last = mediaType.find_last_not_of(" \t");
    const std::string_view trimmed =
        mediaType.substr(0, last == std::string_view::npos ? 0 : last + 1);
    return std::equal(trimmed.begin(), trimmed.end(), std::string_view("application/json").begin(),
                      std::string_view("application/json").end(), [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) == b;
                      });
}

Problem malformed(const std::string& body, const nlohmann::json::parse_error& error) {
    // nlohmann counts the byte it stopped at from 1; line and column are derived from it.
    const std::size_t byte = std::min(error.byte, body.size() + 1);
    const std::size_t consumed = byte > 0 ? byte - 1 : 0;
    const auto line =
        1 + std::count(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(consumed), '\n');
    const auto lineStart = body.rfind('\n', consumed == 0 ? std::string::npos : consumed - 1);
    const std::size_t column =
        lineStart == std::string::npos || consumed == 0 ? byte : consumed - lineStart;

    // what() reads "[json.exception.parse_error.101] parse error at line 1, column 2: <reason>".
    const std::string_view message = error.what();
    const auto separator = message.find(": ");
    const std::string_view reason =
        separator == std::string_view::npos ? message : message.substr(separator + 2);

    Problem problem{ProblemType::MalformedJson, "malformed JSON at line " + std::to_string(line) +
                                                    ", column " + std::to_string(column) + ": " +
                                                    std::string(reason)};
    problem.extensions["position"] = {{"line", line}, {"column", column}, {"byte", byte}};
    return problem;
}

}  // namespace

std::variant<nlohmann::json, Problem> parseJsonBody(const RequestContext& context) {
    const std::string_view contentType = context.header(Field::content_type);
    if (!isJsonMediaType(contentType)) {
        return Problem{
            ProblemType::UnsupportedMediaType,
            "expected a body of type application/json, got " +
                (contentType.empty() ? std::string("no Content-Type") : std::string(contentType))};
    }
    const std::string& body = context.request.body();
    try {
        return nlohmann::json::parse(body);
    } catch (const nlohmann::json::parse_error& error) {
        // Bad input is expected: turned into a value here, not left to the per-request catch.
        return malformed(body, error);
    }
}

}  // namespace recops::http
