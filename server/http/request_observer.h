// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

namespace recops::http {

/// Told about every answered request along with the request metrics: the server's rolling
/// windows listen here. Called on request threads: must be cheap and must not block.
class RequestObserver {
public:
    virtual ~RequestObserver() = default;

    /// @p route is the route template, or "unmatched".
    virtual void observe(std::string_view route, unsigned status, double durationSeconds) = 0;
};

}  // namespace recops::http
