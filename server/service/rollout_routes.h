// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * Canary rollouts of the serving model: POST /api/v1/rollout {"candidate_version", "percent"}
 * starts or changes one, GET /api/v1/rollout/status shows both arms' live figures,
 * POST /api/v1/rollout/promote moves the candidate to Production through the gates and ends
 * the rollout, POST /api/v1/rollout/abort ends it (operator; status for viewers).
 */
void addRolloutRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
