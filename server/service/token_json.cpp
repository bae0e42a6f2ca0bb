// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/token_json.h"

#include "common/timestamp.h"

namespace recops::service {

nlohmann::json tokenToJson(const store::TokenRecord& record) {
    return {
        {"id", record.id},
        {"name", record.name},
        {"role", store::roleName(record.role)},
        {"created_at", common::formatTimestamp(record.createdAt)},
        {"revoked_at", record.revokedAt ? nlohmann::json(common::formatTimestamp(*record.revokedAt))
                                        : nlohmann::json()},
    };
}

}  // namespace recops::service
