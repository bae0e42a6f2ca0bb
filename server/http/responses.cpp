// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/responses.h"

namespace recops::http {

Response jsonResponse(Status status, const nlohmann::json& body) {
    return textResponse(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                        "application/json");
}

Response textResponse(Status status, std::string body, std::string_view contentType) {
    Response response(status, 11);
    response.set(Field::content_type, contentType);
    response.body() = std::move(body);
    return response;
}

Response noContentResponse() {
    return Response(Status::no_content, 11);
}

Response problemResponse(const RequestContext& context, const Problem& problem) {
    return makeProblemResponse(problem, context.requestId);
}

}  // namespace recops::http
