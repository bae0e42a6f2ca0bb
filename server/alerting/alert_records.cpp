// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/alert_records.h"

#include "common/timestamp.h"
#include "store/store_error.h"

namespace recops::alerting {
namespace {

std::optional<std::int64_t> toMs(const std::optional<TimePoint>& time) {
    return time ? std::optional<std::int64_t>(common::toUnixMilliseconds(*time)) : std::nullopt;
}

std::optional<TimePoint> fromMs(const std::optional<std::int64_t>& milliseconds) {
    return milliseconds ? std::optional<TimePoint>(common::fromUnixMilliseconds(*milliseconds))
                        : std::nullopt;
}

}  // namespace

store::AlertRecord toRecord(const Alert& alert) {
    store::AlertRecord record;
    record.id = alert.id;
    record.rule = alert.rule;
    record.fingerprint = alert.fingerprint;
    record.labels = alert.labels;
    record.severity = std::string(monitoring::severityName(alert.severity));
    record.state = std::string(alertStateName(alert.state));
    record.value = alert.value;
    record.summary = alert.summary;
    record.activeSinceMs = common::toUnixMilliseconds(alert.activeSince);
    record.firingSinceMs = toMs(alert.firingSince);
    record.resolvedAtMs = toMs(alert.resolvedAt);
    if (alert.acknowledgment) {
        record.acknowledgment = store::AcknowledgmentRecord{
            alert.acknowledgment->by, common::toUnixMilliseconds(alert.acknowledgment->at),
            alert.acknowledgment->comment};
    }
    record.escalationPolicyId = alert.escalationPolicyId;
    record.escalationStep = static_cast<std::int64_t>(alert.escalationStep);
    record.notifiedContacts = alert.notifiedContacts;
    return record;
}

Alert fromRecord(const store::AlertRecord& record) {
    const auto severity = monitoring::parseSeverity(record.severity);
    const auto state = parseAlertState(record.state);
    if (!severity || !state) {
        throw store::StoreError("alert " + record.id + " is damaged in the database");
    }
    Alert alert;
    alert.id = record.id;
    alert.rule = record.rule;
    alert.fingerprint = record.fingerprint;
    alert.labels = record.labels;
    alert.severity = *severity;
    alert.state = *state;
    alert.value = record.value;
    alert.summary = record.summary;
    alert.activeSince = common::fromUnixMilliseconds(record.activeSinceMs);
    alert.firingSince = fromMs(record.firingSinceMs);
    alert.resolvedAt = fromMs(record.resolvedAtMs);
    if (record.acknowledgment) {
        alert.acknowledgment = Acknowledgment{
            record.acknowledgment->by, common::fromUnixMilliseconds(record.acknowledgment->atMs),
            record.acknowledgment->comment};
    }
    alert.escalationPolicyId = record.escalationPolicyId;
    alert.escalationStep = static_cast<std::size_t>(record.escalationStep);
    alert.notifiedContacts = record.notifiedContacts;
    return alert;
}

}  // namespace recops::alerting
