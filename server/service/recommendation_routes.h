// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/**
 * Recommendations for clients: GET /api/v1/recommend?user_id=&k=&explain=&exclude=&exclude_seen=
 * and its short form GET /recommend/{user}?k=, GET /api/v1/items/{id}/similar?k=; the ranking
 * weights for operators: GET (viewer) and PUT (operator) /api/v1/config/ranking-weights.
 */
void addRecommendationRoutes(http::Router& router, const ServiceContext& service);

}  // namespace recops::service
