// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * GET /api/v1/audit (admin): the audit log, newest first, filtered by actor, action and time,
 * in pages of `limit` entries joined by an opaque `cursor`.
 */
void addAuditRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
