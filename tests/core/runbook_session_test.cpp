// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// RunbookSession, the runs of the window without the window: the rules for starting and
// resuming (an open journal, one live run, a viewer and action steps, a run's own server),
// approvals recorded by name, the live run let go when the connection moves to another
// server and resumed when it comes back, and the report written to a file. The runbook
// waits for people only, so no server is needed.
#include "core/runbook_session.h"

#include "core/api_client.h"
#include "core/local_store.h"
#include "core/runbook_engine.h"
#include "core/runbook_journal.h"
#include "core/runbook_launch.h"
#include "core/runbook_loader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");

Runbook approvalRunbook() {
    RunbookIssues issues;
    const auto runbook = RunbookLoader::load(
        "{\"id\": \"approve-and-act\", \"title\": \"Approve and act\", \"description\": \"An "
        "approval, then an action.\", \"opens_incident\": false, \"steps\": ["
        "{\"id\": \"agree\", \"kind\": \"approval\", \"prompt\": \"Go?\", \"on_failure\": "
        "\"stop\"},"
        "{\"id\": \"act\", \"kind\": \"action\", \"destructive\": true, \"request\": "
        "{\"method\": \"POST\", \"path\": \"/api/v1/tokens\", \"body\": {\"role\": \"viewer\"}}},"
        "{\"id\": \"stop\", \"kind\": \"note\", \"text\": \"Stopped.\", \"next\": \"end\"}]}",
        QStringLiteral("approve-and-act.json"), &issues);
    if (!runbook) {
        qFatal("%s", qPrintable(issues.value(0).toString()));
    }
    return *runbook;
}

TokenIdentity identity(const QString& role) {
    TokenIdentity result;
    result.tokenId = QStringLiteral("0123456789abcdef");
    result.name = QStringLiteral("oncall");
    result.role = role;
    return result;
}

}  // namespace

class RunbookSessionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_directory.emplace();
        m_store.emplace();
        QVERIFY(m_store->open(m_directory->filePath(QStringLiteral("console.sqlite"))));
        m_client.emplace();
        m_client->setBaseUrl(QUrl(kServer));
        m_session.emplace(&*m_client, m_store->runbookJournal(), nullptr);
        m_session->setOperator(identity(QStringLiteral("operator")));
    }

    void cleanup() {
        m_session.reset();
        m_client.reset();
        m_store.reset();
        m_directory.reset();
    }

    void startsOneRunAtATimeAndRecordsWhoApproved() {
        const Runbook runbook = approvalRunbook();
        QCOMPARE(m_session->operatorName(),
                 QStringLiteral("oncall (token 0123456789abcdef, operator)"));
        QVERIFY(m_session->startRefusal(runbook).isEmpty());
        QSignalSpy engines(&*m_session, &RunbookSession::engineChanged);
        QString runIdAtSignal;
        connect(&*m_session, &RunbookSession::engineChanged, this, [&](RunbookEngine* engine) {
            runIdAtSignal = engine ? engine->runId() : QString();
        });
        QVERIFY(m_session->start(RunbookLaunch(runbook)));
        QCOMPARE(engines.size(), 1);
        QVERIFY(!runIdAtSignal.isEmpty());  // announced once journaled
        QTRY_COMPARE(m_session->engine()->state(), RunbookRunState::Waiting);
        QVERIFY(m_session->hasRunInProgress());
        QVERIFY(m_session->startRefusal(runbook).contains(u"still in progress"));
        QVERIFY(!m_session->start(RunbookLaunch(runbook)));

        QVERIFY(!m_session->reject(QStringLiteral("Bob"), QStringLiteral("  ")));  // no reason
        QVERIFY(m_session->approve(QStringLiteral("Bob Lead"), QStringLiteral("ok")));
        QTRY_COMPARE(m_session->engine()->currentStepId(), QStringLiteral("act"));
        const QString runId = m_session->engine()->runId();
        const auto timeline = m_store->runbookJournal()->timeline(runId);
        QCOMPARE(timeline.at(timeline.size() - 2).kind, QStringLiteral("approval"));
        QCOMPARE(timeline.at(timeline.size() - 2).author,
                 QStringLiteral("Bob Lead (entered by oncall (token 0123456789abcdef, operator))"));
        QVERIFY(!m_session->abort(QString()));  // an abort says why
        QVERIFY(m_session->abort(QStringLiteral("enough")));
        QVERIFY(!m_session->hasRunInProgress());
        QVERIFY(m_session->startRefusal(runbook).isEmpty());
    }

    void theOperatorsOwnNameRecordsTheOperator() {
        QVERIFY(m_session->start(RunbookLaunch(approvalRunbook())));
        QTRY_COMPARE(m_session->engine()->state(), RunbookRunState::Waiting);
        QVERIFY(m_session->approve(QStringLiteral("oncall"), QString()));
        QTRY_COMPARE(m_session->engine()->currentStepId(), QStringLiteral("act"));
        const auto timeline = m_store->runbookJournal()->timeline(m_session->engine()->runId());
        QCOMPARE(timeline.at(timeline.size() - 2).author, m_session->operatorName());
    }

    void aViewerStartsNothingThatActs() {
        m_session->setOperator(identity(QStringLiteral("viewer")));
        const Runbook runbook = approvalRunbook();
        QVERIFY(m_session->startRefusal(runbook).contains(u"(act)"));
        QVERIFY(!m_session->start(RunbookLaunch(runbook)));
        QVERIFY(m_session->errorString().contains(u"A viewer token"));
        QVERIFY(!m_session->engine());
    }

    void aRunStaysWithItsServer() {
        QVERIFY(m_session->start(RunbookLaunch(approvalRunbook())));
        QTRY_COMPARE(m_session->engine()->state(), RunbookRunState::Waiting);
        const QString runId = m_session->engine()->runId();
        QSignalSpy engines(&*m_session, &RunbookSession::engineChanged);

        // The connection moves to another server: the run is let go, as at a restart.
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:10")));
        m_session->followServer();
        QCOMPARE(engines.size(), 1);
        QCOMPARE(engines.constFirst().at(0).value<RunbookEngine*>(), nullptr);
        QVERIFY(!m_session->engine());
        const auto run = m_store->runbookJournal()->run(runId);
        QCOMPARE(run->state, RunbookRunState::Waiting);
        QVERIFY(m_session->resumeRefusal(*run).contains(u"made against " + kServer));
        QVERIFY(!m_session->resume(runId));

        // Back on its server, it resumes where it was.
        m_client->setBaseUrl(QUrl(kServer));
        m_session->followServer();
        QVERIFY(m_session->resumeRefusal(*run).isEmpty());
        QVERIFY(m_session->resume(runId));
        QTRY_COMPARE(m_session->engine()->currentStepRecord().state,
                     RunbookStepState::WaitingForApproval);
        QCOMPARE(m_session->engine()->runId(), runId);
        QVERIFY(m_session->resumeRefusal(*run).contains(u"in progress in this window"));
        QVERIFY(m_session->abort(QStringLiteral("done")));
        QVERIFY(
            m_session->resumeRefusal(*m_store->runbookJournal()->run(runId)).contains(u"finished"));
    }

    void writesTheReport() {
        QVERIFY(m_session->start(RunbookLaunch(approvalRunbook())));
        const QString runId = m_session->engine()->runId();
        QTRY_COMPARE(m_session->engine()->state(), RunbookRunState::Waiting);
        QVERIFY(m_session->reject(QStringLiteral("Bob"), QStringLiteral("not today")));
        QTRY_VERIFY(!m_session->hasRunInProgress());
        const QString path = m_directory->filePath(QStringLiteral("report.md"));
        QVERIFY2(m_session->exportReport(runId, path), qPrintable(m_session->errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(file.readAll());
        QVERIFY(report.startsWith(u"# Post-incident report: Approve and act"));
        QVERIFY(report.contains(u"not today"));
        QVERIFY(!m_session->exportReport(
            runId, m_directory->filePath(QStringLiteral("no/such/dir/r.md"))));
        QVERIFY(m_session->errorString().startsWith(u"Cannot write"));
        QVERIFY(!m_session->exportReport(QStringLiteral("no-such-run"), path));
    }

private:
    std::optional<QTemporaryDir> m_directory;
    std::optional<LocalStore> m_store;
    std::optional<ApiClient> m_client;
    std::optional<RunbookSession> m_session;
};

QTEST_GUILESS_MAIN(RunbookSessionTest)
#include "runbook_session_test.moc"
