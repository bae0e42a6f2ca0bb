// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The runbook journal inside the console's local store: its own tables and version beside
// the profile store's (whose user_version it never touches), round trips of runs, steps
// and timeline entries, the sync queue, refusal of a journal written by a newer console,
// and the report built from it.
#include "core/runbook_journal.h"

#include "core/profile_store.h"
#include "core/runbook_journal_migrations.h"
#include "core/runbook_report.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;

namespace {

RunbookRunRecord sampleRun(const QString& id, const QString& server) {
    RunbookRunRecord run;
    run.id = id;
    run.runbookId = QStringLiteral("sample");
    run.title = QStringLiteral("Sample");
    run.definition = QJsonObject{{QStringLiteral("id"), QStringLiteral("sample")}};
    run.state = RunbookRunState::Running;
    run.currentStep = QStringLiteral("first");
    run.serverUrl = server;
    run.author = QStringLiteral("alice");
    run.severity = QStringLiteral("warning");
    run.incidentLink = IncidentLink::Pending;
    run.createdAtMs = run.updatedAtMs = 1'700'000'000'000;
    return run;
}

IncidentTimelineEntry sampleEntry(const QString& runId, qint64 sequence, const QString& kind) {
    IncidentTimelineEntry entry;
    entry.entryId = IncidentTimelineEntry::newEntryId();
    entry.runId = runId;
    entry.sequence = sequence;
    entry.timeMs = 1'700'000'000'000 + sequence;
    entry.author = QStringLiteral("alice");
    entry.kind = kind;
    entry.text = QStringLiteral("entry %1").arg(sequence);
    entry.stepId = QStringLiteral("first");
    return entry;
}

}  // namespace

class RunbookJournalTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void livesBesideTheProfileStore() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("profiles.sqlite"));
        ProfileStore profiles;
        QVERIFY2(profiles.open(path), qPrintable(profiles.errorString()));
        ConnectionProfile profile;
        profile.name = QStringLiteral("local");
        profile.url = QUrl(QStringLiteral("http://127.0.0.1:8470"));
        QVERIFY(profiles.save(profile));

        RunbookJournal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
        QCOMPARE(journal.schemaVersion(), RunbookJournalMigrations::latestVersion());
        QCOMPARE(profiles.schemaVersion(), ProfileStore::kSchemaVersion);
        QVERIFY(journal.beginRun(
            sampleRun(QStringLiteral("run-1"), QStringLiteral("http://a")), {},
            sampleEntry(QStringLiteral("run-1"), 0, QStringLiteral("run.started"))));
        QCOMPARE(profiles.profiles().size(), 1);
        journal.close();
        profiles.close();

        // Both reopen the shared file, each finding its own schema.
        QVERIFY(profiles.open(path));
        QCOMPARE(profiles.profiles().constFirst().name, QStringLiteral("local"));
        QVERIFY(journal.open(path));
        QCOMPARE(journal.run(QStringLiteral("run-1"))->author, QStringLiteral("alice"));
    }

    void roundTripsRunsStepsAndEntries() {
        QTemporaryDir directory;
        RunbookJournal journal;
        QVERIFY(journal.open(directory.filePath(QStringLiteral("store.sqlite"))));
        RunbookRunRecord run = sampleRun(QStringLiteral("run-1"), QStringLiteral("http://a"));
        RunbookStepRecord step;
        step.stepId = QStringLiteral("first");
        QVERIFY(
            journal.beginRun(run, {step}, sampleEntry(run.id, 0, QStringLiteral("run.started"))));

        run.state = RunbookRunState::Waiting;
        run.nextStep = QStringLiteral("second");
        run.variables =
            QJsonObject{{QStringLiteral("x"), QJsonObject{{QStringLiteral("value"), 3}}}};
        step.state = RunbookStepState::WaitingForApproval;
        step.attempts = 2;
        step.request = QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")}};
        step.explanation = QStringLiteral("why");
        QVERIFY(
            journal.record(run, &step, {sampleEntry(run.id, 1, QStringLiteral("step.waiting"))}));

        const auto stored = journal.run(run.id);
        QCOMPARE(stored->state, RunbookRunState::Waiting);
        QCOMPARE(stored->nextStep, QStringLiteral("second"));
        QCOMPARE(stored->variables, run.variables);
        const QList<RunbookStepRecord> steps = journal.steps(run.id);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.constFirst().state, RunbookStepState::WaitingForApproval);
        QCOMPARE(steps.constFirst().attempts, 2);
        QCOMPARE(steps.constFirst().request, step.request);
        const QList<IncidentTimelineEntry> timeline = journal.timeline(run.id);
        QCOMPARE(timeline.size(), 2);
        QCOMPARE(timeline.at(1).kind, QStringLiteral("step.waiting"));
        QCOMPARE(journal.runs(true).size(), 1);

        // A second entry with a sequence already used is refused, and nothing of it lands.
        run.state = RunbookRunState::Failed;
        QVERIFY(
            !journal.record(run, nullptr, {sampleEntry(run.id, 1, QStringLiteral("duplicate"))}));
        QCOMPARE(journal.run(run.id)->state, RunbookRunState::Waiting);
    }

    void queuesEntriesUntilTheIncidentExists() {
        QTemporaryDir directory;
        RunbookJournal journal;
        QVERIFY(journal.open(directory.filePath(QStringLiteral("store.sqlite"))));
        const RunbookRunRecord run = sampleRun(QStringLiteral("run-1"), QStringLiteral("http://a"));
        QVERIFY(journal.beginRun(run, {}, sampleEntry(run.id, 0, QStringLiteral("run.started"))));
        QVERIFY(journal.record(run, nullptr, {sampleEntry(run.id, 1, QStringLiteral("note"))}));
        QVERIFY(journal.beginRun(
            sampleRun(QStringLiteral("run-2"), QStringLiteral("http://b")), {},
            sampleEntry(QStringLiteral("run-2"), 0, QStringLiteral("run.started"))));

        QCOMPARE(journal.queuedCount(QStringLiteral("http://a")), 2);
        QCOMPARE(journal.runsAwaitingIncident(QStringLiteral("http://a")).size(), 1);
        QVERIFY(
            journal.queuedEntries(QStringLiteral("http://a"), 10).isEmpty());  // no incident yet
        QVERIFY(journal.setIncident(run.id, QStringLiteral("inc-7")));
        QVERIFY(journal.runsAwaitingIncident(QStringLiteral("http://a")).isEmpty());
        // The engine's own writes leave the incident alone.
        QVERIFY(journal.record(run, nullptr, {}));
        QCOMPARE(journal.run(run.id)->incidentId, QStringLiteral("inc-7"));

        const QList<IncidentTimelineEntry> queued =
            journal.queuedEntries(QStringLiteral("http://a"), 10);
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).sequence, 0);
        QVERIFY(journal.markAttempt(queued.at(0).entryId, QStringLiteral("503")));
        QVERIFY(journal.markSent(queued.at(0).entryId, 5));
        QVERIFY(journal.markRejected(queued.at(1).entryId, QStringLiteral("400")));
        QCOMPARE(journal.queuedCount(QStringLiteral("http://a")), 0);
        QCOMPARE(journal.queuedCount(QStringLiteral("http://b")), 1);
        const QList<IncidentTimelineEntry> timeline = journal.timeline(run.id);
        QCOMPARE(timeline.at(0).sync, IncidentTimelineEntry::Sync::Sent);
        QCOMPARE(timeline.at(0).attempts, 2);
        QCOMPARE(timeline.at(1).sync, IncidentTimelineEntry::Sync::Rejected);
        QCOMPARE(timeline.at(1).lastError, QStringLiteral("400"));
    }

    void refusesANewerJournal() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("store.sqlite"));
        {
            RunbookJournal journal;
            QVERIFY(journal.open(path));
        }
        {
            QSqlDatabase database =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            database.setDatabaseName(path);
            QVERIFY(database.open());
            QVERIFY(QSqlQuery(database).exec(
                QStringLiteral("UPDATE runbook_journal_schema SET version = 99")));
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        RunbookJournal journal;
        QVERIFY(!journal.open(path));
        QVERIFY2(journal.errorString().contains(u"newer recops-console"),
                 qPrintable(journal.errorString()));
        QVERIFY(!journal.isOpen());
    }

    void reportsFromTheJournal() {
        RunbookRunRecord run = sampleRun(QStringLiteral("run-1"), QStringLiteral("http://a"));
        run.state = RunbookRunState::Succeeded;
        run.outcome = QStringLiteral("The run reached its end after 2 steps.");
        run.finishedAtMs = run.createdAtMs + 90'000;
        IncidentTimelineEntry decision = sampleEntry(run.id, 1, QStringLiteral("decision"));
        decision.text = QStringLiteral("p95_ms = 240 > 100 → step 'reduce-load'");
        IncidentTimelineEntry skipped = sampleEntry(run.id, 2, QStringLiteral("step.skipped"));
        skipped.data = QJsonObject{{QStringLiteral("reason"), QStringLiteral("done by hand")}};
        const QString report = RunbookReport::markdown(run, {}, {decision, skipped});
        QVERIFY(report.startsWith(u"# Post-incident report: Sample"));
        QVERIFY(report.contains(u"| Duration | 1m 30s |"));
        QVERIFY(report.contains(u"p95_ms = 240 > 100 → step 'reduce-load'"));
        QVERIFY(report.contains(u"- **first**: done by hand"));
        QVERIFY(
            report.contains(u"2 of these entries are not on the server's incident timeline yet."));
        for (const QString& item : RunbookReport::generalChecklist()) {
            QVERIFY(report.contains(u"- [ ] " + item));
        }
    }
};

QTEST_GUILESS_MAIN(RunbookJournalTest)
#include "runbook_journal_test.moc"
