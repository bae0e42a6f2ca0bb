// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The runbook engine against the real recopsd: decisions that explain themselves, skip,
// retry and abort, approvals and confirmations that block, journal-first transitions and
// a run that survives the destruction of its engine. Steps run through the console's own
// ApiClient; the runbooks are the files in cases/runbooks/.
//
// Two parts use a scripted loopback server instead of recopsd, each for a reason: the
// journal-first check needs a server that looks into the journal at the moment a call
// arrives, and the timeline sync needs the incidents API (POST /api/v1/incidents and
// /api/v1/incidents/{id}/timeline), which this recopsd does not serve yet. The receiver
// below implements those two endpoints as the contract says — 201 with an id, 201 for a
// new entry_id and 200 for a known one — and can be stopped and started on its port.
#include "core/runbook_engine.h"

#include "core/api_client.h"
#include "core/api_reply.h"
#include "core/incident_timeline_sync.h"
#include "core/local_store.h"
#include "core/runbook_journal.h"
#include "core/runbook_loader.h"
#include "core/runbook_step_model.h"
#include "core/secret_store.h"
#include "integration/support/child_process.h"
#include "integration/support/recopsd_process.h"
#include "support/loopback_http_server.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

namespace {

Runbook loadCase(const char* name) {
    RunbookIssues issues;
    const auto runbook = RunbookLoader::loadFile(
        QStringLiteral(RECOPS_RUNBOOK_CASES "/%1.json").arg(QLatin1StringView(name)), &issues);
    if (!runbook) {
        qFatal("%s", qPrintable(issues.value(0).toString()));
    }
    return *runbook;
}

/// A run by author, in incidentId when given; no alert (RunbookSession fills that in).
RunbookEngine::StartOptions startedBy(const QString& author, const QString& incidentId = {}) {
    RunbookEngine::StartOptions options;
    options.author = author;
    options.incidentId = incidentId;
    return options;
}

QStringList kinds(const QList<IncidentTimelineEntry>& entries) {
    QStringList result;
    for (const IncidentTimelineEntry& entry : entries) {
        result.append(entry.kind);
    }
    return result;
}

// The incidents API of the contract, remembered in memory.
class IncidentReceiver {
public:
    explicit IncidentReceiver(LoopbackHttpServer* server) {
        server->setHandler([this](const LoopbackHttpServer::Request& request)
                               -> std::optional<LoopbackHttpServer::Response> {
            if (!m_serving || request.method != "POST") {
                return std::nullopt;  // 404, like a server without the API
            }
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (request.path == "/api/v1/incidents") {
                for (const char* field : {"title", "severity", "summary", "alert_ids"}) {
                    if (!body.contains(QLatin1StringView(field))) {
                        return LoopbackHttpServer::problem(
                            400, QStringLiteral("urn:recops:problem:invalid-request"),
                            QStringLiteral("Invalid"), QLatin1StringView(field),
                            QStringLiteral("r"));
                    }
                }
                incidents.append(body);
                return LoopbackHttpServer::json(
                    201, QStringLiteral("{\"id\":\"inc-%1\",\"title\":\"x\"}")
                             .arg(incidents.size())
                             .toUtf8());
            }
            static const QRegularExpression timeline(
                QStringLiteral("^/api/v1/incidents/([^/]+)/timeline$"));
            const auto match = timeline.match(QString::fromUtf8(request.path));
            if (!match.hasMatch()) {
                return std::nullopt;
            }
            const QString entryId = body.value(QStringLiteral("entry_id")).toString();
            ++timelinePosts;
            if (entryIds.contains(entryId)) {
                return LoopbackHttpServer::json(200, "{}");
            }
            entryIds.insert(entryId);
            entries.append(body);
            incidentOfEntries.insert(match.captured(1));
            return LoopbackHttpServer::json(201, "{}");
        });
    }
    void setServing(bool serving) { m_serving = serving; }

    QList<QJsonObject> incidents;
    QList<QJsonObject> entries;
    QSet<QString> entryIds;
    QSet<QString> incidentOfEntries;
    int timelinePosts = 0;

private:
    bool m_serving = true;
};

}  // namespace

class RunbookEngineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_scratch.isValid());
        RecopsdOptions options;
        options.dataDirectory = m_scratch.filePath(QStringLiteral("data")).toStdString();
        try {
            m_token = QString::fromStdString(
                recops::testing::createToken(options.dataDirectory, "admin", "runbook-admin"));
            m_recopsd.emplace(options);
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
    }

    void init() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        m_journalFile = m_scratch.filePath(QStringLiteral("journal-%1.sqlite").arg(++m_runs));
        m_store.emplace();
        QVERIFY2(m_store->open(m_journalFile), qPrintable(m_store->errorString()));
        m_journal = m_store->runbookJournal();
        m_client.emplace();
        m_client->setBaseUrl(QUrl(url()));
        m_client->setToken(m_token);
        m_engine.emplace(&*m_client, m_journal);
        m_tester.emplace(m_engine->stepModel(),
                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_tester.reset();
        m_engine.reset();
        m_client.reset();
        m_journal = nullptr;
        m_store.reset();
    }

    void decisionsExplainThemselves() {
        QSignalSpy finished(&*m_engine, &RunbookEngine::finished);
        QVERIFY(m_engine->start(loadCase("decide"),
                                QJsonObject{{QStringLiteral("minimum_uptime"), 0}},
                                startedBy(QStringLiteral("alice"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QCOMPARE(m_engine->state(), RunbookRunState::Succeeded);
        const QList<IncidentTimelineEntry> timeline = m_journal->timeline(m_engine->runId());
        QCOMPARE(kinds(timeline),
                 (QStringList{QStringLiteral("run.started"), QStringLiteral("step.started"),
                              QStringLiteral("step.succeeded"), QStringLiteral("decision"),
                              QStringLiteral("note"), QStringLiteral("run.finished")}));
        const QString decision = timeline.at(3).text;
        // A fresh recopsd is healthy and serves no model; its uptime is whatever it is.
        static const QRegularExpression expected(QStringLiteral(
            "^status = \"healthy\" == \"degraded\" is false; model = null == null \\[true\\] and "
            "uptime \\([0-9.]+\\) >= minimum_uptime \\(0\\) \\[true\\] → step 'no-model'$"));
        QVERIFY2(expected.match(decision).hasMatch(), qPrintable(decision));
        QCOMPARE(timeline.at(3).data.value(QStringLiteral("next")).toString(),
                 QStringLiteral("no-model"));
        QVERIFY(timeline.at(4).text.startsWith(u"Healthy for "));
        QCOMPARE(timeline.at(1).author, QStringLiteral("alice"));

        // The same explanation is in the step model, the step's latest state.
        RunbookStepModel* model = m_engine->stepModel();
        const int row = model->rowOf(QStringLiteral("branch"));
        QCOMPARE(model->index(row, 0).data(RunbookStepModel::ExplanationRole).toString(), decision);
        QCOMPARE(model->index(row, 0).data(RunbookStepModel::StateRole).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(model->index(model->rowOf(QStringLiteral("degraded")), 0)
                     .data(RunbookStepModel::StateRole),
                 QVariant(QStringLiteral("pending")));
        const QJsonObject result = model->index(model->rowOf(QStringLiteral("health")), 0)
                                       .data(RunbookStepModel::ResultRole)
                                       .toJsonObject();
        QCOMPARE(result.value(QStringLiteral("http_status")).toInt(), 200);
        QVERIFY(result.value(QStringLiteral("request_id")).toString().startsWith(u"console-"));
    }

    void haltsThenRetriesSkipsApprovesAndConfirms() {
        QSignalSpy halted(&*m_engine, &RunbookEngine::halted);
        QSignalSpy waiting(&*m_engine, &RunbookEngine::waitingForPerson);
        QSignalSpy finished(&*m_engine, &RunbookEngine::finished);
        QVERIFY(m_engine->start(loadCase("operate"), {}, startedBy(QStringLiteral("alice"))));
        QTRY_COMPARE_WITH_TIMEOUT(halted.size(), 1, 20'000);
        QCOMPARE(m_engine->state(), RunbookRunState::Halted);
        QVERIFY2(m_engine->currentStepRecord().explanation.contains(u"answered 404"),
                 qPrintable(m_engine->currentStepRecord().explanation));
        QVERIFY(!m_engine->skip(QStringLiteral("alice"),
                                QStringLiteral("  ")));  // a reason is required

        QVERIFY(m_engine->retry(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(halted.size(), 2, 20'000);
        QCOMPARE(m_engine->currentStepRecord().executions, 2);

        QVERIFY(m_engine->skip(QStringLiteral("alice"),
                               QStringLiteral("the route does not exist yet")));
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 20'000);
        QCOMPARE(m_engine->currentStepId(), QStringLiteral("approve"));
        QCOMPARE(m_engine->currentStepRecord().state, RunbookStepState::WaitingForApproval);
        QVERIFY(!m_engine->confirm(QStringLiteral("alice")));  // an approval is not a confirmation
        // Blocked: the event loop runs through a whole call to recopsd, and the run stays.
        const int tokensBefore = tokenCount();
        QCOMPARE(m_engine->currentStepId(), QStringLiteral("approve"));
        QCOMPARE(m_engine->state(), RunbookRunState::Waiting);

        QVERIFY(m_engine->approve(QStringLiteral("bob"), QStringLiteral("go ahead")));
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 2, 20'000);
        QCOMPARE(m_engine->currentStepId(), QStringLiteral("create"));
        QCOMPARE(m_engine->currentStepRecord().state, RunbookStepState::WaitingForConfirmation);
        QCOMPARE(tokenCount(), tokensBefore);  // the destructive call waits for its confirmation

        QVERIFY(m_engine->confirm(QStringLiteral("carol")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QCOMPARE(m_engine->state(), RunbookRunState::Succeeded);
        QCOMPARE(tokenCount(), tokensBefore + 1);

        const QList<IncidentTimelineEntry> timeline = m_journal->timeline(m_engine->runId());
        const auto find = [&](const char* kind) {
            for (const IncidentTimelineEntry& entry : timeline) {
                if (entry.kind == QLatin1StringView(kind)) {
                    return entry;
                }
            }
            return IncidentTimelineEntry();
        };
        QCOMPARE(find("step.skipped").data.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("the route does not exist yet"));
        QCOMPARE(find("step.skipped").author, QStringLiteral("alice"));
        QCOMPARE(find("approval").author, QStringLiteral("bob"));
        QVERIFY(find("approval").text.contains(u"go ahead"));
        QCOMPARE(find("confirmation").author, QStringLiteral("carol"));
        QCOMPARE(find("step.retried").author, QStringLiteral("alice"));
        // Every entry is local only: this runbook opens no incident.
        for (const IncidentTimelineEntry& entry : timeline) {
            QCOMPARE(entry.sync, IncidentTimelineEntry::Sync::LocalOnly);
        }
    }

    void aRejectionTakesOnFailureAndAbortEnds() {
        QSignalSpy waiting(&*m_engine, &RunbookEngine::waitingForPerson);
        QSignalSpy finished(&*m_engine, &RunbookEngine::finished);
        QSignalSpy halted(&*m_engine, &RunbookEngine::halted);
        QVERIFY(m_engine->start(loadCase("operate"), {}, startedBy(QStringLiteral("alice"))));
        QTRY_COMPARE_WITH_TIMEOUT(halted.size(), 1, 20'000);
        QVERIFY(m_engine->skip(QStringLiteral("alice"), QStringLiteral("skip it")));
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 20'000);
        QVERIFY(m_engine->reject(QStringLiteral("bob"), QStringLiteral("not now")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        // rejected → note → abort: the run fails, with the reason on record.
        QCOMPARE(m_engine->state(), RunbookRunState::Failed);
        QCOMPARE(m_engine->currentStepId(), QStringLiteral("rejected"));
        const RunbookStepRecord approval =
            m_engine->stepModel()->record(m_engine->stepModel()->rowOf(QStringLiteral("approve")));
        QCOMPARE(approval.state, RunbookStepState::Failed);
        QCOMPARE(approval.actor, QStringLiteral("bob"));
        QVERIFY(approval.explanation.contains(u"bob rejected it: not now"));

        // Aborting a run that waits.
        init();
        QSignalSpy halted2(&*m_engine, &RunbookEngine::halted);
        QSignalSpy finished2(&*m_engine, &RunbookEngine::finished);
        QVERIFY(m_engine->start(loadCase("operate"), {}, startedBy(QStringLiteral("alice"))));
        QTRY_COMPARE_WITH_TIMEOUT(halted2.size(), 1, 20'000);
        QVERIFY(m_engine->abort(QStringLiteral("alice"), QStringLiteral("wrong runbook")));
        QCOMPARE(finished2.size(), 1);
        QCOMPARE(m_engine->state(), RunbookRunState::Aborted);
        QCOMPARE(m_journal->run(m_engine->runId())->state, RunbookRunState::Aborted);
        QVERIFY(m_journal->run(m_engine->runId())->outcome.contains(u"wrong runbook"));
        QVERIFY(!m_engine->retry(QStringLiteral("alice")));
    }

    void journalsFirstAndResumesAfterARestart() {
        LoopbackHttpServer scripted;
        QVERIFY(scripted.start());
        // Each call is looked up in the journal the moment it arrives: the step must be on
        // record as started, with this attempt counted, before the call left the console.
        QStringList journalAtArrival;
        QString stage = QStringLiteral("warming");
        scripted.setHandler([&](const LoopbackHttpServer::Request& request)
                                -> std::optional<LoopbackHttpServer::Response> {
            LocalStore reader;
            if (reader.open(m_journalFile)) {
                RunbookJournal* journal = reader.runbookJournal();
                for (const RunbookRunRecord& run : journal->runs()) {
                    for (const RunbookStepRecord& step : journal->steps(run.id)) {
                        if (step.state == RunbookStepState::Running && step.attempts > 0) {
                            journalAtArrival.append(
                                QStringLiteral("%1:%2:%3")
                                    .arg(step.stepId)
                                    .arg(step.attempts)
                                    .arg(step.request.value(QStringLiteral("path")).toString()));
                        }
                    }
                }
            }
            if (request.path != "/probe") {
                return std::nullopt;
            }
            return LoopbackHttpServer::json(
                200, QStringLiteral("{\"stage\":\"%1\"}").arg(stage).toUtf8());
        });
        m_client->setBaseUrl(QUrl(scripted.baseUrl()));

        QSignalSpy waiting(&*m_engine, &RunbookEngine::waitingForPerson);
        QVERIFY(m_engine->start(loadCase("pause"), {}, startedBy(QStringLiteral("alice"))));
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 20'000);
        QCOMPARE(journalAtArrival, QStringList{QStringLiteral("probe:1:/probe")});
        const QString runId = m_engine->runId();
        QCOMPARE(m_engine->currentCommandForClipboard(), QStringLiteral("echo warming"));

        // The console stops while the manual step waits; a new engine picks the run up.
        m_tester.reset();
        m_engine.reset();
        m_engine.emplace(&*m_client, m_journal);
        QSignalSpy resumedWaiting(&*m_engine, &RunbookEngine::waitingForPerson);
        QVERIFY2(m_engine->resume(runId), qPrintable(m_engine->errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(resumedWaiting.size(), 1, 20'000);
        QCOMPARE(m_engine->currentStepId(), QStringLiteral("operator"));
        QCOMPARE(m_engine->state(), RunbookRunState::Waiting);
        QCOMPARE(m_engine->variables().value(QStringLiteral("stage")),
                 QJsonValue(QStringLiteral("warming")));
        QVERIFY(m_engine->confirm(QStringLiteral("alice")));

        // It polls the scripted server, which is not settled yet; it stops again mid-wait.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_engine->currentStepId() == u"settle" && m_engine->currentStepRecord().attempts >= 2,
            20'000);
        const qint64 deadline = m_engine->currentStepRecord().deadlineMs;
        QVERIFY(deadline > 0);
        m_engine.reset();
        m_engine.emplace(&*m_client, m_journal);
        QSignalSpy finished(&*m_engine, &RunbookEngine::finished);
        QVERIFY(m_engine->resume(runId));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->currentStepRecord().attempts >= 3, 20'000);
        QCOMPARE(m_engine->currentStepRecord().deadlineMs, deadline);  // the wait kept its deadline
        stage = QStringLiteral("ready");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QCOMPARE(m_engine->state(), RunbookRunState::Succeeded);

        const QList<IncidentTimelineEntry> timeline = m_journal->timeline(runId);
        QCOMPARE(kinds(timeline).count(QStringLiteral("run.resumed")), 2);
        QCOMPARE(timeline.constLast().kind, QStringLiteral("run.finished"));
        QCOMPARE(timeline.at(timeline.size() - 2).text, QStringLiteral("Settled at ready."));
        for (qsizetype index = 0; index < timeline.size(); ++index) {
            QCOMPARE(timeline.at(index).sequence, index);  // one unbroken sequence across engines
        }
        QVERIFY(journalAtArrival.contains(QStringLiteral("settle:1:/probe")));
    }

    void secretsStayOutOfTheJournalAndAnInterruptedActionWaits() {
        LoopbackHttpServer scripted;
        QVERIFY(scripted.start());
        const QByteArray key = "k3y-7f1e9a0c";
        scripted.setRoute("POST", "/issue",
                          LoopbackHttpServer::json(201, "{\"key\":\"" + key + "\"}"));
        LoopbackHttpServer::Response slow = LoopbackHttpServer::json(200, "{}");
        slow.delayMs = 60'000;  // answers long after the engine is gone
        scripted.setRoute("POST", "/slow", slow);
        m_client->setBaseUrl(QUrl(scripted.baseUrl()));
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        m_engine->setSecretStore(&secrets);

        QSignalSpy waiting(&*m_engine, &RunbookEngine::waitingForPerson);
        QVERIFY(m_engine->start(loadCase("secret"), {}, startedBy(QStringLiteral("alice"))));
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 20'000);
        QCOMPARE(m_engine->revealedSecrets().value(QStringLiteral("key")),
                 QString::fromLatin1(key));
        QCOMPARE(m_engine->currentCommandForClipboard(),
                 QStringLiteral("store ") + QString::fromLatin1(key));
        const QString runId = m_engine->runId();
        const auto readJournal = [&] {
            // The local store is in WAL mode: what was written lately is in the -wal file.
            QByteArray bytes;
            for (const QString& path : QStringList{m_journalFile, m_journalFile + u"-wal"}) {
                QFile file(path);
                bytes += file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }
            return bytes;
        };
        QVERIFY(!readJournal().contains(key));
        QVERIFY(readJournal().contains("[secret]"));
        // No keyring in this test: the store keeps the secret for the session.
        QTRY_COMPARE_WITH_TIMEOUT(secrets.backend(), SecretStore::Backend::SessionOnly, 20'000);

        // A restart with the same secret store brings the secret back.
        m_tester.reset();
        m_engine.reset();
        m_engine.emplace(&*m_client, m_journal);
        m_engine->setSecretStore(&secrets);
        QSignalSpy resumed(&*m_engine, &RunbookEngine::waitingForPerson);
        QVERIFY(m_engine->resume(runId));
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 20'000);
        QCOMPARE(m_engine->revealedSecrets().value(QStringLiteral("key")),
                 QString::fromLatin1(key));

        // One without it says what it lost.
        m_engine.reset();
        m_engine.emplace(&*m_client, m_journal);
        QSignalSpy forgotten(&*m_engine, &RunbookEngine::waitingForPerson);
        QVERIFY(m_engine->resume(runId));
        QTRY_COMPARE_WITH_TIMEOUT(forgotten.size(), 1, 20'000);
        QVERIFY(m_engine->revealedSecrets().isEmpty());
        QVERIFY(m_journal->timeline(runId).constLast().text.contains(
            u"Secrets not kept across the restart: key."));

        // The console stops while an action is in flight: on resume nobody can tell whether
        // it took effect, so the step waits for a person instead of sending it again.
        QVERIFY(m_engine->confirm(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(scripted.hitCount("/slow"), 1, 20'000);
        m_engine.reset();
        m_engine.emplace(&*m_client, m_journal);
        QSignalSpy interrupted(&*m_engine, &RunbookEngine::waitingForPerson);
        QVERIFY(m_engine->resume(runId));
        QTRY_COMPARE_WITH_TIMEOUT(interrupted.size(), 1, 20'000);
        QCOMPARE(interrupted.constFirst().at(1).value<RunbookStepState>(),
                 RunbookStepState::Interrupted);
        QVERIFY(m_engine->currentStepRecord().explanation.contains(
            u"whether it took effect is unknown"));
        QCOMPARE(scripted.hitCount("/slow"), 1);
        scripted.setRoute("POST", "/slow", LoopbackHttpServer::json(200, "{}"));
        QSignalSpy finished(&*m_engine, &RunbookEngine::finished);
        QVERIFY(m_engine->retry(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QCOMPARE(scripted.hitCount("/slow"), 2);
        QCOMPARE(m_engine->state(), RunbookRunState::Succeeded);
    }

    void theTimelineWaitsForTheServerAndThenFlushes() {
        LoopbackHttpServer receiverServer;
        QVERIFY(receiverServer.start());
        const quint16 port = receiverServer.port();
        IncidentReceiver receiver(&receiverServer);
        receiverServer.stop();  // down at first

        ApiClient syncClient;
        syncClient.setBaseUrl(QUrl(receiverServer.baseUrl()));
        syncClient.setTimeoutMs(2'000);
        IncidentTimelineSync sync(&syncClient, m_journal);
        sync.setServerUrl(url());  // the runs were made against recopsd
        sync.setBackoffPolicy(BackoffPolicy{100, 2.0, 400, 0.0}, 1);
        QSignalSpy statuses(&sync, &IncidentTimelineSync::statusChanged);
        sync.start();

        QSignalSpy finished(&*m_engine, &RunbookEngine::finished);
        QVERIFY(m_engine->start(loadCase("decide"),
                                QJsonObject{{QStringLiteral("minimum_uptime"), 0}},
                                startedBy(QStringLiteral("alice"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        const QString runId = m_engine->runId();
        const int total = static_cast<int>(m_journal->timeline(runId).size());
        QCOMPARE(m_journal->queuedCount(url()), total);
        QTRY_VERIFY(sync.lastProblem().contains(u"POST /api/v1/incidents"));
        QCOMPARE(m_journal->run(runId)->incidentLink, IncidentLink::Pending);

        // Back, but without the incidents API: still queued.
        receiver.setServing(false);
        QVERIFY(receiverServer.start(port));
        QTRY_VERIFY_WITH_TIMEOUT(sync.lastProblem().contains(u"404"), 10'000);
        QCOMPARE(m_journal->queuedCount(url()), total);

        // The API arrives: the incident is created once, every entry is sent once, in order.
        receiver.setServing(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_journal->queuedCount(url()), 0, 10'000);
        QCOMPARE(sync.status(), IncidentTimelineSync::Status::Idle);
        QCOMPARE(receiver.incidents.size(), 1);
        QCOMPARE(receiver.incidents.constFirst().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Decide on the health"));
        // The runbook's alert severity, on the incidents' scale.
        QCOMPARE(receiver.incidents.constFirst().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("medium"));
        QCOMPARE(receiver.entries.size(), total);
        QCOMPARE(receiver.timelinePosts, total);
        QCOMPARE(receiver.incidentOfEntries, QSet<QString>{QStringLiteral("inc-1")});
        const QList<IncidentTimelineEntry> timeline = m_journal->timeline(runId);
        for (qsizetype index = 0; index < timeline.size(); ++index) {
            const QJsonObject sent = receiver.entries.at(index);
            QCOMPARE(sent.value(QStringLiteral("entry_id")).toString(), timeline.at(index).entryId);
            QCOMPARE(sent.value(QStringLiteral("kind")).toString(), timeline.at(index).kind);
            QCOMPARE(sent.value(QStringLiteral("text")).toString(), timeline.at(index).text);
            QCOMPARE(sent.value(QStringLiteral("author")).toString(), QStringLiteral("alice"));
            QVERIFY(sent.value(QStringLiteral("time")).toString().endsWith(u'Z'));
            QCOMPARE(timeline.at(index).sync, IncidentTimelineEntry::Sync::Sent);
        }
        QCOMPARE(m_journal->run(runId)->incidentId, QStringLiteral("inc-1"));
    }

    void anEntryTheServerAlreadyHasCountsAsSent() {
        LoopbackHttpServer receiverServer;
        QVERIFY(receiverServer.start());
        IncidentReceiver receiver(&receiverServer);
        ApiClient syncClient;
        syncClient.setBaseUrl(QUrl(receiverServer.baseUrl()));
        IncidentTimelineSync sync(&syncClient, m_journal);
        sync.setServerUrl(url());

        QSignalSpy finished(&*m_engine, &RunbookEngine::finished);
        QVERIFY(m_engine->start(loadCase("decide"),
                                QJsonObject{{QStringLiteral("minimum_uptime"), 0}},
                                startedBy(QStringLiteral("alice"), QStringLiteral("inc-42"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        // As if an earlier upload had reached the server but its answer had been lost.
        const QList<IncidentTimelineEntry> timeline = m_journal->timeline(m_engine->runId());
        receiver.entryIds.insert(timeline.constFirst().entryId);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_journal->queuedCount(url()), 0, 10'000);
        QVERIFY(receiver.incidents.isEmpty());  // the run wrote into the incident it was given
        QCOMPARE(receiver.incidentOfEntries, QSet<QString>{QStringLiteral("inc-42")});
        QCOMPARE(receiver.timelinePosts, static_cast<int>(timeline.size()));
        QCOMPARE(receiver.entries.size(), static_cast<int>(timeline.size()) - 1);
    }

    void keepsRunningWhileTheServerIsDown() {
        // A port where nothing listens: the check fails, on_failure leads on, the run ends.
        LoopbackHttpServer nothing;
        QVERIFY(nothing.start());
        const QString deadUrl = nothing.baseUrl();
        nothing.stop();
        m_client->setBaseUrl(QUrl(deadUrl));
        QSignalSpy finished(&*m_engine, &RunbookEngine::finished);
        QSignalSpy halted(&*m_engine, &RunbookEngine::halted);
        QVERIFY(m_engine->start(loadCase("decide"),
                                QJsonObject{{QStringLiteral("minimum_uptime"), 0}},
                                startedBy(QStringLiteral("alice"))));
        QTRY_COMPARE_WITH_TIMEOUT(halted.size(), 1, 20'000);
        QVERIFY2(m_engine->currentStepRecord().explanation.contains(u"GET /healthz: "),
                 qPrintable(m_engine->currentStepRecord().explanation));
        // Everything is in the journal, queued for the incident that could not be opened.
        QCOMPARE(m_journal->queuedCount(deadUrl),
                 static_cast<int>(m_journal->timeline(m_engine->runId()).size()));
        QVERIFY(m_engine->abort(QStringLiteral("alice"), QStringLiteral("server down")));
        QCOMPARE(finished.size(), 1);
    }

private:
    QString url() const { return QString::fromStdString(m_recopsd->url()); }

    int tokenCount() {
        ApiClient client;
        client.setBaseUrl(QUrl(url()));
        client.setToken(m_token);
        ApiReply* reply = client.get(QStringLiteral("/api/v1/tokens"));
        int count = -1;
        bool done = false;
        QObject::connect(reply, &ApiReply::finished, reply, [&] {
            count = static_cast<int>(
                reply->json().object().value(QStringLiteral("tokens")).toArray().size());
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000)) {
            qFatal("recopsd did not list its tokens");
        }
        return count;
    }

    QTemporaryDir m_scratch;
    std::optional<RecopsdProcess> m_recopsd;
    QString m_token;
    QString m_journalFile;
    int m_runs = 0;
    std::optional<LocalStore> m_store;
    RunbookJournal* m_journal = nullptr;
    std::optional<ApiClient> m_client;
    std::optional<RunbookEngine> m_engine;
    std::optional<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(RunbookEngineTest)
#include "runbook_engine_test.moc"
