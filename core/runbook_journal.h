// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident_timeline_entry.h"
#include "core/runbook_run_record.h"
#include "core/runbook_step_record.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

namespace recops::console {

/**
 * The local, durable record of runbook runs (Qt Sql, SQLite): each run, the latest state
 * of each of its steps, and its timeline entries with their upload state.
 *
 * The engine writes every transition here first, in one transaction, and only then acts
 * on it (sends the call, emits signals); IncidentTimelineSync reads the queued entries
 * from here. So a run survives a crash of the console, and its timeline survives a server
 * that is down: nothing is held only in memory.
 *
 * It lives in the console's local store (console.sqlite) in tables of its own, versioned
 * by RunbookJournalMigrations.
 */
class RunbookJournal : public QObject {
    Q_OBJECT

public:
    explicit RunbookJournal(QObject* parent = nullptr);
    ~RunbookJournal() override;

    /// The console's local store, AppDataLocation/console.sqlite.
    static QString defaultFilePath();

    /// Opens (or creates) the database at @p filePath and brings its journal tables up to
    /// date. False, with errorString(), on failure or when a newer console wrote them.
    bool open(const QString& filePath);
    bool isOpen() const;
    void close();
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_errorString; }
    int schemaVersion() const;

    /// Records a new run, its steps (all pending) and its first timeline entry.
    bool beginRun(const RunbookRunRecord& run, const QList<RunbookStepRecord>& steps,
                  const IncidentTimelineEntry& entry);
    /**
     * Records one transition in one transaction: the run (but never its incident link,
     * which only setIncident() changes), optionally a step, and any timeline entries.
     */
    bool record(const RunbookRunRecord& run, const RunbookStepRecord* step,
                const QList<IncidentTimelineEntry>& entries);

    std::optional<RunbookRunRecord> run(const QString& runId) const;
    /// Runs, newest first; with @p unfinishedOnly those that have not ended.
    QList<RunbookRunRecord> runs(bool unfinishedOnly = false) const;
    QList<RunbookStepRecord> steps(const QString& runId) const;
    QList<IncidentTimelineEntry> timeline(const QString& runId) const;

    // For IncidentTimelineSync.
    /// Runs against @p serverUrl whose incident is still to be created, oldest first.
    QList<RunbookRunRecord> runsAwaitingIncident(const QString& serverUrl) const;
    /// Queued entries of runs against @p serverUrl that have an incident, in order.
    QList<IncidentTimelineEntry> queuedEntries(const QString& serverUrl, int limit) const;
    /// Every queued entry against @p serverUrl, incident or not.
    int queuedCount(const QString& serverUrl) const;
    bool setIncident(const QString& runId, const QString& incidentId);
    bool markSent(const QString& entryId, qint64 sentAtMs);
    bool markAttempt(const QString& entryId, const QString& error);
    bool markRejected(const QString& entryId, const QString& error);

Q_SIGNALS:
    /// Timeline entries of @p runId were written.
    void timelineAppended(const QString& runId);

private:
    bool migrate();
    bool fail(const QString& message) const;
    bool writeRun(const RunbookRunRecord& run, bool insert);
    bool writeStep(const QString& runId, const RunbookStepRecord& step);
    bool writeEntry(const IncidentTimelineEntry& entry);
    bool setSync(const QString& entryId, const char* sql, const QVariantList& values);

    QString m_connectionName;
    QString m_filePath;
    mutable QString m_errorString;
};

}  // namespace recops::console
