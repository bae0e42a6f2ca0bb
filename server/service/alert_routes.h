// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * GET /api/v1/alerts (filtered by state, severity, silence), GET /api/v1/alerts/{id},
 * GET /api/v1/alerts/history and GET /api/v1/alerts/rules for viewers;
 * POST /api/v1/alerts/{id}/ack for operators.
 */
void addAlertRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
