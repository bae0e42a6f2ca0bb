// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The runbook journal as the runbook_journal component of the console's local store:
// beside the other components in one file, a journal written before it joined the store
// read as it was (runs, steps, timeline, report, a resume), round trips of runs, steps and
// timeline entries, the sync queue, refusal of a journal written by a newer console, and
// the report built from it.
#include "core/runbook_journal.h"

#include "core/local_database.h"
#include "core/local_store.h"
#include "core/profile_store.h"
#include "core/runbook_engine.h"
#include "core/runbook_report.h"
#include "core/runbook_step_model.h"
#include "support/raw_sqlite.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::console::testing::executeRawSql;

namespace {

const QString kOldRunFinished = QStringLiteral("7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a001");
const QString kOldRunWaiting = QStringLiteral("7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a002");

// The statements of tests/core/data/journal/runbook-journal-schema-1.sql, one per ';' at
// the end of a line, without its comment lines.
QStringList oldJournalStatements() {
    QFile file(QStringLiteral(RECOPS_JOURNAL_TEST_DATA "/runbook-journal-schema-1.sql"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    QStringList statements;
    QString current;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u"--")) {
            continue;
        }
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    return statements;
}

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int scalar(LocalDatabase* database, const QString& sql) {
    QSqlQuery query(database->database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

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
    void init() {
        m_directory.emplace();
        QVERIFY(m_directory->isValid());
        m_path = m_directory->filePath(QStringLiteral("console.sqlite"));
    }

    void isAComponentOfTheLocalStore() {
        {
            LocalStore store;
            QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
            RunbookJournal* journal = store.runbookJournal();
            QVERIFY(journal->isOpen());
            QCOMPARE(journal->schemaVersion(), RunbookJournal::schema().version());
            QCOMPARE(store.database()->componentVersion(QStringLiteral("runbook_journal")), 1);
            ConnectionProfile profile;
            profile.name = QStringLiteral("local");
            profile.url = QUrl(QStringLiteral("http://127.0.0.1:8470"));
            QVERIFY(store.profiles()->save(profile));
            QVERIFY(journal->beginRun(
                sampleRun(QStringLiteral("run-1"), QStringLiteral("http://a")), {},
                sampleEntry(QStringLiteral("run-1"), 0, QStringLiteral("run.started"))));
        }
        // One file, reopened: every component finds its own tables.
        LocalStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.profiles()->profiles().constFirst().name, QStringLiteral("local"));
        QCOMPARE(store.runbookJournal()->run(QStringLiteral("run-1"))->author,
                 QStringLiteral("alice"));
        // The journal has no connection of its own: it is gone with the store's.
        store.database()->close();
        QVERIFY(!store.runbookJournal()->isOpen());
    }

    void readsAJournalWrittenBeforeTheMove_data() {
        QTest::addColumn<bool>("besideProfiles");
        // The headless runner alone wrote it: no schema_versions, user_version 0.
        QTest::newRow("journal alone") << false;
        // A console had opened the local store too: format 2, the journal not listed.
        QTest::newRow("beside the profiles") << true;
    }

    void readsAJournalWrittenBeforeTheMove() {
        QFETCH(bool, besideProfiles);
        if (besideProfiles) {
            LocalDatabase database;
            QList<LocalSchema> before = LocalSchemas::all();
            before.removeIf([](const LocalSchema& schema) {
                return schema.component == QLatin1StringView(RunbookJournal::kComponent);
            });
            QVERIFY(database.open(m_path, before));
        }
        executeRawSql(m_path, oldJournalStatements());

        LocalStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        RunbookJournal* journal = store.runbookJournal();
        QCOMPARE(journal->schemaVersion(), 1);
        // The old bookkeeping now turns away a console from before the move.
        QCOMPARE(scalar(store.database(), QStringLiteral("SELECT version FROM "
                                                         "runbook_journal_schema")),
                 2);
        QCOMPARE(scalar(store.database(), QStringLiteral("SELECT count(*) FROM "
                                                         "runbook_journal_schema")),
                 1);

        const QList<RunbookRunRecord> runs = journal->runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).id, kOldRunWaiting);  // newest first
        QCOMPARE(journal->runs(true).size(), 1);
        const auto finished = journal->run(kOldRunFinished);
        QVERIFY(finished);
        QCOMPARE(finished->state, RunbookRunState::Succeeded);
        QCOMPARE(finished->incidentLink, IncidentLink::Created);
        QCOMPARE(finished->incidentId, QStringLiteral("inc-12"));
        QCOMPARE(finished->inputs.value(QStringLiteral("unit")).toString(),
                 QStringLiteral("recopsd"));
        const QList<RunbookStepRecord> steps = journal->steps(kOldRunFinished);
        QCOMPARE(steps.size(), 2);
        const QList<IncidentTimelineEntry> timeline = journal->timeline(kOldRunFinished);
        QCOMPARE(timeline.size(), 3);
        QCOMPARE(timeline.at(1).kind, QStringLiteral("step.skipped"));
        QCOMPARE(timeline.at(1).sync, IncidentTimelineEntry::Sync::Sent);
        QCOMPARE(journal->queuedCount(QStringLiteral("http://127.0.0.1:8470")), 2);
        QCOMPARE(journal->runsAwaitingIncident(QStringLiteral("http://127.0.0.1:8470")).size(), 1);
        const QString report = RunbookReport::markdown(*journal, kOldRunFinished);
        QVERIFY(report.contains(u"| Incident | `inc-12` |"));
        QVERIFY(report.contains(u"- **restart-service**: recopsd answered again"));

