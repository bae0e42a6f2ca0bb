// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/rollout_status.h"

#include "core/json_reader.h"

namespace recops::console {

RolloutArm RolloutArm::read(JsonReader& reader) {
    RolloutArm arm;
    arm.modelVersion = reader.optionalString(u"model_version");
    arm.requests = reader.integer(u"requests");
    arm.errors = reader.optionalInteger(u"errors").value_or(0);
    arm.errorRate = reader.number(u"error_rate");
    JsonReader latency = reader.child(u"latency_ms");
    arm.p50Ms = latency.number(u"p50");
    arm.p95Ms = latency.number(u"p95");
    arm.p99Ms = latency.number(u"p99");
    arm.engagements = reader.optionalInteger(u"engagements").value_or(0);
    arm.clickThrough = reader.number(u"click_through");
    return arm;
}

std::optional<RolloutStatus> RolloutStatus::fromJson(const QJsonDocument& document,
                                                     QString* error) {
    JsonReader reader = JsonReader::root(document);
    RolloutStatus status;
    status.model = reader.optionalString(u"model");
    status.active = reader.boolean(u"active");
    if (status.active) {
        status.candidateVersion = static_cast<int>(reader.integer(u"candidate_version"));
        status.percent = reader.number(u"percent");
        status.startedAtUtc = reader.optionalTimestamp(u"started_at");
        status.startedBy = reader.optionalString(u"started_by");
        status.candidateServing =
            reader.has(u"candidate_serving") && reader.boolean(u"candidate_serving");
        JsonReader arms = reader.child(u"arms");
        JsonReader production = arms.child(u"production");
        status.production = RolloutArm::read(production);
        JsonReader candidate = arms.child(u"candidate");
        status.candidate = RolloutArm::read(candidate);
        status.figuresSinceUtc = reader.optionalTimestamp(u"figures_since");
    }
    return reader.finish(status, error);
}

}  // namespace recops::console
