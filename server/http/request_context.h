// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/message.h"
#include "http/path_parameters.h"

#include <string_view>

namespace recops::http {

/// Everything a handler gets about the request it answers.
struct RequestContext {
    const Request& request;
    /// The target's path, without the query string.
    std::string_view path;
    /// The query string, without the '?'; empty when there is none.
    std::string_view query;
    const PathParameters& parameters;
    std::string_view requestId;
    /// The client's address and port, "127.0.0.1:51234".
    std::string_view remote;

    /// The value a {name} segment of the route captured.
    std::string_view parameter(std::string_view name) const { return parameters.get(name); }

    /// A request header's value, empty when absent.
    std::string_view header(Field field) const {
        const auto found = request.find(field);
        return found == request.end() ? std::string_view() : std::string_view(found->value());
    }
};

}  // namespace recops::http
