// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * GET /api/v1/contacts and /api/v1/escalation-policies (viewer), PUT of each (operator,
 * replacing the whole list, references between them checked), and
 * GET /api/v1/escalation-policies/{id}/dry-run?alert=ID (viewer): who would be paged at each
 * step and when. GET /api/v1/notifications (viewer): the delivery log.
 */
void addOnCallRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
