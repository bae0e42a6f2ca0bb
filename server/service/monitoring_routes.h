// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * GET /api/v1/slo (each SLO's indicator, objective, error budget and burn rates) and
 * GET /api/v1/metrics/history (a series of the rolling windows, for charts). Viewer.
 */
void addMonitoringRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
