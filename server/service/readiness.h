// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string>
#include <vector>

namespace recops::drills {
class FaultInjector;
}
namespace recops::store {
class Storage;
}

namespace recops::service {

class ServingModel;

/**
 * Why the server is not ready to serve recommendations, one reason per fact that fails:
 * the store does not answer, no model is loaded, a model_unavailable fault is injected.
 * Empty when ready. /readyz answers from it, and so does the ServiceNotReady alert rule, so
 * that the two never disagree.
 */
std::vector<std::string> notReadyReasons(store::Storage& storage, const ServingModel& model,
                                         const drills::FaultInjector& faults);

}  // namespace recops::service
