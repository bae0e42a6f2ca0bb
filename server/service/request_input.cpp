// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/request_input.h"

#include "http/json_body.h"

#include <charconv>

namespace recops::service {

std::optional<std::int64_t> parsePositiveInteger(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value <= 0) {
        return std::nullopt;
    }
    return value;
}

http::Problem invalidRequest(std::string detail) {
    return http::Problem{http::ProblemType::InvalidRequest, std::move(detail)};
}

std::variant<nlohmann::json, http::Problem> parseOptionalJsonObject(
    const http::RequestContext& context) {
    if (context.request.body().empty()) {
        return nlohmann::json::object();
    }
    auto body = http::parseJsonBody(context);
    if (const auto* json = std::get_if<nlohmann::json>(&body); json && !json->is_object()) {
        return invalidRequest("expected a JSON object (or no body at all)");
    }
    return body;
}

}  // namespace recops::service
