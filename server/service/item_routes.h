// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * The catalog: GET /api/v1/items?cursor=&limit= and GET /api/v1/items/{id} (viewer);
 * PUT and DELETE /api/v1/items/{id} and POST /api/v1/items, a bulk upsert (operator).
 * Availability changes reach the serving model at once, without a reload.
 */
void addItemRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
