// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/problem.h"

#include <chrono>
#include <optional>
#include <string_view>

namespace recops::http {

/**
 * What the dispatcher asks about each request before routing it: whether to hold it back
 * for a while (an injected latency) and whether to answer a problem instead of the route's
 * handler (an injected error). recopsd's fault injector implements it for drills; without one,
 * every request goes straight to its handler.
 *
 * Both are called on the event-loop thread for every request: they must be cheap and must not
 * block. The hold itself is an Asio timer on the connection, not a sleep.
 */
class RequestInterceptor {
public:
    virtual ~RequestInterceptor() = default;

    /// How long to hold a request for @p path before answering it; zero for not at all.
    virtual std::chrono::milliseconds holdBefore(std::string_view path) const = 0;

    /// The problem to answer a request for @p path with instead of its handler, or nothing.
    virtual std::optional<Problem> replace(std::string_view path) const = 0;
};

}  // namespace recops::http
