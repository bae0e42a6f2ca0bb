// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// `recops-console --run-runbook` end to end: the built program runs the built-in runbooks
// against the real recopsd with no display, prints the timeline as JSON lines, and says
// with its exit code how each run ended. The journal lands in a temporary XDG data home;
// there is no D-Bus, so the token comes from RECOPS_TOKEN.
#include "integration/support/child_process.h"
#include "integration/support/console_run.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "integration/support/webhook_receiver.h"

#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

using Run = recops::testing::ConsoleRun;

class RunbookHeadlessTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_scratch.isValid());
        RecopsdOptions options;
        options.dataDirectory = m_scratch.filePath(QStringLiteral("data")).toStdString();
        try {
            m_admin = QString::fromStdString(
                recops::testing::createToken(options.dataDirectory, "admin", "ops-admin"));
            m_operator = QString::fromStdString(
                recops::testing::createToken(options.dataDirectory, "operator", "grafana"));
            m_recopsd.emplace(options);
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
    }

    void listsAndChecksTheLibrary() {
        Run run = console({QStringLiteral("--list-runbooks")});
        QCOMPARE(run.exitCode, 0);
        const QStringList rows = run.standardOutput.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 16);
        QVERIFY(
            rows.contains(u"service-down\tService down or not ready\tServiceNotReady\tbuilt-in"));

        QTemporaryDir folder;
        QFile broken(folder.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"id": "broken", "title": "B", "description": "B",
                        "steps": [{"id": "a", "kind": "shell"}]})");
        broken.close();
        QFile::copy(QStringLiteral(RECOPS_RUNBOOK_CASES "/decide.json"),
                    folder.filePath(QStringLiteral("decide.json")));
        run = console(
            {QStringLiteral("--list-runbooks"), QStringLiteral("--runbook-dir"), folder.path()});
        QCOMPARE(run.exitCode, 7);
        QVERIFY(run.standardOutput.contains(u"decide\tDecide on the health"));
        QVERIFY2(run.standardError.contains(
                     u"broken.json: step 'a': field 'kind': \"shell\" is not a step kind"),
                 qPrintable(run.standardError));
        run = console({QStringLiteral("--run-runbook"), QStringLiteral("broken"),
                       QStringLiteral("--server"), url(), QStringLiteral("--runbook-dir"),
                       folder.path()});
        QCOMPARE(run.exitCode, 7);
        QVERIFY(run.lines.isEmpty());
    }

    void refusesCommandLineMistakes() {
        QCOMPARE(
            console({QStringLiteral("--run-runbook"), QStringLiteral("service-down")}).exitCode, 2);
        Run run = console({QStringLiteral("--run-runbook"), QStringLiteral("service-down"),
                           QStringLiteral("--server"), url(), QStringLiteral("--input"),
                           QStringLiteral("ready_timeout=soon")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.standardError.contains(u"input ready_timeout: \"soon\" is not a duration"),
                 qPrintable(run.standardError));
        run = console({QStringLiteral("--run-runbook"), QStringLiteral("service-down"),
                       QStringLiteral("--server"), url(), QStringLiteral("--input"),
                       QStringLiteral("colour=red")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardError.contains(u"service-down has no input \"colour\""));
        run = console({QStringLiteral("--run-runbook"), QStringLiteral("no-such"),
                       QStringLiteral("--server"), url()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardError.contains(u"There is no runbook \"no-such\""));
        // token-rotation needs its input, and somewhere to put the new token.
        run = console({QStringLiteral("--run-runbook"), QStringLiteral("token-rotation"),
                       QStringLiteral("--server"), url(), QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardError.contains(u"input token_id is required"));
        run = console({QStringLiteral("--run-runbook"), QStringLiteral("token-rotation"),
                       QStringLiteral("--server"), url(), QStringLiteral("--input"),
                       QStringLiteral("token_id=0123456789abcdef"), QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardError.contains(u"--secret-file"));
        QVERIFY(run.lines.isEmpty());  // nothing ran
    }

    void dailyHealthCheck() {
        // A fresh recopsd serves no model: not ready, which this check counts as a failure.
        Run run = console({QStringLiteral("--run-runbook"), QStringLiteral("daily-health-check"),
                           QStringLiteral("--server"), url()});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.finalState(), QStringLiteral("failed"));
        QCOMPARE(run.first(QStringLiteral("decision")).value(QStringLiteral("text")).toString(),
                 QStringLiteral("ready_http = 503 != 200 [true] and require_ready = true [true] → "
                                "step 'not-ready'"));
        QVERIFY(run.first(QStringLiteral("note"), QStringLiteral("not-ready"))
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(u"not ready: no model loaded"));
        for (const QJsonObject& line : run.lines) {
            for (const char* field :
                 {"entry_id", "time", "author", "kind", "text", "data", "run_id"}) {
                QVERIFY2(line.contains(QLatin1StringView(field)), field);
            }
            QCOMPARE(line.value(QStringLiteral("author")).toString(),
                     QStringLiteral("ops-admin (token %1, admin)").arg(m_admin.mid(4, 16)));
        }
        QCOMPARE(run.otherLines, 0);  // standard output is JSON lines and nothing else
        // It opens no incident: nothing waits for the server.
        QVERIFY(!run.standardError.contains(u"stay queued"));

        run = console({QStringLiteral("--run-runbook"), QStringLiteral("daily-health-check"),
                       QStringLiteral("--server"), url(), QStringLiteral("--input"),
                       QStringLiteral("require_ready=false")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.finalState(), QStringLiteral("succeeded"));
        const QString summary = run.first(QStringLiteral("note"), QStringLiteral("all-good"))
                                    .value(QStringLiteral("text"))
                                    .toString();
        QVERIFY2(
            QRegularExpression(
                QStringLiteral(
                    "^recopsd 0\\.1\\.0: healthy for [0-9.]+ s, store ok \\(schema [0-9]+\\), "
                    "ready or not required \\(HTTP 503\\), token \"ops-admin\" \\(admin\\) valid, "
                    "[0-9]+ bytes resident, [0-9]+ of [0-9]+ file descriptors"))
                .match(summary)
                .hasMatch(),
            qPrintable(summary));
        QCOMPARE(run.first(QStringLiteral("step.succeeded"), QStringLiteral("process"))
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("http_status"))
                     .toInt(),
                 200);
    }

    void serviceDownOnALiveServerThatIsNotReady() {
        const QStringList arguments{
            QStringLiteral("--run-runbook"), QStringLiteral("service-down"),
            QStringLiteral("--server"),      url(),
            QStringLiteral("--input"),       QStringLiteral("ready_timeout=1s"),
            QStringLiteral("--sync-wait"),   QStringLiteral("1s")};
        // Without --yes it stops at the first manual step.
        Run run = console(arguments);
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(run.finalState(), QStringLiteral("aborted"));
        QVERIFY(run.lines.constLast()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(u"step 'no-model' needs a person to do a manual step, and --yes was "
                              u"not given"));

        // Someone to page: the escalate step raises the run's incident on recopsd.
        const std::string base = m_recopsd->url();
        const recops::testing::HttpHeaders json{recops::testing::bearer(m_admin.toStdString()),
                                                {"Content-Type", "application/json"}};
        const nlohmann::json contacts{
            {"contacts",
             {{{"id", "sre"},
               {"name", "Primary SRE"},
               {"webhook", {{"url", m_receiver.url() + "/sre"}, {"format", "slack"}}}},
              {{"id", "lead"},
               {"name", "Engineering lead"},
               {"webhook", {{"url", m_receiver.url() + "/lead"}, {"format", "slack"}}}}}}};
        QCOMPARE(
            recops::testing::httpRequest(base, "PUT", "/api/v1/contacts", json, contacts.dump())
                .status,
            200u);
        const nlohmann::json policies{
            {"escalation_policies",
             {{{"id", "on-call"},
               {"matchers", {{{"name", "alertname"}, {"value", "IncidentEscalation"}}}},
               {"levels",
                {{{"contacts", {"sre"}}, {"delay_s", 300}},
                 {{"contacts", {"lead"}}, {"delay_s", 300}}}}}}}};
        QCOMPARE(recops::testing::httpRequest(base, "PUT", "/api/v1/escalation-policies", json,
                                              policies.dump())
                     .status,
                 200u);

        const QString report = m_scratch.filePath(QStringLiteral("service-down.md"));
        run = console(arguments +
                      QStringList{QStringLiteral("--yes"), QStringLiteral("--report"), report});
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.finalState(), QStringLiteral("escalated"));
        QCOMPARE(run.first(QStringLiteral("decision")).value(QStringLiteral("text")).toString(),
                 QStringLiteral(
                     "ready_http = 503 == 200 is false; store_status = \"ok\" != \"ok\" is false; "
                     "ready_reason = \"no model loaded\" contains \"no model\" → step 'no-model'"));
        QVERIFY(run.first(QStringLiteral("manual.done"), QStringLiteral("no-model"))
                    .value(QStringLiteral("author"))
                    .toString()
                    .endsWith(u"(--yes)"));
        QVERIFY(run.first(QStringLiteral("step.failed"), QStringLiteral("wait-ready"))
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(u"ready_http == 200 did not hold within 1s"));
        // recopsd escalated the incident: level 1 of the policy, its contact paged.
        const QString escalation =
            run.first(QStringLiteral("escalation")).value(QStringLiteral("text")).toString();
        const QRegularExpressionMatch raised =
            QRegularExpression(
                QStringLiteral("^Raised incident (\\d+) to level 1 of 2 \\(policy on-call\\): "
                               "paged sre\\. Reason: recopsd is still down or not ready after "
                               "the restart and the waits of this runbook\\.$"))
                .match(escalation);
        QVERIFY2(raised.hasMatch(), qPrintable(escalation));
        const std::string incidentId = raised.captured(1).toStdString();
        const auto pages = m_receiver.waitForRequests("/sre", 1);
        QCOMPARE(pages.size(), std::size_t{1});
        QVERIFY(pages[0].json().at("text").get<std::string>().find(
                    "incident " + incidentId +
                    " \"Service down or not ready\" escalated to level 1 "
                    "of on-call") != std::string::npos);
        QVERIFY(m_receiver.requests("/lead").empty());
        const auto incident =
            recops::testing::httpRequest(base, "GET", "/api/v1/incidents/" + incidentId,
                                         {recops::testing::bearer(m_admin.toStdString())});
        QCOMPARE(incident.status, 200u);
        const nlohmann::json stored = incident.json();
        nlohmann::json recorded;
        for (const nlohmann::json& entry : stored.at("timeline")) {
            if (entry.at("entry_id") == "escalation-1") {
                recorded = entry;
            }
        }
        QVERIFY2(!recorded.is_null(), incident.body.c_str());
        QCOMPARE(QString::fromStdString(recorded.at("author").get<std::string>()),
                 QStringLiteral("ops-admin"));
        QVERIFY(recorded.at("data").at("notified") == nlohmann::json({"sre"}));
        QFile markdown(report);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(markdown.readAll());
        QVERIFY(text.startsWith(u"# Post-incident report: Service down or not ready"));
        QVERIFY(text.contains(u"| Outcome | **escalated**"));
        QVERIFY(text.contains(u"contains \"no model\" → step 'no-model'"));
        QVERIFY(
            text.contains(u"- [ ] Check that no acknowledged event was lost while it was down."));
    }

    void serviceDownWhileTheServerIsDown() {
        const QString deadUrl = stoppedServerUrl();
        const Run run = console({QStringLiteral("--run-runbook"), QStringLiteral("service-down"),
                                 QStringLiteral("--server"), deadUrl, QStringLiteral("--input"),
                                 QStringLiteral("restart_timeout=2s"), QStringLiteral("--yes"),
                                 QStringLiteral("--sync-wait"), QStringLiteral("1s")});
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.kinds().count(QStringLiteral("step.retrying")),
                 2);  // check-liveness: 1 + 2 retries
        QVERIFY(run.first(QStringLiteral("step.failed"), QStringLiteral("check-liveness"))
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(u"→ on_failure: step 'restart-service'"));
        QVERIFY(run.first(QStringLiteral("manual.done"), QStringLiteral("restart-service"))
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(u"checked \"recopsd has been restarted\""));
        QVERIFY(run.first(QStringLiteral("step.waiting"), QStringLiteral("restart-service"))
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("command"))
                    .toString() == u"sudo systemctl restart recopsd && journalctl -u recopsd -f");
        QVERIFY(run.first(QStringLiteral("step.failed"), QStringLiteral("wait-live"))
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(u"health_status == \"healthy\" did not hold within 2s"));
        QCOMPARE(run.finalState(), QStringLiteral("escalated"));
        // No whoami answer: the timeline names the token by its id.
        QCOMPARE(run.lines.constFirst().value(QStringLiteral("author")).toString(),
                 QStringLiteral("token %1").arg(m_admin.mid(4, 16)));
    }

    void tokenRotation() {
        const QString oldId = m_operator.mid(4, 16);
        const QString secrets = m_scratch.filePath(QStringLiteral("new-token"));
        const Run run = console({QStringLiteral("--run-runbook"), QStringLiteral("token-rotation"),
                                 QStringLiteral("--server"), url(), QStringLiteral("--input"),
                                 QStringLiteral("token_id=") + oldId, QStringLiteral("--yes"),
                                 QStringLiteral("--secret-file"), secrets,
                                 QStringLiteral("--sync-wait"), QStringLiteral("1s")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
        QCOMPARE(run.finalState(), QStringLiteral("succeeded"));
        QCOMPARE(run.first(QStringLiteral("approval")).value(QStringLiteral("author")).toString(),
                 QStringLiteral("ops-admin (token %1, admin) (--yes)").arg(m_admin.mid(4, 16)));
        QVERIFY(run.first(QStringLiteral("confirmation"), QStringLiteral("revoke-old-token"))
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("confirmed DELETE /api/v1/tokens/%1").arg(oldId)));

        QFile file(secrets);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QString line = QString::fromUtf8(file.readAll()).trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^new_token=rcp_[0-9a-f]{16}_[0-9a-f]{64}$"))
                     .match(line)
                     .hasMatch(),
                 qPrintable(line));
        const std::string newToken = line.mid(10).toStdString();
        // The secret is nowhere in the timeline, the report or the journal.
        QVERIFY(!run.standardOutput.contains(line.mid(10)));
        QVERIFY(!run.standardError.contains(line.mid(10)));
        QVERIFY(run.standardOutput.contains(u"[secret]"));
        QFile journal(m_home.filePath(QStringLiteral("data/recops-console/console.sqlite")));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QVERIFY(!journal.readAll().contains(QByteArray::fromStdString(newToken)));

        // On the server: the old token is refused, the new one has its role.
        const std::string base = m_recopsd->url();
        QCOMPARE(recops::testing::httpRequest(base, "GET", "/api/v1/whoami",
                                              {recops::testing::bearer(m_operator.toStdString())})
                     .status,
                 401u);
        const auto whoami = recops::testing::httpRequest(base, "GET", "/api/v1/whoami",
                                                         {recops::testing::bearer(newToken)});
        QCOMPARE(whoami.status, 200u);
        QCOMPARE(QString::fromStdString(whoami.json().at("role").get<std::string>()),
                 QStringLiteral("operator"));
        QCOMPARE(QString::fromStdString(whoami.json().at("name").get<std::string>()),
                 QStringLiteral("grafana"));
    }

    void aSignalAbortsTheRun() {
        const QString deadUrl = stoppedServerUrl();
        QProcess process;
        start(process, {QStringLiteral("--run-runbook"), QStringLiteral("service-down"),
                        QStringLiteral("--server"), deadUrl, QStringLiteral("--yes"),
                        QStringLiteral("--sync-wait"), QStringLiteral("1s")});
        // Once it waits for recopsd to come back (up to three minutes), stop it.
        QByteArray output;
        QVERIFY(QTest::qWaitFor(
            [&] {
                output += process.readAllStandardOutput();
                return output.contains("\"step\":\"wait-live\"");
            },
            30'000));
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 4);
        output += process.readAllStandardOutput();
        const QList<QByteArray> lines = output.trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(lines.constLast()).object();
        QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("run.finished"));
        QCOMPARE(
            last.value(QStringLiteral("data")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("aborted"));
        QVERIFY(last.value(QStringLiteral("text")).toString().contains(u"interrupted by a signal"));
    }

private:
    QString url() const { return QString::fromStdString(m_recopsd->url()); }

    // The address of a recopsd that ran and was stopped: nothing answers there any more.
    static QString stoppedServerUrl() {
        try {
            RecopsdProcess doomed;
            const QString address = QString::fromStdString(doomed.url());
            if (doomed.stop() != 0) {
                qFatal("recopsd did not stop cleanly");
            }
            return address;
        } catch (const std::exception& error) {
            qFatal("%s", error.what());
        }
    }

    void start(QProcess& process, const QStringList& arguments) {
        recops::testing::ConsoleRunner(m_home.path(), m_admin).start(process, arguments);
    }

    Run console(const QStringList& arguments) {
        return recops::testing::ConsoleRunner(m_home.path(), m_admin).run(arguments);
    }

    QTemporaryDir m_scratch;
    QTemporaryDir m_home;
    std::optional<RecopsdProcess> m_recopsd;
    recops::testing::WebhookReceiver m_receiver;
    QString m_admin;
    QString m_operator;
};

QTEST_GUILESS_MAIN(RunbookHeadlessTest)
#include "runbook_headless_test.moc"
