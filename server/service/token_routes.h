// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * GET /api/v1/whoami (viewer), and token management for admins: GET and POST
 * /api/v1/tokens, GET and DELETE /api/v1/tokens/{id}. Changes apply to authentication before
 * the response is sent; creating and revoking are audited (token.create, token.revoke).
 */
void addTokenRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
