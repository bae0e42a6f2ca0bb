// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/backup.h"

#include "core/json_reader.h"

namespace recops::console {

namespace {

/// A Requester: null for the schedule, otherwise the caller's name.
QString requesterName(JsonReader& reader, QStringView key) {
    if (!reader.object().value(key).isObject()) {
        return QString();
    }
    JsonReader requester = reader.child(key);
    return requester.string(u"name");
}

}  // namespace

bool Backup::hasWorkInFlight() const {
    const auto busy = [](const QString& state) {
        return state == u"queued" || state == u"running";
    };
    return (verification && busy(verification->status)) || (restore && busy(restore->status));
}

std::optional<BackupList> BackupList::fromJson(const QJsonDocument& document, QString* error) {
    JsonReader reader = JsonReader::root(document);
    BackupList list;
    reader.forEachObject(u"backups", [&list](JsonReader& item) {
        Backup backup;
        backup.id = item.string(u"id");
        backup.status = item.string(u"status");
        backup.trigger = item.optionalString(u"trigger");
        backup.label = item.optionalString(u"label");
        backup.requestedBy = requesterName(item, u"requested_by");
        backup.requestedAtUtc = item.timestamp(u"requested_at");
        backup.createdAtUtc = item.optionalTimestamp(u"created_at");
        backup.finishedAtUtc = item.optionalTimestamp(u"finished_at");
        backup.sizeBytes = item.optionalInteger(u"size_bytes");
        backup.originalBytes = item.optionalInteger(u"original_bytes");
        backup.modelFiles = item.optionalInteger(u"model_files");
        backup.error = item.optionalString(u"error");
        if (item.object().value(u"verification").isObject()) {
            JsonReader verification = item.child(u"verification");
            backup.verification = BackupVerification{
                verification.string(u"status"), verification.optionalTimestamp(u"checked_at"),
                verification.stringList(u"problems"), requesterName(verification, u"requested_by")};
        }
        if (item.object().value(u"restore").isObject()) {
            JsonReader restore = item.child(u"restore");
            backup.restore = BackupRestore{
                restore.string(u"status"), restore.optionalTimestamp(u"requested_at"),
                restore.optionalTimestamp(u"finished_at"), restore.optionalString(u"error"),
                requesterName(restore, u"requested_by")};
        }
        list.backups.append(backup);
    });
    list.rpoSeconds = reader.integer(u"rpo_seconds");
    list.lastSuccessAtUtc = reader.optionalTimestamp(u"last_success_at");
    list.lastSuccessAgeSeconds = reader.optionalNumber(u"last_success_age_seconds");
    list.rpoMet = reader.boolean(u"rpo_met");
    JsonReader schedule = reader.child(u"schedule");
    list.scheduleIntervalSeconds = schedule.integer(u"interval_seconds");
    list.nextScheduledAtUtc = schedule.optionalTimestamp(u"next_at");
    return reader.finish(list, error);
}

std::optional<RestorePreview> RestorePreview::fromJson(const QJsonDocument& document,
                                                       QString* error) {
    JsonReader reader = JsonReader::root(document);
    RestorePreview preview;
    preview.confirmation = reader.string(u"confirmation");
    preview.expiresAtUtc = reader.timestamp(u"expires_at");
    preview.backupId = reader.string(u"backup_id");
    preview.detail = reader.string(u"detail");
    return reader.finish(preview, error);
}

}  // namespace recops::console
