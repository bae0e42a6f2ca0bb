// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Drills as tests: a fault is injected into the real recopsd through its drill API (or a model
// version is damaged), the alert rule it trips fires, and the built-in runbook that answers
// the rule runs through the built `recops-console --run-runbook`. Each test asserts the cause
// the runbook found (its decision's explanation in the JSON-lines timeline), the action it
// took (the server's state afterwards) and that it left recopsd healthy. One recopsd serves
// the whole file, with alert windows of seconds so that rules fire and resolve quickly; the
// library test at the top checks every built-in runbook against the same server and against
// docs/openapi.yaml.
#include "integration/support/console_run.h"
#include "integration/support/http_client.h"
#include "integration/support/lifecycle_data.h"
#include "integration/support/operations_api.h"
#include "integration/support/recopsd_data.h"
#include "integration/support/recopsd_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

namespace {

using namespace std::chrono_literals;

using Run = recops::testing::ConsoleRun;

// The settings that make the rules of the drills fire within a second of their fault and
// resolve within seconds of its end. The SLO windows cannot be shorter than 10 s.
std::vector<std::string> shortWindows() {
    std::vector<std::string> arguments;
    for (const char* setting :
         {"monitoring.evaluation_interval_ms=200", "serving.registry_poll_ms=200",
          "alerts.latency_window_s=5", "alerts.latency_for_s=0", "alerts.error_rate_window_s=5",
          "alerts.error_rate_for_s=0", "alerts.cache_hit_window_s=5", "alerts.cache_hit_for_s=0",
          "alerts.model_load_failures=0", "alerts.model_load_window_s=5",
          "alerts.model_load_for_s=0", "slo.latency_window_s=10", "slo.error_rate_window_s=10",
          "auth.token_refresh_ms=200"}) {
        arguments.insert(arguments.end(), {"--set", setting});
    }
    return arguments;
}

}  // namespace

class RunbookDrillsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        try {
            m_data.emplace();
            m_data->train({"--stage", "production"});  // version 1, the known-good one
            m_data->train();                           // version 2, None
            m_admin = m_data->token("admin");
            m_recopsd.emplace(
                RecopsdOptions{.dataDirectory = m_data->path(), .arguments = shortWindows()});
            recops::testing::waitForJson(url(), m_admin, "/api/v1/models/default/versions/1",
                                         [](const nlohmann::json&) { return true; });
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QCOMPARE(recops::testing::httpRequest(url(), "GET", "/readyz").status, 200u);
    }

    void everyBuiltInRunbookIsValidAndCallsTheRealServer() {
        // The console loads and checks the whole library.
        QProcess listing;
        start(listing, {QStringLiteral("--list-runbooks")});
        QVERIFY(listing.waitForFinished(30'000));
        QCOMPARE(listing.exitCode(), 0);
        const QStringList rows =
            QString::fromUtf8(listing.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 16);

        // Every trigger is a rule this recopsd evaluates.
        QSet<QString> rules;
        const nlohmann::json rulesAnswer = get("/api/v1/alerts/rules");
        for (const auto& rule : rulesAnswer.at("rules")) {
            rules.insert(QString::fromStdString(rule.at("name").get<std::string>()));
        }
        QCOMPARE(rules.size(), 12);
        // Every request is a path and method of the contract.
        const QHash<QString, QSet<QString>> contract = contractOperations();
        QVERIFY(contract.size() > 50);

        const QDir folder(QStringLiteral(RECOPS_BUILT_IN_RUNBOOKS));
        const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files.size(), rows.size());
        const QRegularExpression variable(QStringLiteral("\\$\\{[a-z_0-9]+\\}"));
        for (const QString& name : files) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject runbook = QJsonDocument::fromJson(file.readAll()).object();
            QVERIFY2(rows.contains(runbook.value(QStringLiteral("id")).toString() + u'\t' +
                                   runbook.value(QStringLiteral("title")).toString() + u'\t' +
                                   triggerList(runbook) + QStringLiteral("\tbuilt-in")),
                     qPrintable(name));
            for (const QJsonValue trigger : runbook.value(QStringLiteral("triggers")).toArray()) {
                QVERIFY2(rules.contains(trigger.toString()),
                         qPrintable(name + u": " + trigger.toString()));
            }
            for (const QJsonValue step : runbook.value(QStringLiteral("steps")).toArray()) {
                const QJsonObject request =
                    step.toObject().value(QStringLiteral("request")).toObject();
                if (request.isEmpty()) {
                    continue;
                }
                QString path = request.value(QStringLiteral("path")).toString();
                path.replace(variable, QStringLiteral("{}"));
                const QString method = request.value(QStringLiteral("method")).toString().toLower();
                QVERIFY2(contract.value(path).contains(method),
                         qPrintable(name + u": " + method + u' ' + path));
            }
        }
    }

    void highLatency() {
        injectFault("latency", 250);
        for (int request = 0; request < 4; ++request) {
            recommend(request);
        }
        const std::string alert = waitForFiring("HighLatencyP95");

        const Run run = runbook({QStringLiteral("high-latency"), QStringLiteral("--input"),
                                 QStringLiteral("poll_interval=1s"), QStringLiteral("--input"),
                                 QStringLiteral("recovery_timeout=40s")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.dump()));
        QCOMPARE(run.finalState(), QStringLiteral("succeeded"));
        const QString decision = run.text(QStringLiteral("decision"), QStringLiteral("diagnose"));
        QVERIFY2(decision.startsWith(u"latency_fault = 1 > 0 [true] or") &&
                     decision.endsWith(u"→ step 'end-drill'"),
                 qPrintable(decision));
        QVERIFY(run.text(QStringLiteral("step.succeeded"), QStringLiteral("measure"))
                    .contains(u"p95_met = false"));
        QVERIFY(!run.first(QStringLiteral("confirmation"), QStringLiteral("end-drill")).isEmpty());
        QVERIFY(!run.first(QStringLiteral("note"), QStringLiteral("recovered")).isEmpty());
        expectHealthyWithoutFaults();
        waitForResolved(alert);
    }

    void highErrorRate() {
        injectFault("errors", 0.5);
        int failed = 0;
        for (int request = 0; request < 30 || failed == 0; ++request) {
            failed += recommend(request) == 503 ? 1 : 0;
        }
        const std::string alert = waitForFiring("HighErrorRate");

        const Run run = runbook({QStringLiteral("high-error-rate"), QStringLiteral("--input"),
                                 QStringLiteral("poll_interval=1s"), QStringLiteral("--input"),
                                 QStringLiteral("recovery_timeout=40s")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.dump()));
        const QString decision = run.text(QStringLiteral("decision"), QStringLiteral("diagnose"));
        QVERIFY2(decision.startsWith(u"(errors_fault = 1 > 0 [true] or") &&
                     decision.endsWith(u"→ step 'end-drill'"),
                 qPrintable(decision));
        QVERIFY(run.text(QStringLiteral("step.succeeded"), QStringLiteral("measure"))
                    .contains(u"error_met = false"));
        QVERIFY(!run.first(QStringLiteral("note"), QStringLiteral("recovered")).isEmpty());
        expectHealthyWithoutFaults();
        waitForResolved(alert);
    }

    void lowCacheHitRate() {
        injectFault("cache_down", 1);
        for (int request = 0; request < 10; ++request) {
            recommend(0);  // the same user: every one would be a hit but for the fault
        }
        const std::string alert = waitForFiring("LowCacheHitRate");
        const double hitsBefore = recops::testing::metricValue(
            url(), "recommendation_cache_lookups_total{outcome=\"hit\"}");

        // Traffic goes on while the runbook runs: it waits for requests to hit the cache.
        QProcess process;
        start(process,
              {QStringLiteral("--run-runbook"), QStringLiteral("low-cache-hit-rate"),
               QStringLiteral("--server"), QString::fromStdString(url()), QStringLiteral("--yes"),
               QStringLiteral("--sync-wait"), QStringLiteral("2s"), QStringLiteral("--input"),
               QStringLiteral("poll_interval=1s"), QStringLiteral("--input"),
               QStringLiteral("recovery_timeout=30s"), QStringLiteral("--input"),
               QStringLiteral("warm_users=50")});
        const auto deadline = std::chrono::steady_clock::now() + 90s;
        while (!process.waitForFinished(100) && std::chrono::steady_clock::now() < deadline) {
            recommend(0);
        }
        QCOMPARE(process.state(), QProcess::NotRunning);
        const Run run = parse(process);
        QVERIFY2(run.exitCode == 0, qPrintable(run.dump()));
        QCOMPARE(run.text(QStringLiteral("decision"), QStringLiteral("diagnose")),
                 QStringLiteral("cache_down_fault = 1 > 0 → step 'end-drill'"));
        QVERIFY2(QRegularExpression(QStringLiteral("warmed_users = [1-9][0-9]*"))
                     .match(run.text(QStringLiteral("step.succeeded"), QStringLiteral("warm-up")))
                     .hasMatch(),
                 qPrintable(run.dump()));
        QVERIFY(!run.first(QStringLiteral("note"), QStringLiteral("recovered")).isEmpty());
        // The warm-up is in the audit log, and requests hit the cache again.
        QVERIFY(get("/api/v1/audit").dump().find("cache.warmup") != std::string::npos);
        QVERIFY(recops::testing::metricValue(
                    url(), "recommendation_cache_lookups_total{outcome=\"hit\"}") > hitsBefore);
        expectHealthyWithoutFaults();
        // The hit share over the rule's window recovers with traffic.
        const auto resolved = std::chrono::steady_clock::now() + 30s;
        while (get("/api/v1/alerts/" + alert).at("state") != "resolved") {
            QVERIFY2(std::chrono::steady_clock::now() < resolved,
                     "LowCacheHitRate did not resolve");
            recommend(0);
        }
    }

    void modelLoadFailureRollsBack() {
        // Version 2 is damaged, then promoted: it does not load, and version 1 keeps serving.
        recops::testing::flipOneByte(m_data->versionDirectory(2) / "model" / "ease_weights.bin");
        QCOMPARE(
            recops::testing::callApi(url(), "POST", "/api/v1/models/default/versions/2/transition",
                                     m_admin, {{"stage", "Production"}})
                .status,
            200u);
        const std::string alert = waitForFiring("ModelLoadFailure");

        const Run run = runbook({QStringLiteral("model-load-failure"), QStringLiteral("--input"),
                                 QStringLiteral("poll_interval=1s"), QStringLiteral("--input"),
                                 QStringLiteral("load_timeout=30s")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.dump()));
        QCOMPARE(run.text(QStringLiteral("decision"), QStringLiteral("decide")),
                 QStringLiteral("failed_stage = \"Production\" == \"Production\" → step "
                                "'approve-rollback'"));
        QVERIFY(run.text(QStringLiteral("step.succeeded"), QStringLiteral("failure-details"))
                    .contains(u"SHA-256 does not match the manifest"));
        QVERIFY(!run.first(QStringLiteral("confirmation"), QStringLiteral("rollback")).isEmpty());
        QVERIFY(run.text(QStringLiteral("note"), QStringLiteral("rolled-back"))
                    .startsWith(u"Version 1 of default is in Production again"));

        // The registry recorded the rollback; version 1 serves, and nothing fails to load.
        const nlohmann::json history = get("/api/v1/models/default/history");
        QVERIFY(history.at("history").at(0).at("version") == 1);
        QVERIFY(history.at("history").at(0).at("comment").get<std::string>().starts_with(
            "rollback from version 2: version 2 does not load"));
        QVERIFY(get("/api/v1/models/default/versions/2").at("stage") == "Archived");
        const nlohmann::json health = recops::testing::httpRequest(url(), "GET", "/healthz").json();
        QVERIFY(health.at("model").at("version") == "1");
        QVERIFY(health.at("model_load_failure").is_null());
        expectHealthyWithoutFaults();
        waitForResolved(alert);
    }

    void deployModelRollsBackWhenTheNewVersionDoesWorse() {
        // The new version is trained, staged and promoted; while the runbook watches it, a
        // latency fault makes it miss the P95 objective, and the runbook rolls it back.
        QProcess process;
        start(process,
              {QStringLiteral("--run-runbook"), QStringLiteral("deploy-model"),
               QStringLiteral("--server"), QString::fromStdString(url()), QStringLiteral("--yes"),
               QStringLiteral("--sync-wait"), QStringLiteral("2s"), QStringLiteral("--input"),
               QStringLiteral("poll_interval=500ms"), QStringLiteral("--input"),
               QStringLiteral("watch=60s"), QStringLiteral("--input"),
               QStringLiteral("last_days=90")});
        QByteArray output;
        const auto watching = std::chrono::steady_clock::now() + 60s;
        while (!output.contains("\"step\":\"watch\"")) {
            QVERIFY2(
                process.state() == QProcess::Running && std::chrono::steady_clock::now() < watching,
                output.constData());
            process.waitForReadyRead(100);
            output += process.readAllStandardOutput();
        }
        injectFault("latency", 250);
        const auto deadline = std::chrono::steady_clock::now() + 60s;
        while (!process.waitForFinished(10) && std::chrono::steady_clock::now() < deadline) {
            recommend(1);
        }
        QCOMPARE(process.state(), QProcess::NotRunning);
        QCOMPARE(recops::testing::httpRequest(url(), "DELETE", "/api/v1/admin/faults",
                                              {recops::testing::bearer(m_admin)})
                     .status,
                 204u);
        const Run run = parse(process, output);
        QVERIFY2(run.exitCode == 0, qPrintable(run.dump()));
        QVERIFY(run.text(QStringLiteral("decision"), QStringLiteral("staging-gates"))
                    .endsWith(u"→ step 'dry-run' (default)"));
        QVERIFY(
            !run.first(QStringLiteral("approval"), QStringLiteral("approve-promotion")).isEmpty());
        QVERIFY2(run.text(QStringLiteral("step.succeeded"), QStringLiteral("watch"))
                     .startsWith(u"p95_met = false == false [true]"),
                 qPrintable(run.dump()));
        QVERIFY(!run.first(QStringLiteral("confirmation"), QStringLiteral("rollback")).isEmpty());

        // The registry: version 3 was promoted, then rolled back to version 1.
        const nlohmann::json history = get("/api/v1/models/default/history?limit=3");
        QVERIFY(history.at("history").at(0).at("version") == 1);
        QVERIFY(history.at("history").at(0).at("comment") ==
                "rollback from version 3: version 3 did worse after its deployment");
        // Version 3 went from Staging to Production with the runbook's comment, and was
        // archived when version 1 replaced it.
        const nlohmann::json& archived = history.at("history").at(1);
        QVERIFY2(archived.at("version") == 3 && archived.at("to") == "Archived",
                 history.dump().c_str());
        const nlohmann::json& promoted = history.at("history").at(2);
        QVERIFY2(promoted.at("version") == 3 && promoted.at("from") == "Staging" &&
                     promoted.at("to") == "Production" &&
                     promoted.at("comment") == "deployed with the deploy-model runbook",
                 history.dump().c_str());
        QVERIFY(get("/api/v1/models/default/versions/3").at("stage") == "Archived");
        recops::testing::waitForJson(
            url(), m_admin, "/api/v1/models/default/versions/1", [&](const nlohmann::json&) {
                return recops::testing::httpRequest(url(), "GET", "/healthz")
                           .json()
                           .at("model")
                           .at("version") == "1";
            });
        expectHealthyWithoutFaults();
    }

    void backupVerifyThenRestore() {
        QVERIFY(get("/api/v1/backups").at("backups").empty());
        // No backup within the RPO: the runbook takes one and verifies it; no restore.
        Run run = runbook({QStringLiteral("backup-restore"), QStringLiteral("--input"),
                           QStringLiteral("poll_interval=200ms")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.dump()));
        QVERIFY(run.text(QStringLiteral("decision"), QStringLiteral("recent-enough"))
                    .endsWith(u"→ step 'take-backup'"));
        QVERIFY(!run.first(QStringLiteral("note"), QStringLiteral("verified-only")).isEmpty());
        nlohmann::json backups = get("/api/v1/backups");
        QCOMPARE(backups.at("backups").size(), 1u);
        const std::string backupId = backups.at("backups").at(0).at("id");
        QVERIFY(backups.at("backups").at(0).at("verification").at("status") == "passed");
        QVERIFY(backups.at("rpo_met") == true);

        // Written after the backup: a token, which the restore takes away.
        const auto created = recops::testing::callApi(url(), "POST", "/api/v1/tokens", m_admin,
                                                      {{"role", "viewer"}, {"name", "after"}});
        QCOMPARE(created.status, 201u);
        const std::string later = created.json().at("token");
        QCOMPARE(whoamiStatus(later), 200u);

        // The restore is destructive: without --yes the run stops at the approval, and
        // nothing is restored.
        const QStringList restore{QStringLiteral("backup-restore"), QStringLiteral("--input"),
                                  QStringLiteral("poll_interval=200ms"), QStringLiteral("--input"),
                                  QStringLiteral("restore=true")};
        run = runbook(restore, RunMode::NoConfirmation);
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(
            run.lines.constLast()
                .value(QStringLiteral("text"))
                .toString()
                .contains(u"step 'approve-restore' needs an approval, and --yes was not given"),
            qPrintable(run.dump()));
        QVERIFY(get("/api/v1/backups/" + backupId).at("restore").is_null());
        QCOMPARE(whoamiStatus(later), 200u);

        run = runbook(restore);
        QVERIFY2(run.exitCode == 0, qPrintable(run.dump()));
        QVERIFY(run.text(QStringLiteral("decision"), QStringLiteral("recent-enough"))
                    .endsWith(u"no case holds → step 'newest' (default)"));
        QVERIFY(
            !run.first(QStringLiteral("approval"), QStringLiteral("approve-restore")).isEmpty());
        QVERIFY(!run.first(QStringLiteral("confirmation"), QStringLiteral("restore")).isEmpty());
        QVERIFY(!run.first(QStringLiteral("note"), QStringLiteral("done-restored")).isEmpty());
        QVERIFY(get("/api/v1/backups/" + backupId).at("restore").at("status") == "succeeded");
        // The token written after the backup is gone; the server is healthy on the old data.
        const auto deadline = std::chrono::steady_clock::now() + 20s;
        while (whoamiStatus(later) != 401u) {
            QVERIFY2(std::chrono::steady_clock::now() < deadline, "the later token still works");
            QTest::qWait(50);
        }
        expectHealthyWithoutFaults();
    }