        // The waiting run goes on where it was, continuing the same sequence.
        RunbookEngine engine(nullptr, journal);
        QSignalSpy waiting(&engine, &RunbookEngine::waitingForPerson);
        QVERIFY2(engine.resume(kOldRunWaiting), qPrintable(engine.errorString()));
        QTRY_COMPARE(waiting.size(), 1);
        QCOMPARE(engine.currentStepId(), QStringLiteral("restart-service"));
        QCOMPARE(engine.currentCommandForClipboard(),
                 QStringLiteral("sudo systemctl restart recopsd"));
        QVERIFY(engine.confirm(QStringLiteral("bob")));
        QTRY_VERIFY(engine.isFinished());
        QCOMPARE(engine.state(), RunbookRunState::Succeeded);
        const QList<IncidentTimelineEntry> resumed = journal->timeline(kOldRunWaiting);
        QCOMPARE(resumed.at(2).kind, QStringLiteral("run.resumed"));
        for (qsizetype index = 0; index < resumed.size(); ++index) {
            QCOMPARE(resumed.at(index).sequence, index);
        }
        QCOMPARE(engine.stepModel()->rowCount(), 3);
    }

    void roundTripsRunsStepsAndEntries() {
        LocalStore store;
        QVERIFY(store.open(m_path));
        RunbookJournal& journal = *store.runbookJournal();
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
        LocalStore store;
        QVERIFY(store.open(m_path));
        RunbookJournal& journal = *store.runbookJournal();
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
        {
            LocalStore store;
            QVERIFY(store.open(m_path));
        }
        executeRawSql(m_path, {QStringLiteral("UPDATE schema_versions SET version = 99 WHERE "
                                              "component = 'runbook_journal'")});
        const QByteArray before = contentsOf(m_path);
        LocalStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(
            store.errorString().contains(u"newer recops-console (runbook_journal at version 99"),
            qPrintable(store.errorString()));
        QVERIFY(!store.runbookJournal()->isOpen());
        QCOMPARE(contentsOf(m_path), before);
        RunbookEngine engine(nullptr, store.runbookJournal());
        QVERIFY(!engine.resume(QStringLiteral("run-1")));
        QVERIFY(engine.errorString().contains(u"journal is not open"));
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

private:
    std::optional<QTemporaryDir> m_directory;
    QString m_path;
};

QTEST_GUILESS_MAIN(RunbookJournalTest)
#include "runbook_journal_test.moc"
