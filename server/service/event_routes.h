// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * POST /api/v1/events (client): a batch of events as a JSON array or NDJSON, answered
 * 202 {"accepted", "duplicates"} once the batch is durable; all or nothing.
 * Users' data: GET /api/v1/users/{id}/export and DELETE /api/v1/users/{id} (admin).
 */
void addEventRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
