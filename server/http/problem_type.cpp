// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/problem_type.h"

#include <array>

namespace recops::http {
namespace {

// URNs rather than URLs: they name the type without promising a page at an address. Clients
// switch on them; the titles are for people.
constexpr std::array kProblemTypes{
    ProblemTypeInfo{ProblemType::MalformedJson, "urn:recops:problem:malformed-json",
                    Status::bad_request, "Malformed JSON"},
    ProblemTypeInfo{ProblemType::InvalidRequest, "urn:recops:problem:invalid-request",
                    Status::bad_request, "Invalid request"},
    ProblemTypeInfo{ProblemType::Unauthorized, "urn:recops:problem:unauthorized",
                    Status::unauthorized, "Unauthorized"},
    ProblemTypeInfo{ProblemType::Forbidden, "urn:recops:problem:forbidden", Status::forbidden,
                    "Forbidden"},
    ProblemTypeInfo{ProblemType::NotFound, "urn:recops:problem:not-found", Status::not_found,
                    "Not found"},
    ProblemTypeInfo{ProblemType::Conflict, "urn:recops:problem:conflict", Status::conflict,
                    "Conflict"},
    ProblemTypeInfo{ProblemType::MethodNotAllowed, "urn:recops:problem:method-not-allowed",
                    Status::method_not_allowed, "Method not allowed"},
    ProblemTypeInfo{ProblemType::PayloadTooLarge, "urn:recops:problem:payload-too-large",
                    Status::payload_too_large, "Payload too large"},
    ProblemTypeInfo{ProblemType::UnsupportedMediaType, "urn:recops:problem:unsupported-media-type",
                    Status::unsupported_media_type, "Unsupported media type"},
    ProblemTypeInfo{ProblemType::HeadersTooLarge, "urn:recops:problem:headers-too-large",
                    Status::request_header_fields_too_large, "Request header fields too large"},
    ProblemTypeInfo{ProblemType::InternalError, "urn:recops:problem:internal-error",
                    Status::internal_server_error, "Internal server error"},
    ProblemTypeInfo{ProblemType::NotReady, "urn:recops:problem:not-ready",
                    Status::service_unavailable, "Not ready"},
    ProblemTypeInfo{ProblemType::StoreUnavailable, "urn:recops:problem:store-unavailable",
                    Status::service_unavailable, "Store unavailable"},
    ProblemTypeInfo{ProblemType::TransitionRefused, "urn:recops:problem:transition-refused",
                    Status::unprocessable_entity, "Transition refused"},
    ProblemTypeInfo{ProblemType::InjectedFault, "urn:recops:problem:injected-fault",
                    Status::service_unavailable, "Injected fault"},
};

}  // namespace

const ProblemTypeInfo& problemTypeInfo(ProblemType type) {
    for (const ProblemTypeInfo& info : kProblemTypes) {
        if (info.type == type) {
            return info;
        }
    }
    return kProblemTypes[static_cast<std::size_t>(ProblemType::InternalError)];
}

}  // namespace recops::http
