// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * Incidents: POST /api/v1/incidents, GET /api/v1/incidents?status=&limit=,
 * GET and PATCH /api/v1/incidents/{id}, POST /api/v1/incidents/{id}/timeline. Reading needs a
 * viewer token; changes need an operator and are audited (incident.create, incident.update,
 * incident.timeline.append).
 */
void addIncidentRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
