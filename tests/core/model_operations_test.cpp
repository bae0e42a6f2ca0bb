// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The calls that change the registry, against a scripted server: each sends the body the
// API expects; a stage transition evaluates the gates first and applies exactly what was
// evaluated, keeps the gates of a refusal (422) and names the Production of a conflict (409).
// The same flows against the real recopsd are in tests/integration/console_models_test.
#include "core/model_operations.h"

#include "core/api_reply.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/stage_transition.h"
#include "core/training_request.h"
#include "support/loopback_http_server.h"

#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;

namespace {

QByteArray fixture(const char* name) {
    QFile file(QStringLiteral(RECOPS_MODEL_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", name);
    }
    return file.readAll();
}

const QByteArray kTransitionPath = "/api/v1/models/default/versions/2/transition";

}  // namespace

class ModelOperationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
    }

    void init() {
        m_server.emplace();
        QVERIFY(m_server->start());
        m_server->setRoute(
            "GET", "/healthz",
            LoopbackHttpServer::json(200,
                                     "{\"status\":\"healthy\",\"version\":\"0.1.0\","
                                     "\"uptime_seconds\":1,\"model\":null,\"store\":{}}"));
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
        m_connection.emplace(&*m_secrets);
        ConnectionProfile profile;
        profile.id = QStringLiteral("p-1");
        profile.name = QStringLiteral("test");
        profile.url = QUrl(m_server->baseUrl());
        m_connection->openWithToken(profile, QStringLiteral("rcp_0123456789abcdef_token"),
                                    ServerConnection::TokenSource::Session);
        m_operations.emplace(&*m_connection);
    }

    void cleanup() {
        m_operations.reset();
        m_connection.reset();
        m_secrets.reset();
        m_server.reset();
    }

    void eachCallSendsTheBodyTheApiExpects() {
        m_server->setHandler(
            [](const LoopbackHttpServer::Request&) { return LoopbackHttpServer::json(200, "{}"); });
        TrainingRequest training;
        training.algorithm = QStringLiteral("als");
        training.parameters = QStringLiteral("factors=16");
        training.dryRun = true;
        const QList<ApiReply*> replies = {
            m_operations->rollback(QStringLiteral("default"), QStringLiteral("worse CTR")),
            m_operations->setAlias(QStringLiteral("default"), QStringLiteral("champion"), 2, {}),
            m_operations->removeAlias(QStringLiteral("default"), QStringLiteral("champion")),
            m_operations->startTraining(training),
            m_operations->cancelTraining(QStringLiteral("job-1a2b")),
            m_operations->startRollout(2, 12.5),
            m_operations->promoteRollout(QString()),
            m_operations->abortRollout(),
        };
        // Nothing runs before the event loop does: every reply is followed from the start.
        int finished = 0;
        for (ApiReply* reply : replies) {
            connect(reply, &ApiReply::finished, this, [&finished] { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 8, 5'000);
        // The calls go out on parallel connections: find each by method and path.
        QMap<QByteArray, LoopbackHttpServer::Request> sent;
        for (const auto& request : m_server->requests()) {
            if (request.path != "/healthz") {
                QCOMPARE(request.headers.value("authorization"),
                         QByteArray("Bearer rcp_0123456789abcdef_token"));
                sent.insert(request.method + ' ' + request.path, request);
            }
        }
        QCOMPARE(sent.size(), 8);
        const auto body = [&sent](const QByteArray& call) {
            return QJsonDocument::fromJson(sent.value(call).body).object();
        };
        QCOMPARE(body("POST /api/v1/models/default/rollback"),
                 (QJsonObject{{QStringLiteral("comment"), QStringLiteral("worse CTR")}}));
        QCOMPARE(body("PUT /api/v1/models/default/aliases/champion"),
                 (QJsonObject{{QStringLiteral("version"), 2}}));
        QVERIFY(sent.contains("DELETE /api/v1/models/default/aliases/champion"));
        QCOMPARE(sent.value("DELETE /api/v1/models/default/aliases/champion").body, QByteArray());
        QCOMPARE(body("POST /api/v1/trainer/run"), training.toJson());
        QVERIFY(sent.contains("POST /api/v1/trainer/job-1a2b/cancel"));
        QCOMPARE(body("POST /api/v1/rollout"),
                 (QJsonObject{{QStringLiteral("candidate_version"), 2},
                              {QStringLiteral("percent"), 12.5}}));
        QCOMPARE(body("POST /api/v1/rollout/promote"), QJsonObject());
        QVERIFY(sent.contains("POST /api/v1/rollout/abort"));
        QVERIFY(ModelOperations::isValidAlias(QStringLiteral("champion_2-b")));
        QVERIFY(!ModelOperations::isValidAlias(QStringLiteral("Champion")));
        QVERIFY(!ModelOperations::isValidAlias(QString()));
        QVERIFY(!ModelOperations::isValidAlias(QString(65, u'a')));
    }

    void evaluatesTheGatesThenAppliesExactlyWhatWasEvaluated() {
        QList<QJsonObject> bodies;
        m_server->setHandler([&bodies](const LoopbackHttpServer::Request& request)
                                 -> std::optional<LoopbackHttpServer::Response> {
            if (request.path != kTransitionPath) {
                return std::nullopt;
            }
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            bodies.append(body);
            if (body.value(QLatin1StringView("dry_run")).toBool()) {
                return LoopbackHttpServer::json(
                    200,
                    "{\"status\":\"evaluated\",\"archived_production\":null,\"gates\":"
                    "[{\"gate\":\"staging.ndcg@10\",\"passed\":true,\"actual\":0.45,"
                    "\"threshold\":0.35,\"detail\":\"ndcg@10 = 0.4500 >= 0.3500\"}]}");
            }
            return LoopbackHttpServer::json(
                200, "{\"status\":\"applied\",\"archived_production\":1,\"gates\":[]}");
        });
        StageTransition transition(&*m_operations);
        QSignalSpy states(&transition, &StageTransition::stateChanged);
        QVERIFY(!transition.apply());  // nothing evaluated yet
        transition.setRequest(TransitionRequest{QStringLiteral("default"), 2,
                                                ModelStage::Production, QString(), false, false});
        transition.evaluate();
        QCOMPARE(transition.state(), StageTransition::State::Evaluating);
        QTRY_COMPARE(transition.state(), StageTransition::State::Evaluated);
        QCOMPARE(transition.gates().size(), 1);
        QVERIFY(transition.gatesPassed());
        QVERIFY(transition.canApply());
        QCOMPARE(bodies.at(0), (QJsonObject{{QStringLiteral("stage"), QStringLiteral("Production")},
                                            {QStringLiteral("dry_run"), true}}));

        // A comment may still be added; the evaluation stands.
        transition.setRequest(TransitionRequest{QStringLiteral("default"), 2,
                                                ModelStage::Production,
                                                QStringLiteral("weekly retrain"), false, false});
        QCOMPARE(transition.state(), StageTransition::State::Evaluated);
        QVERIFY(transition.apply());
        QTRY_COMPARE(transition.state(), StageTransition::State::Applied);
        QCOMPARE(transition.archivedProduction(), std::optional<int>(1));
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies.at(1),
                 (QJsonObject{{QStringLiteral("stage"), QStringLiteral("Production")},
                              {QStringLiteral("comment"), QStringLiteral("weekly retrain")}}));

        // Another stage needs another evaluation.
        transition.setRequest(TransitionRequest{QStringLiteral("default"), 2, ModelStage::Staging,
                                                QString(), false, false});
        QCOMPARE(transition.state(), StageTransition::State::Idle);
        QVERIFY(!transition.canApply());
        QVERIFY(transition.gates().isEmpty());
    }

    void failingGatesNeedAForcedChange() {
        m_server->setRoute("POST", kTransitionPath,
                           LoopbackHttpServer::json(200, fixture("dry-run-failing.json")));
        StageTransition transition(&*m_operations);
        transition.setRequest(TransitionRequest{QStringLiteral("default"), 2,
                                                ModelStage::Production, QString(), false, false});
        transition.evaluate();
        QTRY_COMPARE(transition.state(), StageTransition::State::Evaluated);
        QVERIFY(!transition.gatesPassed());
        QVERIFY(!transition.canApply());
        QVERIFY(!transition.apply());
        transition.setRequest(TransitionRequest{QStringLiteral("default"), 2,
                                                ModelStage::Production, QStringLiteral("why"), true,
                                                false});
        QCOMPARE(transition.state(), StageTransition::State::Idle);  // forced: evaluate again
        transition.evaluate();
        QTRY_COMPARE(transition.state(), StageTransition::State::Evaluated);
        QVERIFY(transition.canApply());
    }

    void aRefusalKeepsItsGatesAndAConflictNamesProduction() {
        int calls = 0;
        m_server->setHandler([&calls](const LoopbackHttpServer::Request& request)
                                 -> std::optional<LoopbackHttpServer::Response> {
            if (request.path != kTransitionPath) {
                return std::nullopt;
            }
            ++calls;
            if (QJsonDocument::fromJson(request.body).object().value(u"dry_run").toBool()) {
                return LoopbackHttpServer::json(200, "{\"status\":\"evaluated\",\"gates\":[]}");
            }
            if (calls == 2) {
                LoopbackHttpServer::Response refused =
                    LoopbackHttpServer::json(422, fixture("refused-gates.json"));
                refused.contentType = "application/problem+json";
                return refused;
            }
            LoopbackHttpServer::Response conflict = LoopbackHttpServer::json(
                409,
                "{\"type\":\"urn:recops:problem:conflict\",\"title\":\"Conflict\","
                "\"status\":409,\"detail\":\"Production changed while this transition was "
                "decided (it is now version 3); read the model again and retry\","
                "\"current_production\":3,\"request_id\":\"r-409\"}");
            conflict.contentType = "application/problem+json";
            return conflict;
        });
        StageTransition transition(&*m_operations);
        transition.setRequest(TransitionRequest{QStringLiteral("default"), 2, ModelStage::Staging,
                                                QString(), false, false});
        transition.evaluate();
        QTRY_COMPARE(transition.state(), StageTransition::State::Evaluated);
        QVERIFY(transition.apply());
        QTRY_COMPARE(transition.state(), StageTransition::State::Refused);
        QVERIFY(transition.refusedOnApply());
        QCOMPARE(transition.error().httpStatus(), 422);
        QCOMPARE(transition.detail(),
                 QStringLiteral("the Staging gates refused version 4; an admin may force it with "
                                "a comment"));
        QCOMPARE(transition.gates().size(), 2);
        QVERIFY(!transition.gatesPassed());

        transition.evaluate();
        QTRY_COMPARE(transition.state(), StageTransition::State::Evaluated);
        QVERIFY(transition.apply());
        QTRY_COMPARE(transition.state(), StageTransition::State::Conflict);
        QCOMPARE(transition.currentProduction(), std::optional<int>(3));
        QCOMPARE(transition.error().requestId(), QStringLiteral("r-409"));
    }

    void aVersionAlreadyThereIsUnchanged() {
        m_server->setRoute("POST", kTransitionPath,
                           LoopbackHttpServer::json(
                               200, "{\"status\":\"unchanged\",\"gates\":[],\"version\":{}}"));
        StageTransition transition(&*m_operations);
        transition.setRequest(TransitionRequest{QStringLiteral("default"), 2, ModelStage::Staging,
                                                QString(), false, false});
        transition.evaluate();
        QTRY_COMPARE(transition.state(), StageTransition::State::Unchanged);
        QVERIFY(!transition.canApply());
    }

    void aServerThatIsGoneFailsTheTransition() {
        StageTransition transition(&*m_operations);
        transition.setRequest(TransitionRequest{QStringLiteral("default"), 2, ModelStage::Staging,
                                                QString(), false, false});
        m_server->stop();
        transition.evaluate();
        QTRY_COMPARE(transition.state(), StageTransition::State::Failed);
        QCOMPARE(transition.error().kind(), ApiError::Kind::Network);
    }

private:
    std::optional<LoopbackHttpServer> m_server;
    std::optional<SecretStore> m_secrets;
    std::optional<ServerConnection> m_connection;
    std::optional<ModelOperations> m_operations;
};

QTEST_MAIN(ModelOperationsTest)
#include "model_operations_test.moc"
