// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_journal.h"

#include "core/local_database.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace recops::console {

namespace {

QString toText(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QVariant& text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// A null QString binds as SQL NULL; the columns are NOT NULL text.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

constexpr char kRunColumns[] =
    "id, runbook_id, title, definition, inputs, variables, state, current_step, next_step, "
    "step_entries, escalated, server_url, author, outcome, severity, incident_link, incident_id, "
    "created_at, updated_at, finished_at";

RunbookRunRecord runFromQuery(const QSqlQuery& query) {
    RunbookRunRecord run;
    run.id = query.value(0).toString();
    run.runbookId = query.value(1).toString();
    run.title = query.value(2).toString();
    run.definition = toObject(query.value(3));
    run.inputs = toObject(query.value(4));
    run.variables = toObject(query.value(5));
    run.state = RunbookRunRecord::stateFromName(query.value(6).toString())
                    .value_or(RunbookRunState::Halted);
    run.currentStep = query.value(7).toString();
    run.nextStep = query.value(8).toString();
    run.stepEntries = query.value(9).toInt();
    run.escalated = query.value(10).toInt() != 0;
    run.serverUrl = query.value(11).toString();
    run.author = query.value(12).toString();
    run.outcome = query.value(13).toString();
    run.severity = query.value(14).toString();
    run.incidentLink = RunbookRunRecord::linkFromName(query.value(15).toString());
    run.incidentId = query.value(16).toString();
    run.createdAtMs = query.value(17).toLongLong();
    run.updatedAtMs = query.value(18).toLongLong();
    run.finishedAtMs = query.value(19).toLongLong();
    return run;
}

RunbookStepRecord stepFromQuery(const QSqlQuery& query) {
    RunbookStepRecord step;
    step.stepId = query.value(0).toString();
    step.state = RunbookStepRecord::stateFromName(query.value(1).toString())
                     .value_or(RunbookStepState::Pending);
    step.executions = query.value(2).toInt();
    step.attempts = query.value(3).toInt();
    step.startedAtMs = query.value(4).toLongLong();
    step.finishedAtMs = query.value(5).toLongLong();
    step.deadlineMs = query.value(6).toLongLong();
    step.request = toObject(query.value(7));
    step.result = toObject(query.value(8));
    step.explanation = query.value(9).toString();
    step.skipReason = query.value(10).toString();
    step.actor = query.value(11).toString();
    return step;
}

constexpr char kEntryColumns[] =
    "entry_id, run_id, sequence, time, author, kind, text, data, step_id, sync, attempts, "
    "last_error, sent_at";

IncidentTimelineEntry entryFromQuery(const QSqlQuery& query) {
    IncidentTimelineEntry entry;
    entry.entryId = query.value(0).toString();
    entry.runId = query.value(1).toString();
    entry.sequence = query.value(2).toLongLong();
    entry.timeMs = query.value(3).toLongLong();
    entry.author = query.value(4).toString();
    entry.kind = query.value(5).toString();
    entry.text = query.value(6).toString();
    entry.data = toObject(query.value(7));
    entry.stepId = query.value(8).toString();
    entry.sync = IncidentTimelineEntry::syncFromName(query.value(9).toString());
    entry.attempts = query.value(10).toInt();
    entry.lastError = query.value(11).toString();
    entry.sentAtMs = query.value(12).toLongLong();
    return entry;
}

// Runs @p query (prepared and bound, or with @p sql) and reads each row with @p read.
template <typename Record>
QList<Record> rows(QSqlQuery& query, Record (*read)(const QSqlQuery&), const QString& sql = {}) {
    QList<Record> result;
    if (!(sql.isEmpty() ? query.exec() : query.exec(sql))) {
        return result;
    }
    while (query.next()) {
        result.append(read(query));
    }
    return result;
}

}  // namespace

RunbookJournal::RunbookJournal(LocalDatabase* database, QObject* parent)
    : QObject(parent), m_database(database) {}

RunbookJournal::~RunbookJournal() = default;

LocalSchema RunbookJournal::schema() {
    // Times are Unix milliseconds; JSON columns hold compact JSON text.
    //
    // Step 1 holds the tables exactly as the journal's own version 1 created them, which
    // consoles before the shared store recorded in runbook_journal_schema instead of
    // schema_versions. IF NOT EXISTS lets such a journal (the only version there was) pass
    // through the step unchanged, rows and all, and join schema_versions at version 1.
    // Its old bookkeeping then holds 2: a console from before the move reads that as a
    // journal from a newer console and refuses the file with its own message, rather than
    // trying to create the tables again.
    return {QLatin1StringView(kComponent),
            {{QStringLiteral(R"sql(
                CREATE TABLE IF NOT EXISTS runbook_runs (
                    id            TEXT PRIMARY KEY NOT NULL,
                    runbook_id    TEXT NOT NULL,
                    title         TEXT NOT NULL,
                    definition    TEXT NOT NULL,
                    inputs        TEXT NOT NULL,
                    variables     TEXT NOT NULL,
                    state         TEXT NOT NULL CHECK (state IN ('running', 'waiting', 'halted',
                                      'succeeded', 'escalated', 'failed', 'aborted')),
                    current_step  TEXT NOT NULL,
                    next_step     TEXT NOT NULL,
                    step_entries  INTEGER NOT NULL,
                    escalated     INTEGER NOT NULL CHECK (escalated IN (0, 1)),
                    server_url    TEXT NOT NULL,
                    author        TEXT NOT NULL,
                    outcome       TEXT NOT NULL,
                    severity      TEXT NOT NULL,
                    incident_link TEXT NOT NULL
                        CHECK (incident_link IN ('none', 'pending', 'created')),
                    incident_id   TEXT NOT NULL,
                    created_at    INTEGER NOT NULL,
                    updated_at    INTEGER NOT NULL,
                    finished_at   INTEGER NOT NULL
                ) STRICT
            )sql"),
              QStringLiteral(R"sql(
                CREATE TABLE IF NOT EXISTS runbook_steps (
                    run_id       TEXT NOT NULL REFERENCES runbook_runs (id) ON DELETE CASCADE,
                    step_id      TEXT NOT NULL,
                    state        TEXT NOT NULL,
                    executions   INTEGER NOT NULL,
                    attempts     INTEGER NOT NULL,
                    started_at   INTEGER NOT NULL,
                    finished_at  INTEGER NOT NULL,
                    deadline_at  INTEGER NOT NULL,
                    request      TEXT NOT NULL,
                    result       TEXT NOT NULL,
                    explanation  TEXT NOT NULL,
                    skip_reason  TEXT NOT NULL,
                    actor        TEXT NOT NULL,
                    PRIMARY KEY (run_id, step_id)
                ) STRICT
            )sql"),
              QStringLiteral(R"sql(
                CREATE TABLE IF NOT EXISTS runbook_timeline (
                    entry_id   TEXT PRIMARY KEY NOT NULL,
                    run_id     TEXT NOT NULL REFERENCES runbook_runs (id) ON DELETE CASCADE,
                    sequence   INTEGER NOT NULL,
                    time       INTEGER NOT NULL,
                    author     TEXT NOT NULL,
                    kind       TEXT NOT NULL,
                    text       TEXT NOT NULL,
                    data       TEXT NOT NULL,
                    step_id    TEXT NOT NULL,
                    sync       TEXT NOT NULL
                        CHECK (sync IN ('local', 'queued', 'sent', 'rejected')),
                    attempts   INTEGER NOT NULL,
                    last_error TEXT NOT NULL,
                    sent_at    INTEGER NOT NULL,
                    UNIQUE (run_id, sequence)
                ) STRICT
            )sql"),
              QStringLiteral("CREATE INDEX IF NOT EXISTS runbook_timeline_by_sync ON "
                             "runbook_timeline (sync, run_id, sequence)"),
              QStringLiteral("CREATE TABLE IF NOT EXISTS runbook_journal_schema "
                             "(version INTEGER NOT NULL) STRICT"),
              QStringLiteral("DELETE FROM runbook_journal_schema"),
              QStringLiteral("INSERT INTO runbook_journal_schema VALUES (2)")}}};
}

QSqlDatabase RunbookJournal::database() const {
    return m_database ? m_database->database() : QSqlDatabase();
}

bool RunbookJournal::isOpen() const {
    return m_database && m_database->isOpen();
}

int RunbookJournal::schemaVersion() const {
    return m_database ? m_database->componentVersion(QLatin1StringView(kComponent)) : 0;
}

bool RunbookJournal::writeRun(const RunbookRunRecord& run, bool insert) {
    QSqlQuery query(database());
    if (insert) {
        query.prepare(QStringLiteral("INSERT INTO runbook_runs (%1) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(QLatin1StringView(kRunColumns)));
        query.addBindValue(run.id);
        query.addBindValue(run.runbookId);
        query.addBindValue(text(run.title));
        query.addBindValue(toText(run.definition));
        query.addBindValue(toText(run.inputs));
    } else {
        query.prepare(
            QStringLiteral("UPDATE runbook_runs SET variables = ?, state = ?, current_step = ?, "
                           "next_step = ?, step_entries = ?, escalated = ?, author = ?, outcome = "
                           "?, updated_at = ?, "
                           "finished_at = ? WHERE id = ?"));
    }
    query.addBindValue(toText(run.variables));
    query.addBindValue(RunbookRunRecord::stateName(run.state));
    query.addBindValue(text(run.currentStep));
    query.addBindValue(text(run.nextStep));
    query.addBindValue(run.stepEntries);
    query.addBindValue(run.escalated ? 1 : 0);
    if (insert) {
        query.addBindValue(text(run.serverUrl));
    }
    query.addBindValue(text(run.author));
    query.addBindValue(text(run.outcome));
    if (insert) {
        query.addBindValue(text(run.severity));
        query.addBindValue(RunbookRunRecord::linkName(run.incidentLink));
        query.addBindValue(text(run.incidentId));
        query.addBindValue(run.createdAtMs);
    }
    query.addBindValue(run.updatedAtMs);
    query.addBindValue(run.finishedAtMs);
    if (!insert) {
        query.addBindValue(run.id);
    }
    if (!query.exec()) {
        return fail(
            QStringLiteral("Cannot record run %1: %2").arg(run.id, query.lastError().text()));
    }
    return true;
}

bool RunbookJournal::writeStep(const QString& runId, const RunbookStepRecord& step) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO runbook_steps (run_id, step_id, state, executions, attempts, "
        "started_at, finished_at, deadline_at, request, result, explanation, skip_reason, actor) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(runId);
    query.addBindValue(step.stepId);
    query.addBindValue(RunbookStepRecord::stateName(step.state));
    query.addBindValue(step.executions);
    query.addBindValue(step.attempts);
    query.addBindValue(step.startedAtMs);
    query.addBindValue(step.finishedAtMs);
    query.addBindValue(step.deadlineMs);
    query.addBindValue(toText(step.request));
    query.addBindValue(toText(step.result));
    query.addBindValue(text(step.explanation));
    query.addBindValue(text(step.skipReason));
    query.addBindValue(text(step.actor));
    if (!query.exec()) {
        return fail(
            QStringLiteral("Cannot record step %1: %2").arg(step.stepId, query.lastError().text()));
    }
    return true;
}

bool RunbookJournal::writeEntry(const IncidentTimelineEntry& entry) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO runbook_timeline (%1) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1StringView(kEntryColumns)));
    query.addBindValue(entry.entryId);
    query.addBindValue(entry.runId);
    query.addBindValue(entry.sequence);
    query.addBindValue(entry.timeMs);
    query.addBindValue(text(entry.author));
    query.addBindValue(text(entry.kind));
    query.addBindValue(text(entry.text));
    query.addBindValue(toText(entry.data));
    query.addBindValue(text(entry.stepId));
    query.addBindValue(IncidentTimelineEntry::syncName(entry.sync));
    query.addBindValue(entry.attempts);
    query.addBindValue(text(entry.lastError));
    query.addBindValue(entry.sentAtMs);
    if (!query.exec()) {
        return fail(QStringLiteral("Cannot record timeline entry %1: %2")
                        .arg(entry.kind, query.lastError().text()));
    }
    return true;
}