private:
    enum class RunMode { Confirm, NoConfirmation };

    std::string url() const { return m_recopsd->url(); }

    nlohmann::json get(const std::string& target) const {
        const auto response = recops::testing::getWithToken(url(), m_admin, target);
        if (response.status != 200) {
            qFatal("GET %s answered %u: %s", target.c_str(), response.status,
                   response.body.c_str());
        }
        return response.json();
    }

    unsigned whoamiStatus(const std::string& token) const {
        return recops::testing::getWithToken(url(), token, "/api/v1/whoami").status;
    }

    unsigned recommend(int user) const {
        return recops::testing::getWithToken(
                   url(), m_admin,
                   "/api/v1/recommend?user_id=" + recops::testing::generatedUser(user))
            .status;
    }

    void injectFault(const std::string& kind, double magnitude) const {
        const auto response = recops::testing::callApi(
            url(), "POST", "/api/v1/admin/faults", m_admin,
            {{"kind", kind}, {"magnitude", magnitude}, {"duration_s", 120}});
        if (response.status != 201) {
            qFatal("injecting %s answered %s", kind.c_str(), response.body.c_str());
        }
    }

    // The id of the rule's alert once it fires.
    std::string waitForFiring(const std::string& rule) const {
        std::string id;
        recops::testing::waitForJson(
            url(), m_admin, "/api/v1/alerts?state=firing",
            [&](const nlohmann::json& body) {
                for (const auto& alert : body.at("alerts")) {
                    if (alert.at("rule") == rule) {
                        id = alert.at("id");
                        return true;
                    }
                }
                return false;
            },
            20s);
        return id;
    }

    void waitForResolved(const std::string& alert) const {
        recops::testing::waitForJson(
            url(), m_admin, "/api/v1/alerts/" + alert,
            [](const nlohmann::json& body) { return body.at("state") == "resolved"; }, 20s);
    }

    void expectHealthyWithoutFaults() const {
        QVERIFY(get("/api/v1/admin/faults").at("faults").empty());
        QCOMPARE(recops::testing::httpRequest(url(), "GET", "/readyz").status, 200u);
        QVERIFY(recops::testing::httpRequest(url(), "GET", "/healthz").json().at("status") ==
                "healthy");
    }

    // Each path of docs/openapi.yaml with its methods, path parameters written "{}".
    static QHash<QString, QSet<QString>> contractOperations() {
        QFile file(QStringLiteral(RECOPS_OPENAPI_FILE));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read the OpenAPI document");
        }
        const QRegularExpression pathLine(QStringLiteral("^  (/[^ :]*):$"));
        const QRegularExpression methodLine(
            QStringLiteral("^    (get|put|post|patch|delete|head):$"));
        const QRegularExpression parameter(QStringLiteral("\\{[^}]+\\}"));
        QHash<QString, QSet<QString>> operations;
        QString current;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.startsWith(QStringLiteral("components:"))) {
                break;
            }
            if (const auto path = pathLine.match(line); path.hasMatch()) {
                current = path.captured(1);
                current.replace(parameter, QStringLiteral("{}"));
            } else if (const auto method = methodLine.match(line);
                       method.hasMatch() && !current.isEmpty()) {
                operations[current].insert(method.captured(1));
            }
        }
        return operations;
    }

    static QString triggerList(const QJsonObject& runbook) {
        QStringList triggers;
        for (const QJsonValue trigger : runbook.value(QStringLiteral("triggers")).toArray()) {
            triggers.append(trigger.toString());
        }
        return triggers.join(u',');
    }

    void start(QProcess& process, const QStringList& arguments) {
        recops::testing::ConsoleRunner(m_home.path(), QString::fromStdString(m_admin))
            .start(process, arguments);
    }

    static Run parse(QProcess& process, const QByteArray& alreadyRead = {}) {
        return recops::testing::ConsoleRunner::parse(process, alreadyRead);
    }

    Run runbook(const QStringList& idAndInputs, RunMode mode = RunMode::Confirm) {
        QStringList arguments{QStringLiteral("--run-runbook")};
        arguments += idAndInputs;
        arguments += {QStringLiteral("--server"), QString::fromStdString(url()),
                      QStringLiteral("--sync-wait"), QStringLiteral("2s")};
        if (mode == RunMode::Confirm) {
            arguments.append(QStringLiteral("--yes"));
        }
        return recops::testing::ConsoleRunner(m_home.path(), QString::fromStdString(m_admin))
            .run(arguments);
    }

    QTemporaryDir m_home;
    std::optional<recops::testing::LifecycleDataDirectory> m_data;
    std::optional<RecopsdProcess> m_recopsd;
    std::string m_admin;
};

QTEST_GUILESS_MAIN(RunbookDrillsTest)
#include "runbook_drills_test.moc"
