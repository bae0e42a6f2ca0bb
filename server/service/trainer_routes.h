// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * The trainer: POST /api/v1/trainer/run and POST /api/v1/trainer/{job}/cancel (operator);
 * GET /api/v1/trainer/status, /api/v1/trainer/history and /api/v1/trainer/jobs/{job}
 * (viewer).
 */
void addTrainerRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
