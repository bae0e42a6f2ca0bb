// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// ServerConnection: where the token comes from, and what switching profiles cancels.
#include "core/server_connection.h"

#include "core/api_client.h"
#include "core/health_monitor.h"
#include "core/latency_history_model.h"
#include "core/secret_store.h"
#include "support/loopback_http_server.h"

#include <QSignalSpy>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;

namespace {
const QByteArray kHealthy =
    "{\"status\":\"healthy\",\"version\":\"0.1.0\",\"uptime_seconds\":1,\"model\":null,"
    "\"store\":{}}";
}  // namespace

class ServerConnectionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        qunsetenv("DISPLAY");
    }

    void init() {
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        m_server.emplace();
        QVERIFY(m_server->start());
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        m_server->setRoute("GET", "/api/v1/whoami",
                           LoopbackHttpServer::json(200, "{\"role\":\"viewer\",\"name\":\"n\"}"));
        m_profile = {};
        m_profile.id = QStringLiteral("profile-1");
        m_profile.name = QStringLiteral("test");
        m_profile.url = QUrl(m_server->baseUrl());
    }
    void cleanup() { m_server.reset(); }

    void theEnvironmentTokenWins() {
        qputenv(ServerConnection::kTokenEnvironmentVariable, "rcp_from_environment");
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        ServerConnection connection(&secrets);
        connection.openWithToken(m_profile, QStringLiteral("rcp_from_stdin"),
                                 ServerConnection::TokenSource::Session);
        QCOMPARE(connection.tokenSource(), ServerConnection::TokenSource::Environment);
        QTRY_COMPARE(m_server->hitCount("/api/v1/whoami"), 1);
        QCOMPARE(m_server->requests().constLast().headers.value("authorization"),
                 QByteArray("Bearer rcp_from_environment"));
    }

    void aSessionTokenIsUsedAndReported() {
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        QSignalSpy sources(&secrets, &SecretStore::backendChanged);
        bool written = false;
        secrets.writeToken(
            m_profile.id, QStringLiteral("rcp_session"), this,
            [&](const SecretStore::Result& result) { written = result.succeeded(); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20'000);
        QCOMPARE(secrets.backend(), SecretStore::Backend::SessionOnly);
        QVERIFY(secrets.backendMessage().contains(u"session only"));

        ServerConnection connection(&secrets);
        QSignalSpy tokenSources(&connection, &ServerConnection::tokenSourceChanged);
        connection.open(m_profile);
        QTRY_COMPARE(tokenSources.size(), 1);
        QCOMPARE(connection.tokenSource(), ServerConnection::TokenSource::Session);
        QTRY_COMPARE(connection.monitor()->health().authentication,
                     AuthenticationState::Authenticated);
        QCOMPARE(m_server->requests().constLast().headers.value("authorization"),
                 QByteArray("Bearer rcp_session"));
        QTRY_VERIFY(connection.latencyHistory()->rowCount() >= 1);
    }

    void anUnsavedProfileHasNoToken() {
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        ServerConnection connection(&secrets);
        ConnectionProfile adHoc = m_profile;
        adHoc.id.clear();
        connection.open(adHoc);
        QCOMPARE(connection.tokenSource(), ServerConnection::TokenSource::None);
        QTRY_COMPARE(connection.monitor()->health().authentication, AuthenticationState::NoToken);
        QVERIFY(!m_server->requests().constLast().headers.contains("authorization"));
    }

    void switchingProfilesStartsAfresh() {
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        ServerConnection connection(&secrets);
        connection.openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        QTRY_COMPARE(connection.monitor()->health().state, ConnectionState::Reachable);
        QTRY_VERIFY(connection.latencyHistory()->rowCount() >= 1);

        LoopbackHttpServer other;
        QVERIFY(other.start());
        other.setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        ConnectionProfile second = m_profile;
        second.id = QStringLiteral("profile-2");
        second.url = QUrl(other.baseUrl());
        QSignalSpy profiles(&connection, &ServerConnection::profileChanged);
        connection.openWithToken(second, QString(), ServerConnection::TokenSource::None);
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(connection.profile().id, QStringLiteral("profile-2"));
        QCOMPARE(connection.monitor()->health().serverUrl, QUrl(other.baseUrl()));
        QTRY_COMPARE(connection.monitor()->health().state, ConnectionState::Reachable);
        QVERIFY(other.hitCount("/healthz") >= 1);

        connection.close();
        QVERIFY(!connection.isOpen());
        QCOMPARE(connection.monitor()->health().state, ConnectionState::Disconnected);
    }

private:
    std::optional<LoopbackHttpServer> m_server;
    ConnectionProfile m_profile;
};

QTEST_GUILESS_MAIN(ServerConnectionTest)
#include "server_connection_test.moc"
