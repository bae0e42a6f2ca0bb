// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * Drills, for admins: GET /api/v1/admin/faults (the active faults), POST (inject one, which
 * always expires), DELETE /api/v1/admin/faults (end them all) and DELETE
 * /api/v1/admin/faults/{id} (end one).
 */
void addFaultRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
