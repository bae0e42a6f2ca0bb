// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/message.h"
#include "http/request_context.h"

#include <functional>

namespace recops::http {

/**
 * A route's handler: a plain function from request to response. Expected failures are
 * responses too (see makeProblemResponse); anything thrown is unexpected and becomes a 500
 * in RequestDispatcher, the one place that catches.
 */
using Handler = std::function<Response(const RequestContext& context)>;

}  // namespace recops::http
