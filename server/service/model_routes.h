// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * The model registry: GET /api/v1/models, /api/v1/models/{name}/versions,
 * /api/v1/models/{name}/versions/{version} (manifest and metrics) and
 * /api/v1/models/{name}/history (viewer); POST .../versions/{version}/transition,
 * PUT and DELETE .../aliases/{alias}, POST .../rollback and GET /switch?model=VERSION
 * (operator; forcing past the gates needs an admin).
 */
void addModelRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