bool RunbookJournal::beginRun(const RunbookRunRecord& run, const QList<RunbookStepRecord>& steps,
                              const IncidentTimelineEntry& entry) {
    QSqlDatabase database = this->database();
    if (!database.transaction()) {
        return fail(
            QStringLiteral("Cannot write the journal: %1").arg(database.lastError().text()));
    }
    bool written = writeRun(run, true);
    for (const RunbookStepRecord& step : steps) {
        written = written && writeStep(run.id, step);
    }
    written = written && writeEntry(entry);
    if (!written || !database.commit()) {
        database.rollback();
        return false;
    }
    Q_EMIT timelineAppended(run.id);
    return true;
}

bool RunbookJournal::record(const RunbookRunRecord& run, const RunbookStepRecord* step,
                            const QList<IncidentTimelineEntry>& entries) {
    QSqlDatabase database = this->database();
    if (!database.transaction()) {
        return fail(
            QStringLiteral("Cannot write the journal: %1").arg(database.lastError().text()));
    }
    bool written = writeRun(run, false);
    if (step) {
        written = written && writeStep(run.id, *step);
    }
    for (const IncidentTimelineEntry& entry : entries) {
        written = written && writeEntry(entry);
    }
    if (!written || !database.commit()) {
        database.rollback();
        return false;
    }
    if (!entries.isEmpty()) {
        Q_EMIT timelineAppended(run.id);
    }
    return true;
}

