// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// PolledResource<T>: typed values, the last good value kept (and marked stale) through
// every kind of failure, no fetching while the health monitor backs off, recovery as soon
// as the server answers again, pause/resume, and a profile change dropping the data.
#include "core/health_monitor.h"
#include "core/polled_resource.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/staleness.h"
#include "support/loopback_http_server.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;

namespace {

const QByteArray kHealthy =
    "{\"status\":\"healthy\",\"version\":\"0.1.0\",\"uptime_seconds\":1,\"model\":null,"
    "\"store\":{}}";

// The resource under test: a list of items, of which the value is the count.
std::optional<int> itemCount(const QJsonDocument& body, QString* error) {
    const QJsonValue items = body.object().value(QStringLiteral("items"));
    if (!items.isArray()) {
        *error = QStringLiteral("items: missing or not a list");
        return std::nullopt;
    }
    return static_cast<int>(items.toArray().size());
}

}  // namespace

class ResourcePollerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() {
        m_server.emplace();
        QVERIFY(m_server->start());
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        m_server->setRoute("GET", "/api/v1/items",
                           LoopbackHttpServer::json(200, "{\"items\":[1,2,3]}"));
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
        m_connection.emplace(&*m_secrets);
        m_connection->monitor()->setPollIntervalMs(200);
        m_connection->monitor()->setProbeTimeoutMs(500);
        m_connection->monitor()->setBackoffPolicy(BackoffPolicy{100, 2.0, 400, 0.0}, 1);
        m_profile = {};
        m_profile.id = QStringLiteral("p-1");
        m_profile.name = QStringLiteral("test");
        m_profile.url = QUrl(m_server->baseUrl());
    }

    void cleanup() {
        m_connection.reset();
        m_secrets.reset();
        m_server.reset();
    }

    void fetchesATypedValueOnceTheServerAnswers() {
        PolledResource<int> items(&*m_connection, QStringLiteral("/api/v1/items"), itemCount);
        QCOMPARE(items.state(), DataState::Empty);
        items.start();
        QCOMPARE(items.state(), DataState::Empty);  // not connected: nothing to wait for
        m_connection->openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        QCOMPARE(items.state(), DataState::Loading);
        QVERIFY(!items.isSettled());
        QTRY_COMPARE(items.state(), DataState::Fresh);
        QCOMPARE(items.value(), std::optional<int>(3));
        QVERIFY(items.hasData());
        QVERIFY(items.lastSuccessUtc().isValid());
        QVERIFY(!items.lastError().isError());
        QCOMPARE(m_server->hitCount("/api/v1/items"), 1);
    }

    void pollsOnItsInterval() {
        PolledResource<int> items(&*m_connection, QStringLiteral("/api/v1/items"), itemCount);
        items.setIntervalMs(150);
        m_connection->openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        items.start();
        QTRY_VERIFY(m_server->hitCount("/api/v1/items") >= 3);
        m_server->setRoute("GET", "/api/v1/items", LoopbackHttpServer::json(200, "{\"items\":[]}"));
        QTRY_COMPARE(items.value(), std::optional<int>(0));
    }

    void keepsTheLastGoodValueThroughServerErrorsAndBadBodies() {
        PolledResource<int> items(&*m_connection, QStringLiteral("/api/v1/items"), itemCount);
        items.setIntervalMs(60'000);  // only refresh() fetches in this test
        m_connection->openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        items.start();
        QTRY_COMPARE(items.state(), DataState::Fresh);
        const QDateTime fetched = items.lastSuccessUtc();

        m_server->setRoute(
            "GET", "/api/v1/items",
            LoopbackHttpServer::problem(500, QStringLiteral("about:blank"),
                                        QStringLiteral("Internal Server Error"),
                                        QStringLiteral("store is busy"), QStringLiteral("req-1")));
        QSignalSpy data(&items, &DataSource::dataChanged);
        items.refresh();
        QTRY_COMPARE(items.state(), DataState::Stale);
        QCOMPARE(items.value(), std::optional<int>(3));
        QCOMPARE(items.lastSuccessUtc(), fetched);
        QCOMPARE(items.lastError().httpStatus(), 500);
        QVERIFY(items.lastError().detail().contains(u"store is busy"));
        QCOMPARE(data.size(), 0);
        QVERIFY(Staleness::badgeText(items.lastSuccessUtc(), QDateTime::currentDateTimeUtc())
                    .startsWith(u"stale — last update "));

        m_server->setRoute("GET", "/api/v1/items", LoopbackHttpServer::json(200, "{\"nope\":1}"));
        items.refresh();
        QTRY_COMPARE(items.lastError().kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(items.state(), DataState::Stale);
        QCOMPARE(items.value(), std::optional<int>(3));
        QVERIFY(items.lastError().detail().contains(u"items: missing"));

        m_server->setRoute("GET", "/api/v1/items",
                           LoopbackHttpServer::json(200, "{\"items\":[1]}"));
        items.refresh();
        QTRY_COMPARE(items.state(), DataState::Fresh);
        QCOMPARE(items.value(), std::optional<int>(1));
        QCOMPARE(data.size(), 1);
    }

    void aResourceTheServerDoesNotHaveIsUnsupportedNotStale() {
        m_server->setRoute("GET", "/api/v1/items",
                           LoopbackHttpServer::problem(
                               404, QStringLiteral("about:blank"), QStringLiteral("Not Found"),
                               QStringLiteral("no route"), QStringLiteral("req-2")));
        PolledResource<int> items(&*m_connection, QStringLiteral("/api/v1/items"), itemCount);
        m_connection->openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        items.start();
        QTRY_COMPARE(items.state(), DataState::Unsupported);
        QVERIFY(!items.hasData());
        QVERIFY(items.isSettled());
        QVERIFY(!items.isStale());
    }

    void turnsStaleWhileTheServerIsDownAndRecoversWhenItReturns() {
        PolledResource<int> items(&*m_connection, QStringLiteral("/api/v1/items"), itemCount);
        items.setIntervalMs(60'000);
        m_connection->openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        items.start();
        QTRY_COMPARE(items.state(), DataState::Fresh);
        const int fetches = m_server->hitCount("/api/v1/items");

        const quint16 port = m_server->port();
        m_server->stop();
        QTRY_COMPARE(m_connection->monitor()->health().state, ConnectionState::Unreachable);
        QCOMPARE(items.state(), DataState::Stale);  // at once, with the monitor's reason
        QCOMPARE(items.lastError().kind(), ApiError::Kind::Network);
        QCOMPARE(items.value(), std::optional<int>(3));
        items.refresh();  // asks the monitor to try now, fetches nothing itself
        QVERIFY(!items.isFetching());

        QVERIFY(m_server->start(port));
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        m_server->setRoute("GET", "/api/v1/items",
                           LoopbackHttpServer::json(200, "{\"items\":[1,2,3,4]}"));
        // Its interval is a minute: only the monitor's reconnection can make it fetch now.
        QTRY_COMPARE_WITH_TIMEOUT(items.state(), DataState::Fresh, 5'000);
        QCOMPARE(items.value(), std::optional<int>(4));
        QCOMPARE(m_server->hitCount("/api/v1/items"), fetches + 1);
    }

    void pauseKeepsTheDataAndStopsFetching() {
        PolledResource<int> items(&*m_connection, QStringLiteral("/api/v1/items"), itemCount);
        items.setIntervalMs(100);
        m_connection->openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        items.start();
        QTRY_COMPARE(items.state(), DataState::Fresh);
        items.pause();
        QVERIFY(!items.isActive());
        const int fetches = m_server->hitCount("/api/v1/items");
        const int probes = m_server->hitCount("/healthz");
        items.refresh();
        // Several monitor probes later (each 200 ms apart), still no fetch.
        QTRY_VERIFY(m_server->hitCount("/healthz") >= probes + 3);
        QCOMPARE(m_server->hitCount("/api/v1/items"), fetches);
        QCOMPARE(items.state(), DataState::Fresh);
        QCOMPARE(items.value(), std::optional<int>(3));

        items.resume();  // the data is older than the interval: fetched at once
        QTRY_VERIFY(m_server->hitCount("/api/v1/items") > fetches);
    }

    void anotherProfileDropsTheData() {
        LoopbackHttpServer other;
        QVERIFY(other.start());
        other.setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        other.setRoute("GET", "/api/v1/items", LoopbackHttpServer::json(200, "{\"items\":[9,9]}"));
        PolledResource<int> items(&*m_connection, QStringLiteral("/api/v1/items"), itemCount);
        m_connection->openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        items.start();
        QTRY_COMPARE(items.value(), std::optional<int>(3));

        ConnectionProfile second = m_profile;
        second.id = QStringLiteral("p-2");
        second.url = QUrl(other.baseUrl());
        QSignalSpy data(&items, &DataSource::dataChanged);
        m_connection->openWithToken(second, QString(), ServerConnection::TokenSource::None);
        QCOMPARE(items.value(), std::nullopt);  // never another server's data
        QCOMPARE(items.state(), DataState::Loading);
        QVERIFY(!items.lastSuccessUtc().isValid());
        QTRY_COMPARE(items.value(), std::optional<int>(2));
        QCOMPARE(data.size(), 2);
    }

    void anotherPathDropsTheDataAndFetchesTheNewResource() {
        m_server->setRoute("GET", "/api/v1/other",
                           LoopbackHttpServer::json(200, "{\"items\":[1]}"));
        PolledResource<int> items(&*m_connection, QStringLiteral("/api/v1/items"), itemCount);
        items.setIntervalMs(60'000);
        m_connection->openWithToken(m_profile, QString(), ServerConnection::TokenSource::None);
        items.start();
        QTRY_COMPARE(items.value(), std::optional<int>(3));
        QSignalSpy data(&items, &DataSource::dataChanged);
        items.setPath(QStringLiteral("/api/v1/other"));
        QCOMPARE(items.path(), QStringLiteral("/api/v1/other"));
        QCOMPARE(items.value(), std::nullopt);  // the other resource's value does not apply
        QCOMPARE(items.state(), DataState::Loading);
        QTRY_COMPARE(items.value(), std::optional<int>(1));
        QCOMPARE(items.state(), DataState::Fresh);
        QCOMPARE(data.size(), 2);  // dropped, then the new value
        QCOMPARE(m_server->hitCount("/api/v1/other"), 1);

        // The same path again changes nothing; a paused poller waits for resume().
        items.setPath(QStringLiteral("/api/v1/other"));
        QCOMPARE(items.state(), DataState::Fresh);
        items.pause();
        items.setPath(QStringLiteral("/api/v1/items"));
        QCOMPARE(items.state(), DataState::Empty);
        QCOMPARE(m_server->hitCount("/api/v1/items"), 1);
        items.resume();
        QTRY_COMPARE(items.value(), std::optional<int>(3));
    }

    void saysHowOldDataIs() {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-03-01T14:04:11"), Qt::ISODate);
        QCOMPARE(Staleness::ago(now.addSecs(-2), now), QStringLiteral("just now"));
        QCOMPARE(Staleness::ago(now.addSecs(-42), now), QStringLiteral("42 s ago"));
        QCOMPARE(Staleness::ago(now.addSecs(-120), now), QStringLiteral("2 min ago"));
        QCOMPARE(Staleness::ago(now.addSecs(-3 * 3'600 - 5), now), QStringLiteral("3 h ago"));
        QCOMPARE(Staleness::ago(now.addDays(-2), now), QStringLiteral("2 d ago"));
        QCOMPARE(Staleness::badgeText(now.addSecs(-120), now),
                 QStringLiteral("stale — last update 14:02:11, 2 min ago"));
        QCOMPARE(Staleness::badgeText(now.addDays(-1), now),
                 QStringLiteral("stale — last update 2026-02-28 14:04:11, 1 d ago"));
        QCOMPARE(Staleness::badgeText(QDateTime(), now), QStringLiteral("stale — never updated"));
    }

private:
    std::optional<LoopbackHttpServer> m_server;
    std::optional<SecretStore> m_secrets;
    std::optional<ServerConnection> m_connection;
    ConnectionProfile m_profile;
};

QTEST_GUILESS_MAIN(ResourcePollerTest)
#include "resource_poller_test.moc"
