// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// HealthMonitor's state machine against a scripted loopback server that can answer, hang,
// refuse and come back on the same port. Intervals are shortened; the sequence of states,
// retry delays and token checks is what is asserted, never a duration.
#include "core/health_monitor.h"

#include "core/api_client.h"
#include "support/loopback_http_server.h"

#include <QSignalSpy>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;

Q_DECLARE_METATYPE(recops::console::ConnectionState)

namespace {

const QByteArray kHealthy =
    "{\"status\":\"healthy\",\"version\":\"0.1.0\",\"uptime_seconds\":42.5,"
    "\"model\":{\"name\":\"ease\",\"version\":\"3\",\"algorithm\":\"ease\","
    "\"loaded_at\":\"2026-03-01T12:00:00.000Z\"},"
    "\"store\":{\"backend\":\"sqlite\",\"status\":\"ok\",\"schema_version\":1}}";
const QByteArray kWhoami =
    "{\"token_id\":\"3f9a0c1d2e4b5a69\",\"name\":\"ci\",\"role\":\"operator\"}";

LoopbackHttpServer::Response unauthorized() {
    return LoopbackHttpServer::problem(401, QStringLiteral("urn:recops:problem:unauthorized"),
                                       QStringLiteral("Unauthorized"),
                                       QStringLiteral("unknown token"), QStringLiteral("r-401"));
}

}  // namespace

class HealthMonitorTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ConnectionState>(); }

    void init() {
        m_server.emplace();
        QVERIFY(m_server->start());
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        m_server->setRoute("GET", "/api/v1/whoami", LoopbackHttpServer::json(200, kWhoami));
        m_client.emplace();
        m_client->setBaseUrl(QUrl(m_server->baseUrl()));
        m_client->setToken(QStringLiteral("rcp_test"));
        m_monitor.emplace(&*m_client);
        m_monitor->setPollIntervalMs(100);
        m_monitor->setProbeTimeoutMs(300);
        m_monitor->setBackoffPolicy(BackoffPolicy{100, 2.0, 400, 0.0}, 1);
    }

    void cleanup() {
        m_monitor.reset();
        m_client.reset();
        m_server.reset();
    }

    void becomesReachableAndLearnsTheRole() {
        QSignalSpy states(&*m_monitor, &HealthMonitor::stateChanged);
        QSignalSpy settled(&*m_monitor, &HealthMonitor::settled);
        m_monitor->start();
        QCOMPARE(m_monitor->health().state, ConnectionState::Connecting);
        QTRY_COMPARE(settled.size(), 1);

        const ServerHealth& health = m_monitor->health();
        QCOMPARE(health.state, ConnectionState::Reachable);
        QVERIFY(health.report);
        QCOMPARE(health.report->version, QStringLiteral("0.1.0"));
        QCOMPARE(health.report->uptimeSeconds, 42.5);
        QCOMPARE(health.report->model->value(QStringLiteral("algorithm")).toString(),
                 QStringLiteral("ease"));
        QCOMPARE(health.report->store.value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(health.lastLatencyMs > 0.0);
        QCOMPARE(health.authentication, AuthenticationState::Authenticated);
        QCOMPARE(health.identity.role, QStringLiteral("operator"));
        QCOMPARE(health.identity.tokenId, QStringLiteral("3f9a0c1d2e4b5a69"));
        QCOMPARE(states.at(0).at(0).value<ConnectionState>(), ConnectionState::Connecting);
        QCOMPARE(states.at(1).at(0).value<ConnectionState>(), ConnectionState::Reachable);

        // It keeps polling, but asks who it is only once per connection.
        QTRY_VERIFY(m_server->hitCount("/healthz") >= 4);
        QCOMPARE(m_server->hitCount("/api/v1/whoami"), 1);
        QCOMPARE(settled.size(), 1);
    }

    void withoutATokenDoesNotAskWhoItIs() {
        m_client->setToken(QString());
        QSignalSpy settled(&*m_monitor, &HealthMonitor::settled);
        m_monitor->start();
        QTRY_COMPARE(settled.size(), 1);
        QCOMPARE(m_monitor->health().authentication, AuthenticationState::NoToken);
        QTRY_VERIFY(m_server->hitCount("/healthz") >= 2);
        QCOMPARE(m_server->hitCount("/api/v1/whoami"), 0);
    }

    void backsOffWhileDownAndRecoversOnTheSamePort() {
        QSignalSpy changes(&*m_monitor, &HealthMonitor::healthChanged);
        m_monitor->start();
        QTRY_COMPARE(m_monitor->health().authentication, AuthenticationState::Authenticated);
        const quint16 port = m_server->port();

        m_server->stop();
        QTRY_COMPARE(m_monitor->health().state, ConnectionState::Unreachable);
        QCOMPARE(m_monitor->health().lastError.kind(), ApiError::Kind::Network);
        QCOMPARE(m_monitor->health().authentication, AuthenticationState::Unknown);
        QVERIFY(m_monitor->health().report);  // the last report is kept, marked stale
        QTRY_VERIFY(m_monitor->health().consecutiveFailures >= 5);

        QList<int> retries;
        for (const QList<QVariant>& change : changes) {
            const auto health = change.at(0).value<ServerHealth>();
            if (health.state == ConnectionState::Unreachable &&
                health.consecutiveFailures > retries.size()) {
                retries.append(health.retryInMs);
            }
        }
        QCOMPARE(retries.mid(0, 5), (QList<int>{100, 200, 400, 400, 400}));

        QVERIFY(m_server->start(port));
        QTRY_COMPARE(m_monitor->health().state, ConnectionState::Reachable);
        QCOMPARE(m_monitor->health().consecutiveFailures, 0);
        QCOMPARE(m_monitor->health().retryInMs, 0);
        QTRY_COMPARE(m_monitor->health().authentication, AuthenticationState::Authenticated);
        QCOMPARE(m_server->hitCount("/api/v1/whoami"), 2);  // checked again after the outage
    }

    void checksARejectedTokenAgainWithGrowingDelays() {
        m_monitor->setIdentityRetryPolicy(BackoffPolicy{200, 2.0, 800, 0.0}, 1);
        m_server->setRoute("GET", "/api/v1/whoami", unauthorized());
        m_monitor->start();
        QTRY_COMPARE(m_monitor->health().authentication, AuthenticationState::Rejected);
        QCOMPARE(m_monitor->health().state, ConnectionState::Reachable);
        QCOMPARE(m_monitor->health().authenticationError.type(),
                 QStringLiteral("urn:recops:problem:unauthorized"));
        QCOMPARE(m_monitor->health().authenticationError.requestId(), QStringLiteral("r-401"));

        // Checks at 0, 200, 600, 1400 ms...: far fewer than the health polls (every 100 ms).
        QTRY_VERIFY(m_server->hitCount("/api/v1/whoami") >= 3);
        const int polls = m_server->hitCount("/healthz");
        QVERIFY2(polls >= 2 * m_server->hitCount("/api/v1/whoami"),
                 qPrintable(QStringLiteral("%1 polls").arg(polls)));

        // A token that becomes valid (created while the console was open) is picked up.
        m_server->setRoute("GET", "/api/v1/whoami", LoopbackHttpServer::json(200, kWhoami));
        QTRY_COMPARE(m_monitor->health().authentication, AuthenticationState::Authenticated);
        const int checks = m_server->hitCount("/api/v1/whoami");
        QTRY_VERIFY(m_server->hitCount("/healthz") >= polls + 10);
        QCOMPARE(m_server->hitCount("/api/v1/whoami"), checks);  // and then left alone
    }

    void aHealthCheckThatNeedsATokenMeansReachable() {
        // auth.open_endpoints without /healthz: the server is up, the token is the problem.
        m_server->setRoute("GET", "/healthz", unauthorized());
        m_monitor->start();
        QTRY_COMPARE(m_monitor->health().state, ConnectionState::Reachable);
        QVERIFY(!m_monitor->health().report);
        QCOMPARE(m_monitor->health().authentication, AuthenticationState::Rejected);
        QVERIFY(m_monitor->health().isSettled());

        // Once the token is accepted, the report and the identity follow.
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        QTRY_COMPARE(m_monitor->health().authentication, AuthenticationState::Authenticated);
        QVERIFY(m_monitor->health().report);
    }

    void aBodyOutsideTheContractIsAFailure() {
        m_server->setRoute("GET", "/healthz",
                           LoopbackHttpServer::json(200, "{\"status\":\"healthy\"}"));
        m_monitor->start();
        QTRY_COMPARE(m_monitor->health().state, ConnectionState::Unreachable);
        QCOMPARE(m_monitor->health().lastError.kind(), ApiError::Kind::InvalidResponse);
        QVERIFY(m_monitor->health().lastError.detail().contains(QStringLiteral("version")));
    }

    void aHangingServerTimesOut() {
        LoopbackHttpServer::Response hanging = LoopbackHttpServer::json(200, kHealthy);
        hanging.delayMs = 10'000;
        m_server->setRoute("GET", "/healthz", hanging);
        m_monitor->start();
        QTRY_COMPARE(m_monitor->health().state, ConnectionState::Unreachable);
        QCOMPARE(m_monitor->health().lastError.kind(), ApiError::Kind::Timeout);
    }

    void reportsADegradedServerAsReachable() {
        QByteArray degraded = kHealthy;
        degraded.replace("\"status\":\"healthy\"", "\"status\":\"degraded\"");
        degraded.replace("\"model\":{", "\"model\":null,\"unused\":{");
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, degraded));
        m_monitor->start();
        QTRY_COMPARE(m_monitor->health().state, ConnectionState::Reachable);
        QCOMPARE(m_monitor->health().report->status, QStringLiteral("degraded"));
        QVERIFY(!m_monitor->health().report->isHealthy());
        QVERIFY(!m_monitor->health().report->model);
    }

    void stopEndsPolling() {
        m_monitor->start();
        QTRY_COMPARE(m_monitor->health().state, ConnectionState::Reachable);
        m_monitor->stop();
        QCOMPARE(m_monitor->health().state, ConnectionState::Disconnected);
        const int hits = m_server->hitCount("/healthz");
        // Three poll intervals later, nothing more arrived.
        QSignalSpy received(&*m_server, &LoopbackHttpServer::requestReceived);
        QVERIFY(!received.wait(300));
        QCOMPARE(m_server->hitCount("/healthz"), hits);
    }

private:
    std::optional<LoopbackHttpServer> m_server;
    std::optional<ApiClient> m_client;
    std::optional<HealthMonitor> m_monitor;
};

QTEST_GUILESS_MAIN(HealthMonitorTest)
#include "health_monitor_test.moc"
