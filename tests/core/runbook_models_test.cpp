// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Runbooks page's models, each driven through its updates under
// QAbstractItemModelTester: the library with its search and alert filter, the runs in the
// journal, a run's timeline as it grows and reaches the server, the steps of a runbook
// before it runs; and what it takes to start a run: typed inputs with their defaults and
// errors, a runbook picked for an alert with inputs from its labels, the viewer's limit.
#include "core/runbook_launch.h"
#include "core/runbook_library.h"
#include "core/runbook_library_filter_model.h"
#include "core/runbook_library_model.h"
#include "core/runbook_loader.h"
#include "core/runbook_run_list_model.h"
#include "core/runbook_step_model.h"
#include "core/runbook_timeline_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace recops::console;

namespace {

Runbook load(const QByteArray& json) {
    RunbookIssues issues;
    const auto runbook = RunbookLoader::load(json, QStringLiteral("case.json"), &issues);
    if (!runbook) {
        qFatal("%s", qPrintable(issues.value(0).toString()));
    }
    return *runbook;
}

// Every kind of input, one without a default; reads only, opens no incident.
const QByteArray kInputs =
    "{\"id\": \"inputs\", \"title\": \"Inputs\", \"description\": \"Every kind of input.\","
    " \"triggers\": [\"HighLatency\"], \"opens_incident\": false,"
    " \"inputs\": ["
    "  {\"name\": \"host\", \"type\": \"string\", \"description\": \"Where.\"},"
    "  {\"name\": \"limit\", \"type\": \"integer\", \"default\": 100, \"description\": \"L.\"},"
    "  {\"name\": \"ratio\", \"type\": \"number\", \"default\": 0.5, \"description\": \"R.\"},"
    "  {\"name\": \"strict\", \"type\": \"boolean\", \"default\": true, \"description\": \"S.\"},"
    "  {\"name\": \"wait\", \"type\": \"duration\", \"default\": \"1h30m\", \"description\": "
    "\"W.\"}"
    " ],"
    " \"steps\": [{\"id\": \"say\", \"kind\": \"note\", \"text\": \"${host} ${limit}\"}]}";

RunbookRunRecord run(const QString& id, RunbookRunState state, qint64 createdAtMs) {
    RunbookRunRecord record;
    record.id = id;
    record.runbookId = QStringLiteral("inputs");
    record.title = QStringLiteral("Inputs");
    record.state = state;
    record.currentStep = QStringLiteral("say");
    record.createdAtMs = record.updatedAtMs = createdAtMs;
    return record;
}

IncidentTimelineEntry entry(qint64 sequence, IncidentTimelineEntry::Sync sync) {
    IncidentTimelineEntry result;
    result.entryId = QStringLiteral("entry-%1").arg(sequence);
    result.runId = QStringLiteral("run-1");
    result.sequence = sequence;
    result.timeMs = 1'767'258'000'000 + sequence * 1'000;
    result.author = QStringLiteral("alice");
    result.kind = QStringLiteral("note");
    result.text = QStringLiteral("p95_ms = 240 > 100 → step 'reduce-load'");
    result.sync = sync;
    return result;
}

}  // namespace

class RunbookModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void theLibrarySearchesAndFiltersByAlert() {
        RunbookLibrary library;
        library.load(QString());  // the built-in runbooks alone
        QVERIFY(library.isValid());
        RunbookLibraryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Runbook> runbooks = library.runbooks();
        runbooks.append(load(kInputs));
        model.setRunbooks(runbooks);
        QCOMPARE(model.rowCount(), 17);  // 16 built-in and one user runbook
        QCOMPARE(model.columnCount(), int(RunbookLibraryModel::ColumnCount));
        const int serviceDown = model.rowOf(QStringLiteral("service-down"));
        QVERIFY(serviceDown >= 0);
        QCOMPARE(model.index(serviceDown, RunbookLibraryModel::TitleColumn).data().toString(),
                 QStringLiteral("Service down or not ready"));
        QCOMPARE(model.index(serviceDown, RunbookLibraryModel::TriggersColumn).data().toString(),
                 QStringLiteral("ServiceNotReady"));
        QCOMPARE(model.index(serviceDown, RunbookLibraryModel::SourceColumn).data().toString(),
                 QStringLiteral("built-in"));
        QCOMPARE(model.index(serviceDown, 0).data(RunbookLibraryModel::ChangesServerStateRole),
                 QVariant(true));  // it opens an incident
        const int health = model.rowOf(QStringLiteral("daily-health-check"));
        QCOMPARE(model.index(health, 0).data(RunbookLibraryModel::ChangesServerStateRole),
                 QVariant(false));  // checks only, no incident

        RunbookLibraryFilterModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), model.rowCount());
        filter.setTrigger(QStringLiteral("ModelLoadFailure"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(RunbookLibraryModel::RunbookIdRole).toString(),
                 QStringLiteral("model-load-failure"));
        filter.setTrigger(QStringLiteral("ServiceNotReady"));
        QCOMPARE(filter.index(0, 0).data(RunbookLibraryModel::RunbookIdRole).toString(),
                 QStringLiteral("service-down"));
        filter.setTrigger(QString());
        filter.setQuery(QStringLiteral("source=built-in token"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setQuery(QStringLiteral("alerts=*latency*"));
        QCOMPARE(filter.rowCount(), 2);
        QStringList latencyRunbooks{
            filter.index(0, 0).data(RunbookLibraryModel::RunbookIdRole).toString(),
            filter.index(1, 0).data(RunbookLibraryModel::RunbookIdRole).toString()};
        latencyRunbooks.sort();
        QCOMPARE(latencyRunbooks,
                 (QStringList{QStringLiteral("high-latency"), QStringLiteral("inputs")}));
        filter.setTrigger(QStringLiteral("ServiceNotReady"));
        QCOMPARE(filter.rowCount(), 0);  // both must hold

        QCOMPARE(
            library.triggers(),
            (QStringList{QStringLiteral("BackupTooOld"), QStringLiteral("DatabasePoolExhausted"),
                         QStringLiteral("ErrorBudgetFastBurn"),
                         QStringLiteral("ErrorBudgetSlowBurn"), QStringLiteral("HighDataDrift"),
                         QStringLiteral("HighErrorRate"), QStringLiteral("HighLatencyP95"),
                         QStringLiteral("LowAvailability"), QStringLiteral("LowCacheHitRate"),
                         QStringLiteral("ModelLoadFailure"), QStringLiteral("ServiceNotReady")}));
    }

    void theRunListUpdatesInPlaceAndResetsForOtherRuns() {
        RunbookRunListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns({run(QStringLiteral("b"), RunbookRunState::Waiting, 2'000),
                       run(QStringLiteral("a"), RunbookRunState::Succeeded, 1'000)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unfinished().size(), 1);
        QCOMPARE(model.unfinished().constFirst().id, QStringLiteral("b"));
        QCOMPARE(model.index(0, RunbookRunListModel::StateColumn).data().toString(),
                 QStringLiteral("Waiting for a person"));
        QCOMPARE(model.index(0, RunbookRunListModel::StepColumn).data().toString(),
                 QStringLiteral("say"));
        QCOMPARE(model.index(1, RunbookRunListModel::StepColumn).data().toString(), QString());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        RunbookRunRecord moved = run(QStringLiteral("b"), RunbookRunState::Running, 2'000);
        moved.updatedAtMs = 3'000;
        model.setRuns({moved, run(QStringLiteral("a"), RunbookRunState::Succeeded, 1'000)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, 0).data(RunbookRunListModel::StateRole).toString(),
                 QStringLiteral("running"));

        model.setRuns({run(QStringLiteral("c"), RunbookRunState::Halted, 4'000), moved,
                       run(QStringLiteral("a"), RunbookRunState::Succeeded, 1'000)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("a")), 2);
        QCOMPARE(model.headerData(RunbookRunListModel::AuthorColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Run by"));
    }

    void theTimelineGrowsAndFollowsTheUploads() {
        RunbookTimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using Sync = IncidentTimelineEntry::Sync;
        model.setEntries({entry(0, Sync::Queued), entry(1, Sync::Queued)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RunbookTimelineModel::SyncColumn).data().toString(),
                 QStringLiteral("queued"));
        // Timeline text is the team's record, shown as journaled.
        QCOMPARE(model.index(0, RunbookTimelineModel::TextColumn).data().toString(),
                 QStringLiteral("p95_ms = 240 > 100 → step 'reduce-load'"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        IncidentTimelineEntry sent = entry(0, Sync::Sent);
        sent.attempts = 1;
        model.setEntries({sent, entry(1, Sync::Queued), entry(2, Sync::Queued)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.constFirst().at(1).toInt(), 2);
        QCOMPARE(changed.size(), 1);  // only the entry that reached the server
        QCOMPARE(model.index(0, RunbookTimelineModel::SyncColumn).data().toString(),
                 QStringLiteral("sent"));
        QCOMPARE(model.count(Sync::Queued), 2);
        QCOMPARE(model.count(Sync::Sent), 1);

        // Another run's timeline replaces it.
        IncidentTimelineEntry other = entry(0, Sync::LocalOnly);
        other.entryId = QStringLiteral("other-0");
        model.setEntries({other});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.index(0, RunbookTimelineModel::SyncColumn).data().toString(),
                 QStringLiteral("local only"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void stepsShowBeforeARunAndSummariseCalls() {
        RunbookLibrary library;
        library.load(QString());
        const Runbook rotation = *library.find(QStringLiteral("token-rotation"));
        RunbookStepModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(rotation, {});
        QCOMPARE(model.rowCount(), static_cast<int>(rotation.steps.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(RunbookStepModel::StateRole).toString(),
                     QStringLiteral("pending"));
        }
        const int revoke = model.rowOf(QStringLiteral("revoke-old-token"));
        QCOMPARE(model.index(revoke, RunbookStepModel::KindColumn).data().toString(),
                 QStringLiteral("Action"));
        QCOMPARE(model.index(revoke, 0).data(RunbookStepModel::DestructiveRole), QVariant(true));
        QCOMPARE(model.headerData(RunbookStepModel::ExplanationColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Explanation"));

        RunbookStepRecord record;
        record.stepId = QStringLiteral("list-tokens");
        record.state = RunbookStepState::WaitingForApproval;
        record.request = QJsonObject{
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("path"), QStringLiteral("/api/v1/tokens")},
            {QStringLiteral("query"), QJsonObject{{QStringLiteral("limit"), QStringLiteral("5")}}}};
        record.result = QJsonObject{{QStringLiteral("http_status"), 200},
                                    {QStringLiteral("latency_ms"), 2.4},
                                    {QStringLiteral("captured"),
                                     QJsonObject{{QStringLiteral("token_count"), 3},
                                                 {QStringLiteral("name"), QStringLiteral("ops")}}}};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.update(record);
        QCOMPARE(changed.size(), 1);
        const int list = model.rowOf(QStringLiteral("list-tokens"));
        QCOMPARE(model.index(list, RunbookStepModel::StateColumn).data().toString(),
                 QStringLiteral("Waiting for approval"));
        QCOMPARE(model.index(list, RunbookStepModel::RequestColumn).data().toString(),
                 QStringLiteral("GET /api/v1/tokens?limit=5"));
        QCOMPARE(model.index(list, RunbookStepModel::ResultColumn).data().toString(),
                 QStringLiteral("HTTP 200 · 2.4 ms · name = \"ops\", token_count = 3"));
        QCOMPARE(RunbookStepModel::resultSummary(
                     QJsonObject{{QStringLiteral("http_status"), 0},
                                 {QStringLiteral("error"), QStringLiteral("connection refused")}}),
                 QStringLiteral("connection refused"));
        QCOMPARE(RunbookStepModel::resultSummary({}), QString());
    }

    void aLaunchTypesItsInputsAndSaysWhatIsWrong() {
        const Runbook runbook = load(kInputs);
        RunbookLaunch launch(runbook);
        QCOMPARE(RunbookLaunch::defaultText(*runbook.input(QStringLiteral("wait"))),
                 QStringLiteral("1h30m"));
        QCOMPARE(RunbookLaunch::defaultText(*runbook.input(QStringLiteral("ratio"))),
                 QStringLiteral("0.5"));
        QCOMPARE(RunbookLaunch::defaultText(*runbook.input(QStringLiteral("host"))), QString());
        // host has no default; everything else may stay empty.
        QVERIFY(!launch.isValid());
        QVERIFY(launch.error(QStringLiteral("host")).startsWith(u"Required"));
        QVERIFY(launch.error(QStringLiteral("limit")).isEmpty());
        QVERIFY(!launch.inputs());

        launch.setText(QStringLiteral("host"), QStringLiteral("db-1"));
        launch.setText(QStringLiteral("limit"), QStringLiteral("ten"));
        launch.setText(QStringLiteral("wait"), QStringLiteral("30"));
        launch.setText(QStringLiteral("strict"), QStringLiteral("maybe"));
        QVERIFY(launch.error(QStringLiteral("limit")).contains(u"whole number"));
        QVERIFY(launch.error(QStringLiteral("wait")).contains(u"duration"));
        QVERIFY(launch.error(QStringLiteral("strict")).contains(u"true or false"));
        QVERIFY(!launch.isValid());

        launch.setText(QStringLiteral("limit"), QStringLiteral(" 250 "));
        launch.setText(QStringLiteral("wait"), QStringLiteral("5m"));
        launch.setText(QStringLiteral("strict"), QStringLiteral("no"));
        QVERIFY(launch.isValid());
        const auto inputs = launch.inputs();
        QVERIFY(inputs);
        QCOMPARE(*inputs, (QJsonObject{{QStringLiteral("host"), QStringLiteral("db-1")},
                                       {QStringLiteral("limit"), 250},
                                       {QStringLiteral("ratio"), 0.5},
                                       {QStringLiteral("strict"), false},
                                       {QStringLiteral("wait"), 300}}));
    }

    void anAlertPicksItsRunbookAndFillsInputsFromItsLabels() {
        RunbookLibrary library;
        library.load(QString());
        const QVariantMap labels{{QStringLiteral("unit"), QStringLiteral("recopsd-eu")},
                                 {QStringLiteral("severity"), QStringLiteral("critical")}};
        const auto launch =
            RunbookLaunch::forAlert(library, QStringLiteral("ServiceNotReady"), labels);
        QVERIFY(launch);
        QCOMPARE(launch->runbook().id, QStringLiteral("service-down"));
        QCOMPARE(launch->text(QStringLiteral("unit")), QStringLiteral("recopsd-eu"));
        QCOMPARE(launch->text(QStringLiteral("host")), QString());  // no such label: the default
        QCOMPARE(launch->alertName(), QStringLiteral("ServiceNotReady"));
        QCOMPARE(launch->alertLabels().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("critical"));
        QCOMPARE(launch->inputs()->value(QStringLiteral("unit")).toString(),
                 QStringLiteral("recopsd-eu"));
        QCOMPARE(launch->inputs()->value(QStringLiteral("ready_timeout")).toDouble(), 600.0);
        QVERIFY(!RunbookLaunch::forAlert(library, QStringLiteral("NoSuchAlert"), labels));
    }

    void aViewerStartsNoRunbookWithActionSteps() {
        RunbookLibrary library;
        library.load(QString());
        const Runbook rotation = *library.find(QStringLiteral("token-rotation"));
        QCOMPARE(rotation.actionStepIds(), (QStringList{QStringLiteral("create-replacement"),
                                                        QStringLiteral("revoke-old-token")}));
        const QString refusal = RunbookLaunch::roleRefusal(rotation, QStringLiteral("viewer"));
        QVERIFY2(refusal.contains(u"create-replacement, revoke-old-token"), qPrintable(refusal));
        QVERIFY(RunbookLaunch::roleRefusal(rotation, QStringLiteral("operator")).isEmpty());
        // A runbook without action steps is open to a viewer.
        QVERIFY(RunbookLaunch::roleRefusal(*library.find(QStringLiteral("service-down")),
                                           QStringLiteral("viewer"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(RunbookModelsTest)
#include "runbook_models_test.moc"
