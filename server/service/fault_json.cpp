// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/fault_json.h"

#include "common/timestamp.h"

#include <algorithm>

namespace recops::service {

nlohmann::json faultToJson(const drills::Fault& fault, std::chrono::system_clock::time_point now) {
    const double remaining =
        std::max(0.0, std::chrono::duration<double>(fault.expiresAt - now).count());
    return {{"id", fault.id},
            {"kind", drills::faultKindName(fault.kind)},
            {"magnitude", fault.magnitude},
            {"started_at", common::formatTimestamp(fault.startedAt)},
            {"expires_at", common::formatTimestamp(fault.expiresAt)},
            {"remaining_s", remaining},
            {"created_by", fault.createdBy}};
}

}  // namespace recops::service
