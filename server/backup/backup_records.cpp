// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The small JSON files that sit beside a backup's manifest and record what happened to it
// (failure.json, verification.json, restore.json). Unlike the manifest they carry no
// checksum: they describe the backup, they are not part of what it restores.
#include "backup/backup_records.h"

#include "backup/backup_error.h"
#include "common/timestamp.h"

#include <array>

#include <nlohmann/json.hpp>

namespace recops::backup {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 4> kStateNames{"queued", "running", "succeeded", "failed"};

json requesterToJson(const BackupRequester& requester) {
    return {{"token_id", requester.tokenId}, {"name", requester.name}};
}

BackupRequester requesterFrom(const json& value) {
    return BackupRequester{value.value("token_id", ""), value.value("name", "")};
}

std::chrono::system_clock::time_point timeFrom(const json& value, std::string_view member) {
    const auto time = common::parseTimestamp(value.at(std::string(member)).get<std::string>());
    if (!time) {
        throw BackupError(std::string(member) + " is not an RFC 3339 time");
    }
    return *time;
}

template <typename Reader>
auto parseRecord(std::string_view text, std::string_view what, Reader reader) {
    try {
        return reader(json::parse(text));
    } catch (const std::exception& error) {
        throw BackupError("unreadable " + std::string(what) + ": " + error.what());
    }
}

std::string render(const json& value) {
    return value.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string_view backupStateName(BackupState state) {
    return kStateNames[static_cast<std::size_t>(state)];
}

std::string renderFailureRecord(const FailureRecord& record) {
    return render({{"trigger", record.trigger},
                   {"label", record.label},
                   {"requested_by", requesterToJson(record.requestedBy)},
                   {"requested_at", common::formatTimestamp(record.requestedAt)},
                   {"finished_at", common::formatTimestamp(record.finishedAt)},
                   {"error", record.error}});
}

FailureRecord parseFailureRecord(std::string_view text) {
    return parseRecord(text, "failure record", [](const json& value) {
        return FailureRecord{
            value.at("trigger").get<std::string>(),  value.at("label").get<std::string>(),
            requesterFrom(value.at("requested_by")), timeFrom(value, "requested_at"),
            timeFrom(value, "finished_at"),          value.at("error").get<std::string>()};
    });
}

std::string renderVerificationRecord(const VerificationRecord& record) {
    return render({{"status", record.passed ? "passed" : "failed"},
                   {"checked_at", common::formatTimestamp(record.checkedAt)},
                   {"duration_seconds", record.durationSeconds},
                   {"problems", record.problems},
                   {"requested_by", requesterToJson(record.requestedBy)}});
}

VerificationRecord parseVerificationRecord(std::string_view text) {
    return parseRecord(text, "verification record", [](const json& value) {
        return VerificationRecord{value.at("status").get<std::string>() == "passed",
                                  timeFrom(value, "checked_at"),
                                  value.at("duration_seconds").get<double>(),
                                  value.at("problems").get<std::vector<std::string>>(),
                                  requesterFrom(value.at("requested_by"))};
    });
}

std::string renderRestoreRecord(const RestoreRecord& record) {
    return render({{"status", record.succeeded ? "succeeded" : "failed"},
                   {"requested_at", common::formatTimestamp(record.requestedAt)},
                   {"finished_at", common::formatTimestamp(record.finishedAt)},
                   {"error", record.error},
                   {"requested_by", requesterToJson(record.requestedBy)}});
}

RestoreRecord parseRestoreRecord(std::string_view text) {
    return parseRecord(text, "restore record", [](const json& value) {
        return RestoreRecord{value.at("status").get<std::string>() == "succeeded",
                             timeFrom(value, "requested_at"), timeFrom(value, "finished_at"),
                             value.at("error").get<std::string>(),
                             requesterFrom(value.at("requested_by"))};
    });
}

}  // namespace recops::backup
