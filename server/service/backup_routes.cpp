// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/backup_routes.h"

#include "backup/backup_service.h"
#include "backup/backup_writer.h"
#include "backup/restore_confirmations.h"
#include "common/timestamp.h"
#include "common/utf8.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/backup_json.h"
#include "service/request_input.h"
#include "service/service_context.h"
#include "store/storage.h"

#include <variant>

namespace recops::service {
namespace {

using Clock = std::chrono::system_clock;

constexpr std::string_view kBackupsPath = "/api/v1/backups";
constexpr std::size_t kMaxLabelBytes = 100;

std::string backupPath(std::string_view id) {
    return std::string(kBackupsPath) + "/" + std::string(id);
}

backup::BackupRequester requesterOf(const Principal& caller) {
    return backup::BackupRequester{caller.tokenId, caller.name};
}

http::Response refusalResponse(const http::RequestContext& context,
                               const backup::JobRefusal& refusal) {
    return http::problemResponse(
        context, http::Problem{refusal.reason == backup::JobRefusal::Reason::NotFound
                                   ? http::ProblemType::NotFound
                                   : http::ProblemType::Conflict,
                               refusal.detail});
}

/// 202 with the backup and where to follow it.
http::Response accepted(const backup::BackupSummary& summary,
                        const backup::BackupService& backups) {
    http::Response response = http::jsonResponse(
        http::Status::accepted,
        backupToJson(summary, Clock::now(), backups.schedule().recoveryPointObjective));
    response.set(http::Field::location, backupPath(summary.id));
    return response;
}

/// The body as an object with only @p known members, or the response refusing it.
std::variant<nlohmann::json, http::Response> readBody(const http::RequestContext& context,
                                                      std::initializer_list<std::string_view> known,
                                                      std::string_view what) {
    auto body = parseOptionalJsonObject(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    nlohmann::json& object = std::get<nlohmann::json>(body);
    for (const auto& [member, value] : object.items()) {
        if (std::find(known.begin(), known.end(), member) == known.end()) {
            std::string names;
            for (const std::string_view name : known) {
                names += (names.empty() ? "" : ", ") + std::string(name);
            }
            return http::problemResponse(
                context,
                invalidRequest("unknown member \"" + member + "\"; " + std::string(what) +
                               (names.empty() ? " takes no members" : " takes only " + names)));
        }
    }
    return std::move(object);
}

/// The invalid-request response when the route got query parameters it does not take.
std::optional<http::Response> refuseQuery(const http::RequestContext& context) {
    auto parsed = http::QueryParameters::parse(context.query);
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    if (auto problem = std::get<http::QueryParameters>(parsed).rejectUnknown({})) {
        return http::problemResponse(context, *problem);
    }
    return std::nullopt;
}

http::Response listBackups(const http::RequestContext& context, const BackupRouteContext& backups) {
    if (auto refusal = refuseQuery(context)) {
        return std::move(*refusal);
    }
    const auto now = Clock::now();
    const backup::BackupSchedule& schedule = backups.backups.schedule();
    nlohmann::json items = nlohmann::json::array();
    for (const backup::BackupSummary& summary : backups.backups.list()) {
        items.push_back(backupToJson(summary, now, schedule.recoveryPointObjective));
    }
    const auto lastSuccess = backups.backups.lastSuccessAt();
    const auto next = backups.backups.nextScheduledAt();
    const double age =
        lastSuccess ? std::chrono::duration<double>(now - *lastSuccess).count() : 0.0;
    return http::jsonResponse(
        http::Status::ok,
        {{"backups", std::move(items)},
         {"rpo_seconds", schedule.recoveryPointObjective.count()},
         {"last_success_at",
          lastSuccess ? nlohmann::json(common::formatTimestamp(*lastSuccess)) : nlohmann::json()},
         {"last_success_age_seconds", lastSuccess ? nlohmann::json(age) : nlohmann::json()},
         {"rpo_met", lastSuccess.has_value() &&
                         age <= static_cast<double>(schedule.recoveryPointObjective.count())},
         {"schedule",
          {{"interval_seconds", schedule.interval.count()},
           {"next_at", next ? nlohmann::json(common::formatTimestamp(*next)) : nlohmann::json()},
           {"keep_last", schedule.retention.keepLast},
           {"max_age_hours", schedule.retention.maxAge.count()}}}});
}

http::Response createBackup(const http::RequestContext& context, const BackupRouteContext& backups,
                            const Principal& caller, AuditNote& note) {
    auto body = readBody(context, {"label"}, "a backup request");
    if (auto* response = std::get_if<http::Response>(&body)) {
        return std::move(*response);
    }
    const nlohmann::json& request = std::get<nlohmann::json>(body);
    std::string label;
    if (request.contains("label")) {
        const nlohmann::json& value = request["label"];
        if (!value.is_string() || value.get_ref<const std::string&>().size() > kMaxLabelBytes ||
            !common::isValidUtf8(value.get_ref<const std::string&>())) {
            return http::problemResponse(context,
                                         invalidRequest("label must be a UTF-8 string of at most " +
                                                        std::to_string(kMaxLabelBytes) + " bytes"));
        }
        label = value.get<std::string>();
        if (std::any_of(label.begin(), label.end(),
                        [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
            return http::problemResponse(context,
                                         invalidRequest("label cannot hold control characters"));
        }
    }
    auto outcome =
        backups.backups.requestBackup(requesterOf(caller), std::string(context.requestId), label);
    if (const auto* refusal = std::get_if<backup::JobRefusal>(&outcome)) {
        return refusalResponse(context, *refusal);
    }
    const auto& summary = std::get<backup::BackupSummary>(outcome);
    note.target = backupPath(summary.id);
    return accepted(summary, backups.backups);
}

http::Response getBackup(const http::RequestContext& context, const BackupRouteContext& backups) {
    if (auto refusal = refuseQuery(context)) {
        return std::move(*refusal);
    }
    const auto summary = backups.backups.find(context.parameter("id"));
    if (!summary) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::NotFound,
                                   "no backup has id " + std::string(context.parameter("id"))});
    }
    return http::jsonResponse(
        http::Status::ok,
        backupToJson(*summary, Clock::now(), backups.backups.schedule().recoveryPointObjective));
}

http::Response verifyBackup(const http::RequestContext& context, const BackupRouteContext& backups,
                            const Principal& caller) {
    auto body = readBody(context, {}, "a verification request");
    if (auto* response = std::get_if<http::Response>(&body)) {
        return std::move(*response);
    }
    auto outcome = backups.backups.requestVerification(context.parameter("id"), requesterOf(caller),
                                                       std::string(context.requestId));
    if (const auto* refusal = std::get_if<backup::JobRefusal>(&outcome)) {
        return refusalResponse(context, *refusal);
    }
    return accepted(std::get<backup::BackupSummary>(outcome), backups.backups);
}

/// The first call: what the restore would replace with what, and the confirmation to do it.
http::Response prepareRestore(const ServiceContext& service, const BackupRouteContext& backups,
                              const Principal& caller, const backup::BackupManifest& manifest) {
    const store::DatabaseFacts live = service.storage.snapshots().describeLive();
    const std::filesystem::path models = backups.dataDirectory / "models";
    const backup::ModelTreeSize liveModels = backup::measureModelTree(models);
    std::uint64_t restoredModelBytes = 0;
    for (const backup::ArchivedFile& file : manifest.modelFiles) {
        restoredModelBytes += file.digests.original.sizeBytes;
    }
    const auto now = Clock::now();
    const backup::IssuedConfirmation confirmation =
        backups.confirmations.issue(manifest.id, caller.tokenId, now);
    return http::jsonResponse(
        http::Status::ok,
        {{"confirmation", confirmation.token},
         {"expires_at", common::formatTimestamp(confirmation.expiresAt)},
         {"backup_id", manifest.id},
         {"detail", "POST again with {\"confirmation\": \"" + confirmation.token +
                        "\"} before it expires to replace the live database and models directory "
                        "with backup " +
                        manifest.id + ", taken at " + common::formatTimestamp(manifest.createdAt) +
                        ". Everything written since then is lost, except the audit log."},
         {"replaces",
          {{"database", {{"schema_version", live.schemaVersion}, {"tables", live.tableRows}}},
           {"models",
            {{"directory", models.string()},
             {"files", liveModels.files},
             {"size_bytes", liveModels.bytes}}}}},
         {"restores",
          {{"created_at", common::formatTimestamp(manifest.createdAt)},
           {"database",
            {{"schema_version", manifest.database.schemaVersion},
             {"tables", manifest.database.tableRows}}},
           {"models",
            {{"files", manifest.modelFiles.size()}, {"size_bytes", restoredModelBytes}}}}}});
}

http::Response restoreBackup(const http::RequestContext& context, const ServiceContext& service,
                             const BackupRouteContext& backups, const Principal& caller,
                             AuditNote& note) {
    auto body = readBody(context, {"confirmation"}, "a restore request");
    if (auto* response = std::get_if<http::Response>(&body)) {
        return std::move(*response);
    }
    const nlohmann::json& request = std::get<nlohmann::json>(body);
    if (request.contains("confirmation") && !request["confirmation"].is_string()) {
        return http::problemResponse(
            context, invalidRequest("confirmation must be the string a POST without one returned"));
    }
    const std::string_view id = context.parameter("id");
    auto manifest = backups.backups.restorableManifest(id);
    if (const auto* refusal = std::get_if<backup::JobRefusal>(&manifest)) {
        return refusalResponse(context, *refusal);
    }
    if (!request.contains("confirmation")) {
        note.action = "backup.restore.prepare";
        return prepareRestore(service, backups, caller, std::get<backup::BackupManifest>(manifest));
    }
    if (const auto problem =
            backups.confirmations.consume(request["confirmation"].get_ref<const std::string&>(), id,
                                          caller.tokenId, Clock::now())) {
        return http::problemResponse(context, http::Problem{http::ProblemType::Conflict, *problem});
    }
    auto outcome =
        backups.backups.requestRestore(id, requesterOf(caller), std::string(context.requestId));
    if (const auto* refusal = std::get_if<backup::JobRefusal>(&outcome)) {
        return refusalResponse(context, *refusal);
    }
    return accepted(std::get<backup::BackupSummary>(outcome), backups.backups);
}

}  // namespace

void addBackupRoutes(http::Router& router, const ServiceContext& service,
                     const BackupRouteContext& backups) {
    const Authenticator& auth = service.authenticator;
    const std::string backupTemplate = std::string(kBackupsPath) + "/{id}";
    router.add(http::Verb::get, kBackupsPath,
               auth.requireRole(store::Role::Viewer, [&backups](const auto& context, const auto&) {
                   return listBackups(context, backups);
               }));
    router.add(http::Verb::post, kBackupsPath,
               service.audit.route(store::Role::Operator, "backup.create",
                                   [&backups](const auto& context, const auto& caller, auto& note) {
                                       return createBackup(context, backups, caller, note);
                                   }));
    router.add(http::Verb::get, backupTemplate,
               auth.requireRole(store::Role::Viewer, [&backups](const auto& context, const auto&) {
                   return getBackup(context, backups);
               }));
    router.add(http::Verb::post, backupTemplate + "/verify",
               service.audit.route(store::Role::Operator, "backup.verify",
                                   [&backups](const auto& context, const auto& caller, auto&) {
                                       return verifyBackup(context, backups, caller);
                                   }));
    router.add(http::Verb::post, backupTemplate + "/restore",
               service.audit.route(
                   store::Role::Admin, "backup.restore",
                   [&service, &backups](const auto& context, const auto& caller, auto& note) {
                       return restoreBackup(context, service, backups, caller, note);
                   }));
}

}  // namespace recops::service
