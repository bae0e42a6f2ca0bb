// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/message.h"
#include "http/problem_type.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::http {

/**
 * An expected failure, as a value: what a handler returns when the input is wrong or the
 * resource is missing. makeProblemResponse() turns it into the RFC 9457 response, in the one
 * place that knows the format.
 */
struct Problem {
    ProblemType type = ProblemType::InternalError;
    /// What went wrong with this request, for the person reading the error.
    std::string detail;
    /// Extension members, for example {"position": {...}} for malformed JSON.
    nlohmann::json extensions = nlohmann::json::object();
    /// Headers the status calls for, for example Allow with 405.
    std::vector<std::pair<Field, std::string>> headers = {};
};

/**
 * The application/problem+json response for @p problem: type, title, status, detail,
 * request_id and any extensions. 401 responses carry `WWW-Authenticate: Bearer`.
 */
Response makeProblemResponse(const Problem& problem, std::string_view requestId);

}  // namespace recops::http
