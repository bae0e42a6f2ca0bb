// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * The result cache's operations (operator): POST /api/v1/admin/cache-invalidate drops every
 * cached answer or those of the users named; POST /api/v1/admin/cache-warmup computes the
 * answers of the most active users ahead of their requests (after a restart, a model swap or an
 * invalidation, when the low-cache-hit-rate runbook asks for it).
 */
void addCacheRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
