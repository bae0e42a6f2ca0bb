// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/fault_interceptor.h"

#include "common/timestamp.h"
#include "drills/fault_injector.h"

#include <cmath>
#include <random>

namespace recops::service {
namespace {

/// A share of requests, drawn per thread: no lock, and the draws need no cryptographic quality.
double uniformDraw() {
    thread_local std::mt19937_64 generator{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(generator);
}

}  // namespace

bool FaultInterceptor::affects(std::string_view path) {
    return path.starts_with("/api/") && !path.starts_with("/api/v1/admin/faults");
}

std::chrono::milliseconds FaultInterceptor::holdBefore(std::string_view path) const {
    if (!affects(path)) {
        return std::chrono::milliseconds(0);
    }
    return std::chrono::milliseconds(std::llround(m_faults.magnitude(drills::FaultKind::Latency)));
}

std::optional<http::Problem> FaultInterceptor::replace(std::string_view path) const {
    if (!affects(path)) {
        return std::nullopt;
    }
    const double share = m_faults.magnitude(drills::FaultKind::Errors);
    if (share <= 0.0 || uniformDraw() >= share) {
        return std::nullopt;
    }
    const auto fault = m_faults.find(drills::FaultKind::Errors);
    std::string detail = "an errors drill answers this request 503";
    if (fault) {
        detail +=
            " (fault " + fault->id + ", until " + common::formatTimestamp(fault->expiresAt) + ")";
    }
    http::Problem problem{http::ProblemType::InjectedFault, detail};
    problem.headers.emplace_back(http::Field::retry_after, "1");
    return problem;
}

}  // namespace recops::service
