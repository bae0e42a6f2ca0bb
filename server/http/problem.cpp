// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/problem.h"

namespace recops::http {

Response makeProblemResponse(const Problem& problem, std::string_view requestId) {
    const ProblemTypeInfo& info = problemTypeInfo(problem.type);
    nlohmann::json body =
        problem.extensions.is_object() ? problem.extensions : nlohmann::json::object();
    body["type"] = info.uri;
    body["title"] = info.title;
    body["status"] = static_cast<unsigned>(info.status);
    body["detail"] = problem.detail;
    body["request_id"] = requestId;

    Response response(info.status, 11);
    response.set(Field::content_type, "application/problem+json");
    if (problem.type == ProblemType::Unauthorized) {
        response.set(Field::www_authenticate, "Bearer realm=\"recopsd\"");
    }
    for (const auto& [field, value] : problem.headers) {
        response.set(field, value);
    }
    // Replacing invalid UTF-8 (a detail may quote a client's bytes) keeps dump() from throwing.
    response.body() = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return response;
}

}  // namespace recops::http
