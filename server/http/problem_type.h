// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/message.h"

#include <string_view>

namespace recops::http {

/// Every kind of error recopsd answers with. docs/openapi.yaml lists the same types.
enum class ProblemType {
    MalformedJson,
    InvalidRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    HeadersTooLarge,
    InternalError,
    NotReady,
    StoreUnavailable,
    TransitionRefused,
    /// 503 from a drill's injected fault, so that clients can tell it from a real outage.
    InjectedFault,
};

/// The fixed facts of a problem type: its URI, HTTP status and title.
struct ProblemTypeInfo {
    ProblemType type;
    std::string_view uri;
    Status status;
    std::string_view title;
};

const ProblemTypeInfo& problemTypeInfo(ProblemType type);

}  // namespace recops::http
