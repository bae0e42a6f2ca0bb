// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident_timeline_entry.h"
#include "core/local_schema.h"
#include "core/runbook_run_record.h"
#include "core/runbook_step_record.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>

class QSqlDatabase;

namespace recops::console {

class LocalDatabase;

/**
 * The local, durable record of runbook runs (Qt Sql, SQLite): each run, the latest state
 * of each of its steps, and its timeline entries with their upload state.
 *
 * The engine writes every transition here first, in one transaction, and only then acts
 * on it (sends the call, emits signals); IncidentTimelineSync reads the queued entries
 * from here. So a run survives a crash of the console, and its timeline survives a server
 * that is down: nothing is held only in memory.
 *
 * It is the runbook_journal component of the console's local store (console.sqlite,
 * LocalDatabase), in tables of its own (runbook_runs, runbook_steps, runbook_timeline),
 * reached from LocalStore::runbookJournal().
 */
class RunbookJournal : public QObject {
    Q_OBJECT

public:
    /// The component's name in the local store's schema_versions.
    static constexpr char kComponent[] = "runbook_journal";

    /// A journal on @p database, opened (and migrated) by its owner, LocalStore.
    explicit RunbookJournal(LocalDatabase* database, QObject* parent = nullptr);
    ~RunbookJournal() override;

    /**
     * The runbook_journal component: its tables and their migrations. Consoles before the
     * shared store kept the journal's version in a table of its own,
     * runbook_journal_schema; the first step adopts such a journal as it is (see the
     * comment in the .cpp).
     */
    static LocalSchema schema();

    /// Whether the local store under the journal is open.
    bool isOpen() const;
    QString errorString() const { return m_errorString; }
    /// The version of the runbook_journal component in the open file.
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
    QSqlDatabase database() const;
    bool fail(const QString& message) const;
    bool writeRun(const RunbookRunRecord& run, bool insert);
    bool writeStep(const QString& runId, const RunbookStepRecord& step);
    bool writeEntry(const IncidentTimelineEntry& entry);
    bool setSync(const QString& entryId, const char* sql, const QVariantList& values);

    QPointer<LocalDatabase> m_database;
    mutable QString m_errorString;
};

}  // namespace recops::console
