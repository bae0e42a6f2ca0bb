// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/problem.h"
#include "http/request_context.h"

#include <variant>

#include <nlohmann/json.hpp>

namespace recops::http {

/**
 * The request body as JSON, or the problem to answer instead: unsupported-media-type (415)
 * unless Content-Type is application/json, malformed-json (400) with the parser's message and
 * a "position" extension {line, column, byte} when the body does not parse.
 */
std::variant<nlohmann::json, Problem> parseJsonBody(const RequestContext& context);

}  // namespace recops::http