std::optional<RunbookRunRecord> RunbookJournal::run(const QString& runId) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM runbook_runs WHERE id = ?")
                      .arg(QLatin1StringView(kRunColumns)));
    query.addBindValue(runId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return runFromQuery(query);
}

QList<RunbookRunRecord> RunbookJournal::runs(bool unfinishedOnly) const {
    QSqlQuery query(database());
    const QString filter = unfinishedOnly
                               ? QStringLiteral(" WHERE state IN ('running', 'waiting', 'halted')")
                               : QString();
    return rows(query, runFromQuery,
                QStringLiteral("SELECT %1 FROM runbook_runs%2 ORDER BY created_at DESC")
                    .arg(QLatin1StringView(kRunColumns), filter));
}

QList<RunbookStepRecord> RunbookJournal::steps(const QString& runId) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT step_id, state, executions, attempts, started_at, finished_at, deadline_at, "
        "request, result, explanation, skip_reason, actor FROM runbook_steps WHERE run_id = ?"));
    query.addBindValue(runId);
    return rows(query, stepFromQuery);
}

QList<IncidentTimelineEntry> RunbookJournal::timeline(const QString& runId) const {
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM runbook_timeline WHERE run_id = ? ORDER BY sequence")
            .arg(QLatin1StringView(kEntryColumns)));
    query.addBindValue(runId);
    return rows(query, entryFromQuery);
}

