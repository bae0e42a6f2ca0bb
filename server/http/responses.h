// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/message.h"
#include "http/problem.h"
#include "http/request_context.h"

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

// The responses handlers build. The dispatcher adds what every response carries (HTTP version,
// keep-alive, X-Request-Id, Content-Length), so these set only status, type and body.
namespace recops::http {

Response jsonResponse(Status status, const nlohmann::json& body);

Response textResponse(Status status, std::string body, std::string_view contentType);

Response noContentResponse();

/// The problem response for @p problem, carrying this request's id.
Response problemResponse(const RequestContext& context, const Problem& problem);

}  // namespace recops::http
