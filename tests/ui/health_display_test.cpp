// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The status bar and the Dashboard show what the health monitor learns from a real HTTP
// server on loopback (scripted, so the test can make it degrade, refuse the token and
// disappear), and change when the server does.
#include "core/health_monitor.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "support/loopback_http_server.h"
#include "ui/dashboard_page.h"
#include "ui/health_status_widget.h"
#include "ui/latency_chart_view.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;

namespace {
const QByteArray kHealthy =
    "{\"status\":\"healthy\",\"version\":\"0.1.0\",\"uptime_seconds\":7384,"
    "\"model\":{\"name\":\"ease\",\"version\":\"4\",\"algorithm\":\"ease\","
    "\"loaded_at\":\"2026-03-01T12:00:00.000Z\"},"
    "\"store\":{\"backend\":\"sqlite\",\"status\":\"ok\",\"schema_version\":1}}";
}  // namespace

class HealthDisplayTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
    }

    void init() {
        m_server.emplace();
        QVERIFY(m_server->start());
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        m_server->setRoute("GET", "/api/v1/whoami",
                           LoopbackHttpServer::json(200,
                                                    "{\"token_id\":\"0123456789abcdef\","
                                                    "\"name\":\"ci\",\"role\":\"operator\"}"));
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
        m_connection.emplace(&*m_secrets);
        m_connection->monitor()->setPollIntervalMs(100);
        m_connection->monitor()->setBackoffPolicy(BackoffPolicy{100, 2.0, 200, 0.0}, 1);
        m_status.emplace(&*m_connection);
        m_dashboard.emplace(&*m_connection);
        m_status->show();
        m_dashboard->show();
        m_profile = {};
        m_profile.name = QStringLiteral("loopback");
        m_profile.url = QUrl(m_server->baseUrl());
    }

    void cleanup() {
        m_dashboard.reset();
        m_status.reset();
        m_connection.reset();
        m_secrets.reset();
        m_server.reset();
    }

    void showsAHealthyServerWithItsRole() {
        QCOMPARE(m_status->statusText(), QStringLiteral("Not connected"));
        m_connection->openWithToken(m_profile, QStringLiteral("rcp_token"),
                                    ServerConnection::TokenSource::Session);
        QTRY_COMPARE(m_status->roleText(), QStringLiteral("Role: operator (ci)"));
        QCOMPARE(m_status->statusText(), QStringLiteral("Healthy"));
        QCOMPARE(m_status->versionText(), QStringLiteral("recopsd 0.1.0"));
        QVERIFY2(m_status->latencyText().endsWith(u" ms"), qPrintable(m_status->latencyText()));

        // Settled once the service-level sources have answered too (404 here: Unsupported).
        QTRY_VERIFY(m_dashboard->isSettled());
        QCOMPARE(m_dashboard->statusText(), QStringLiteral("Healthy"));
        QCOMPARE(m_dashboard->problemText(), QString());
        const QList<QLabel*> labels = m_dashboard->findChildren<QLabel*>();
        const auto labelNamed = [&labels](const QString& name) {
            for (QLabel* label : labels) {
                if (label->accessibleName() == name) {
                    return label->text();
                }
            }
            return QString();
        };
        QCOMPARE(labelNamed(QStringLiteral("Version")), QStringLiteral("0.1.0"));
        QCOMPARE(labelNamed(QStringLiteral("Uptime")), QStringLiteral("2 h 3 min"));
        QCOMPARE(labelNamed(QStringLiteral("Token")), QStringLiteral("operator (ci)"));

        // The serving model and the store are tables bound to the report.
        bool sawAlgorithm = false;
        for (QTableView* table : m_dashboard->findChildren<QTableView*>()) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                sawAlgorithm |= table->model()->index(row, 0).data().toString() == u"algorithm" &&
                                table->model()->index(row, 1).data().toString() == u"ease";
            }
        }
        QVERIFY(sawAlgorithm);
        QTRY_VERIFY(m_dashboard->findChild<LatencyChartView*>()->answeredPointCount() >= 2);
    }

    void reportsTheServerGoingAwayAndComingBack() {
        m_connection->openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        QTRY_COMPARE(m_status->statusText(), QStringLiteral("Healthy"));
        QCOMPARE(m_status->roleText(), QStringLiteral("Role: no token"));
        const quint16 port = m_server->port();

        m_server->stop();
        QTRY_VERIFY(m_status->statusText().startsWith(u"Unreachable, retrying in "));
        QCOMPARE(m_dashboard->statusText(), QStringLiteral("Unreachable"));
        QVERIFY(m_dashboard->problemText().contains(u"does not answer"));
        QVERIFY(m_dashboard->problemText().contains(u"retrying in"));
        QTRY_VERIFY(m_dashboard->findChild<LatencyChartView*>()->failedPointCount() >= 1);

        QVERIFY(m_server->start(port));
        QTRY_COMPARE(m_status->statusText(), QStringLiteral("Healthy"));
        QCOMPARE(m_dashboard->problemText().isEmpty(), false);  // still says: no token
        QVERIFY(m_dashboard->problemText().contains(u"No token"));
    }

    void namesADegradedServerAndARefusedToken() {
        QByteArray degraded = kHealthy;
        degraded.replace("\"status\":\"healthy\"", "\"status\":\"degraded\"");
        degraded.replace("\"status\":\"ok\"",
                         "\"status\":\"unavailable\",\"error\":\"disk I/O error\"");
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, degraded));
        m_server->setRoute(
            "GET", "/api/v1/whoami",
            LoopbackHttpServer::problem(401, QStringLiteral("urn:recops:problem:unauthorized"),
                                        QStringLiteral("Unauthorized"),
                                        QStringLiteral("token revoked"), QStringLiteral("r-1")));
        m_connection->openWithToken(m_profile, QStringLiteral("rcp_old"),
                                    ServerConnection::TokenSource::Session);
        QTRY_COMPARE(m_status->roleText(), QStringLiteral("Role: token rejected"));
        QCOMPARE(m_status->statusText(), QStringLiteral("Degraded"));
        QVERIFY(m_dashboard->problemText().contains(u"token revoked"));
        QVERIFY(m_dashboard->problemText().contains(u"r-1"));

        m_server->setRoute("GET", "/api/v1/whoami",
                           LoopbackHttpServer::json(200, "{\"role\":\"admin\",\"name\":\"n\"}"));
        m_connection->monitor()->recheckIdentity();
        QTRY_COMPARE(m_status->roleText(), QStringLiteral("Role: admin (n)"));
        QVERIFY2(m_dashboard->problemText().contains(u"disk I/O error"),
                 qPrintable(m_dashboard->problemText()));
    }

private:
    std::optional<LoopbackHttpServer> m_server;
    std::optional<SecretStore> m_secrets;
    std::optional<ServerConnection> m_connection;
    std::optional<HealthStatusWidget> m_status;
    std::optional<DashboardPage> m_dashboard;
    ConnectionProfile m_profile;
};

QTEST_MAIN(HealthDisplayTest)
#include "health_display_test.moc"
