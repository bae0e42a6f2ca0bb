// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/backup_json.h"

#include "common/timestamp.h"

namespace recops::service {
namespace {

using nlohmann::json;

json optionalTime(const std::optional<std::chrono::system_clock::time_point>& time) {
    return time ? json(common::formatTimestamp(*time)) : json();
}

json requesterToJson(const backup::BackupRequester& requester) {
    if (requester.tokenId.empty()) {
        return requester.name.empty() ? json()
                                      : json{{"token_id", nullptr}, {"name", requester.name}};
    }
    return {{"token_id", requester.tokenId}, {"name", requester.name}};
}

std::string pendingName(const std::optional<backup::BackupState>& pending) {
    return pending == backup::BackupState::Running ? "running" : "queued";
}

json verificationToJson(const backup::BackupSummary& summary) {
    const auto& last = summary.verification;
    if (!last && !summary.pendingVerification) {
        return nullptr;
    }
    return {
        {"status", summary.pendingVerification ? pendingName(summary.pendingVerification)
                                               : std::string(last->passed ? "passed" : "failed")},
        {"checked_at", last ? json(common::formatTimestamp(last->checkedAt)) : json()},
        {"duration_seconds", last ? json(last->durationSeconds) : json()},
        {"problems", last ? json(last->problems) : json::array()},
        {"requested_by", last ? requesterToJson(last->requestedBy) : json()},
    };
}

json restoreToJson(const backup::BackupSummary& summary) {
    const auto& last = summary.lastRestore;
    if (!last && !summary.pendingRestore) {
        return nullptr;
    }
    return {
        {"status", summary.pendingRestore ? pendingName(summary.pendingRestore)
                                          : std::string(last->succeeded ? "succeeded" : "failed")},
        {"requested_at", last ? json(common::formatTimestamp(last->requestedAt)) : json()},
        {"finished_at", last ? json(common::formatTimestamp(last->finishedAt)) : json()},
        {"error", last && !last->error.empty() ? json(last->error) : json()},
        {"requested_by", last ? requesterToJson(last->requestedBy) : json()},
    };
}

}  // namespace

json backupToJson(const backup::BackupSummary& summary, std::chrono::system_clock::time_point now,
                  std::chrono::seconds rpo) {
    const bool succeeded = summary.state == backup::BackupState::Succeeded;
    const double ageSeconds =
        succeeded ? std::chrono::duration<double>(now - *summary.createdAt).count() : 0.0;
    json database = nullptr;
    if (succeeded) {
        database = {{"schema_version", summary.database.schemaVersion},
                    {"tables", summary.database.tableRows}};
    }
    return {
        {"id", summary.id},
        {"status", backup::backupStateName(summary.state)},
        {"trigger", summary.trigger.empty() ? json() : json(summary.trigger)},
        {"label", summary.label},
        {"requested_by", requesterToJson(summary.requestedBy)},
        {"requested_at", common::formatTimestamp(summary.requestedAt)},
        {"created_at", optionalTime(summary.createdAt)},
        {"finished_at", optionalTime(summary.finishedAt)},
        {"duration_seconds", succeeded ? json(summary.durationSeconds) : json()},
        {"size_bytes", succeeded ? json(summary.storedBytes) : json()},
        {"original_bytes", succeeded ? json(summary.originalBytes) : json()},
        {"age_seconds", succeeded ? json(ageSeconds) : json()},
        {"within_rpo", succeeded ? json(ageSeconds <= static_cast<double>(rpo.count())) : json()},
        {"database", std::move(database)},
        {"model_files", succeeded ? json(summary.modelFileCount) : json()},
        {"error", summary.error.empty() ? json() : json(summary.error)},
        {"verification", verificationToJson(summary)},
        {"restore", restoreToJson(summary)},
    };
}

}  // namespace recops::service
