// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * GET /healthz (liveness and a description of the server), GET /readyz (200 only when the
 * store answers and a model is loaded, 503 problem otherwise) and GET /metrics (Prometheus).
 * Each is open, or needs a viewer token, as auth.open_endpoints says.
 */
void addProbeRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
