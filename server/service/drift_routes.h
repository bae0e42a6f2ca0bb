// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/// GET /api/v1/drift (viewer): PSI per feature against the serving version's training window,
/// with the runbooks' bands (0.2 moderate, 0.3 significant, 0.5 severe) and both distributions.
void addDriftRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
