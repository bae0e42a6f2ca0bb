// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/readiness.h"

#include "common/timestamp.h"
#include "drills/fault_injector.h"
#include "service/serving_model.h"
#include "store/storage.h"

namespace recops::service {

std::vector<std::string> notReadyReasons(store::Storage& storage, const ServingModel& model,
                                         const drills::FaultInjector& faults) {
    std::vector<std::string> reasons;
    if (const store::StoreHealth store = storage.health(); !store.available) {
        reasons.push_back("store unavailable: " + store.error);
    }
    if (!model.describe()) {
        reasons.emplace_back("no model loaded");
    }
    if (const auto fault = faults.find(drills::FaultKind::ModelUnavailable)) {
        reasons.push_back("model unavailable: injected fault " + fault->id + " until " +
                          common::formatTimestamp(fault->expiresAt));
    }
    return reasons;
}

}  // namespace recops::service
