// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// ApiClient against a scripted loopback server: what it sends, how it decodes answers,
// and how it reports the failures a network produces.
#include "core/api_client.h"

#include "core/api_reply.h"
#include "support/loopback_http_server.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using recops::console::ApiClient;
using recops::console::ApiError;
using recops::console::ApiReply;
using recops::console::testing::LoopbackHttpServer;

namespace {

// Waits for @p reply to finish and returns a copy of what matters (it deletes itself).
struct Outcome {
    bool success = false;
    int status = 0;
    QJsonDocument json;
    ApiError error;
    QString requestId;
    double latencyMs = -1;
};

Outcome await(ApiReply* reply) {
    Outcome outcome;
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        outcome = {reply->isSuccess(), reply->httpStatus(), reply->json(),
                   reply->error(),     reply->requestId(),  reply->latencyMs()};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10'000)) {
        qFatal("the reply did not finish within 10 s");
    }
    return outcome;
}

}  // namespace

class ApiClientTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_server.clearRequests();
        QVERIFY(m_server.start());
        m_client.setBaseUrl(QUrl(m_server.baseUrl()));
        m_client.setToken(QString());
    }
    void cleanup() { m_server.stop(); }

    void decodesJsonAndMeasuresTheCall() {
        m_server.setRoute("GET", "/api/v1/whoami",
                          LoopbackHttpServer::json(200, R"({"role":"admin","name":"ci"})"));
        m_client.setToken(QStringLiteral("rcp_token"));
        QSignalSpy calls(&m_client, &ApiClient::callFinished);

        const Outcome outcome = await(m_client.get(QStringLiteral("/api/v1/whoami")));

        QVERIFY(outcome.success);
        QCOMPARE(outcome.status, 200);
        QCOMPARE(outcome.json[QStringLiteral("role")].toString(), QStringLiteral("admin"));
        QVERIFY(outcome.latencyMs > 0.0);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).at(0).toString(), QStringLiteral("/api/v1/whoami"));
        QCOMPARE(calls.at(0).at(2).toBool(), true);

        const LoopbackHttpServer::Request& sent = m_server.requests().constLast();
        QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer rcp_token"));
        QVERIFY(sent.headers.value("accept").contains("application/problem+json"));
        // The console names its own request so failures can be traced server-side.
        QVERIFY(sent.headers.value("x-request-id").startsWith("console-"));
        QCOMPARE(outcome.requestId, QString::fromLatin1(sent.headers.value("x-request-id")));
    }

    void sendsNoAuthorizationWithoutAToken() {
        m_server.setRoute("GET", "/healthz", LoopbackHttpServer::json(200, "{}"));
        await(m_client.get(QStringLiteral("/healthz")));
        QVERIFY(!m_server.requests().constLast().headers.contains("authorization"));
    }

    void postsJson() {
        m_server.setRoute("POST", "/api/v1/tokens",
                          LoopbackHttpServer::json(201, R"({"id":"0123456789abcdef"})"));
        const Outcome outcome = await(m_client.post(
            QStringLiteral("/api/v1/tokens"),
            QJsonDocument(QJsonObject{{QStringLiteral("role"), QStringLiteral("viewer")}})));
        QVERIFY(outcome.success);
        QCOMPARE(outcome.status, 201);
        const LoopbackHttpServer::Request& sent = m_server.requests().constLast();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(sent.body, QByteArray(R"({"role":"viewer"})"));
    }

    void keepsThePathPrefixOfTheBaseUrl() {
        m_client.setBaseUrl(QUrl(m_server.baseUrl() + QStringLiteral("/recops/")));
        m_server.setRoute("GET", "/recops/healthz", LoopbackHttpServer::json(200, "{}"));
        QVERIFY(await(m_client.get(QStringLiteral("/healthz"))).success);
    }

    void turnsAProblemIntoATypedError() {
        m_server.setRoute(
            "GET", "/api/v1/tokens",
            LoopbackHttpServer::problem(
                403, QStringLiteral("urn:recops:problem:forbidden"), QStringLiteral("Forbidden"),
                QStringLiteral("role viewer is below admin"), QStringLiteral("r-9")));
        const Outcome outcome = await(m_client.get(QStringLiteral("/api/v1/tokens")));
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.status, 403);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Http);
        QCOMPARE(outcome.error.type(), QStringLiteral("urn:recops:problem:forbidden"));
        QCOMPARE(outcome.error.detail(), QStringLiteral("role viewer is below admin"));
        QCOMPARE(outcome.error.requestId(), QStringLiteral("r-9"));
    }

    void reportsASuccessWhoseBodyIsNotJson() {
        LoopbackHttpServer::Response garbage = LoopbackHttpServer::json(200, "{not json");
        m_server.setRoute("GET", "/healthz", garbage);
        const Outcome outcome = await(m_client.get(QStringLiteral("/healthz")));
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(outcome.error.httpStatus(), 200);
    }

    void timesOutASlowServer() {
        LoopbackHttpServer::Response slow = LoopbackHttpServer::json(200, "{}");
        slow.delayMs = 3'000;
        m_server.setRoute("GET", "/healthz", slow);
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = await(m_client.get(QStringLiteral("/healthz"), {}, 200));
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 2'500, "the deadline did not cut the call short");
        // The id that was sent stays attached, for the access log.
        QVERIFY(outcome.error.requestId().startsWith(u"console-"));
    }

    void reportsARefusedConnection() {
        const quint16 port = m_server.port();
        m_server.stop();
        m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const Outcome outcome = await(m_client.get(QStringLiteral("/healthz")));
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Network);
        QCOMPARE(outcome.status, 0);
        QVERIFY(!outcome.error.detail().isEmpty());
    }

    void refusesAnAddressThatIsNotHttp() {
        m_client.setBaseUrl(QUrl(QStringLiteral("ftp://127.0.0.1/")));
        const Outcome outcome = await(m_client.get(QStringLiteral("/healthz")));
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Network);
        QVERIFY(outcome.error.detail().contains(QStringLiteral("ftp://127.0.0.1/")));
        QVERIFY(m_server.requests().isEmpty());
    }

    void reportsAnUnreadableCaFileBeforeConnecting() {
        m_client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.port())));
        m_client.setTlsOptions({QStringLiteral("/nonexistent/ca.pem"), false});
        const Outcome outcome = await(m_client.get(QStringLiteral("/healthz")));
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Tls);
        QVERIFY(outcome.error.detail().contains(QStringLiteral("/nonexistent/ca.pem")));
        m_client.setTlsOptions({});
    }

    void abortAllCancelsCallsInFlight() {
        LoopbackHttpServer::Response slow = LoopbackHttpServer::json(200, "{}");
        slow.delayMs = 5'000;
        m_server.setRoute("GET", "/healthz", slow);
        ApiReply* reply = m_client.get(QStringLiteral("/healthz"));
        QTRY_COMPARE(m_server.hitCount("/healthz"), 1);
        ApiError error;
        connect(reply, &ApiReply::finished, this, [&] { error = reply->error(); });
        m_client.abortAll();
        QTRY_COMPARE(error.kind(), ApiError::Kind::Cancelled);
    }

private:
    LoopbackHttpServer m_server;
    ApiClient m_client;
};

QTEST_GUILESS_MAIN(ApiClientTest)
#include "api_client_test.moc"
