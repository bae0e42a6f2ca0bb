// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/training_job.h"

#include "core/json_reader.h"

namespace recops::console {

bool TrainingJob::isFinished() const {
    return status != u"queued" && status != u"running";
}

std::optional<int> TrainingJob::resultVersion() const {
    const QJsonValue version = result.value(QLatin1StringView("version"));
    if (!version.isDouble()) {
        return std::nullopt;
    }
    return version.toInt();
}

QString TrainingJob::algorithm() const {
    const QString trained = result.value(QLatin1StringView("algorithm")).toString();
    return trained.isEmpty() ? request.value(QLatin1StringView("algorithm")).toString() : trained;
}

TrainingJob TrainingJob::read(JsonReader& reader) {
    TrainingJob job;
    job.id = reader.string(u"id");
    job.model = reader.optionalString(u"model");
    job.status = reader.string(u"status");
    job.trigger = reader.optionalString(u"trigger");
    job.requestedBy = reader.optionalString(u"requested_by");
    job.request = reader.optionalObject(u"request");
    job.result = reader.optionalObject(u"result");
    job.error = reader.optionalString(u"error");
    job.createdAtUtc = reader.optionalTimestamp(u"created_at");
    job.startedAtUtc = reader.optionalTimestamp(u"started_at");
    job.finishedAtUtc = reader.optionalTimestamp(u"finished_at");
    return job;
}

std::optional<TrainingJobList> TrainingJobList::fromJson(const QJsonDocument& document,
                                                         QString* error) {
    JsonReader reader = JsonReader::root(document);
    TrainingJobList list;
    reader.forEachObject(u"jobs",
                         [&list](JsonReader& job) { list.jobs.append(TrainingJob::read(job)); });
    return reader.finish(list, error);
}

std::optional<TrainerStatus> TrainerStatus::fromJson(const QJsonDocument& document,
                                                     QString* error) {
    JsonReader reader = JsonReader::root(document);
    TrainerStatus status;
    if (reader.has(u"running")) {
        JsonReader running = reader.child(u"running");
        RunningTrainingJob current;
        current.job = TrainingJob::read(running);
        current.phase = running.optionalString(u"phase");
        current.detail = running.optionalString(u"detail");
        current.progressPercent = running.optionalNumber(u"progress_percent").value_or(0.0);
        current.etaSeconds = running.optionalNumber(u"eta_seconds");
        status.running = current;
    }
    if (reader.has(u"queued")) {
        reader.forEachObject(u"queued", [&status](JsonReader& job) {
            status.queued.append(TrainingJob::read(job));
        });
    }
    if (reader.has(u"schedule")) {
        JsonReader schedule = reader.child(u"schedule");
        status.scheduleExpression = schedule.optionalString(u"expression");
        status.scheduleNextRunUtc = schedule.optionalTimestamp(u"next_run");
    }
    return reader.finish(status, error);
}

}  // namespace recops::console