QList<RunbookRunRecord> RunbookJournal::runsAwaitingIncident(const QString& serverUrl) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM runbook_runs WHERE incident_link = 'pending' "
                                 "AND server_url = ? ORDER BY created_at")
                      .arg(QLatin1StringView(kRunColumns)));
    query.addBindValue(serverUrl);
    return rows(query, runFromQuery);
}

QList<IncidentTimelineEntry> RunbookJournal::queuedEntries(const QString& serverUrl,
                                                           int limit) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT t.entry_id, t.run_id, t.sequence, t.time, t.author, t.kind, t.text, t.data, "
        "t.step_id, t.sync, t.attempts, t.last_error, t.sent_at FROM runbook_timeline t "
        "JOIN runbook_runs r ON r.id = t.run_id WHERE t.sync = 'queued' AND "
        "r.incident_link = 'created' AND r.server_url = ? ORDER BY r.created_at, t.sequence "
        "LIMIT ?"));
    query.addBindValue(serverUrl);
    query.addBindValue(limit);
    return rows(query, entryFromQuery);
}

int RunbookJournal::queuedCount(const QString& serverUrl) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM runbook_timeline t JOIN runbook_runs r ON r.id = t.run_id "
        "WHERE t.sync = 'queued' AND r.server_url = ?"));
    query.addBindValue(serverUrl);
    if (!query.exec() || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

bool RunbookJournal::setIncident(const QString& runId, const QString& incidentId) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE runbook_runs SET incident_link = 'created', incident_id = ? WHERE id = ?"));
    query.addBindValue(incidentId);
    query.addBindValue(runId);
    if (!query.exec()) {
        return fail(QStringLiteral("Cannot record the incident of run %1: %2")
                        .arg(runId, query.lastError().text()));
    }
    return true;
}

bool RunbookJournal::setSync(const QString& entryId, const char* sql, const QVariantList& values) {
    QSqlQuery query(database());
    query.prepare(QLatin1StringView(sql));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    query.addBindValue(entryId);
    if (!query.exec()) {
        return fail(QStringLiteral("Cannot update timeline entry %1: %2")
                        .arg(entryId, query.lastError().text()));
    }
    return true;
}

bool RunbookJournal::markSent(const QString& entryId, qint64 sentAtMs) {
    return setSync(entryId,
                   "UPDATE runbook_timeline SET sync = 'sent', last_error = '', sent_at = ?, "
                   "attempts = attempts + 1 WHERE entry_id = ?",
                   {sentAtMs});
}

bool RunbookJournal::markAttempt(const QString& entryId, const QString& error) {
    return setSync(entryId,
                   "UPDATE runbook_timeline SET last_error = ?, attempts = attempts + 1 "
                   "WHERE entry_id = ?",
                   {text(error)});
}

bool RunbookJournal::markRejected(const QString& entryId, const QString& error) {
    return setSync(entryId,
                   "UPDATE runbook_timeline SET sync = 'rejected', last_error = ?, "
                   "attempts = attempts + 1 WHERE entry_id = ?",
                   {text(error)});
}

bool RunbookJournal::fail(const QString& message) const {
    m_errorString = message;
    return false;
}

}  // namespace recops::console
