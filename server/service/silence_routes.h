// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * GET /api/v1/silences and /api/v1/silences/{id} and POST /api/v1/silences/preview (the
 * active alerts a silence would match) for viewers; POST /api/v1/silences and
 * DELETE /api/v1/silences/{id} (expire now) for operators.
 */
void addSilenceRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
