// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The console's core against the real recopsd: the health report and identity parse as
// the contract says, problems arrive typed with the request id the console sent, revoked
// tokens are refused, and the health monitor notices a server that dies or hangs within
// 5 s and one that comes back.
#include "core/api_client.h"
#include "core/api_reply.h"
#include "core/health_monitor.h"
#include "core/health_report.h"
#include "core/token_identity.h"
#include "integration/support/child_process.h"
#include "integration/support/recopsd_process.h"

#include <csignal>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

namespace {

struct Answer {
    bool success = false;
    int status = 0;
    QJsonDocument json;
    ApiError error;
    QString requestId;
};

Answer await(ApiReply* reply) {
    Answer answer;
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        answer = {reply->isSuccess(), reply->httpStatus(), reply->json(), reply->error(),
                  reply->requestId()};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20'000)) {
        qFatal("recopsd did not answer within 20 s");
    }
    return answer;
}

}  // namespace

class ConsoleClientTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        // Tokens are made with `recopsd token create`, as an operator would, before the
        // server starts: a running recopsd learns of new ones only at its next refresh.
        m_data.emplace();
        const std::filesystem::path data = m_data->path().toStdString();
        RecopsdOptions options;
        options.dataDirectory = data / "data";
        try {
            for (const char* role : {"viewer", "operator", "admin"}) {
                m_tokens.insert(QLatin1StringView(role),
                                QString::fromStdString(recops::testing::createToken(
                                    options.dataDirectory, role, std::string("console-") + role)));
            }
            m_recopsd.emplace(options);
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        m_client.emplace();
        m_client->setBaseUrl(QUrl(QString::fromStdString(m_recopsd->url())));
    }

    void cleanup() {
        m_client.reset();
        m_recopsd.reset();
        m_tokens.clear();
        m_data.reset();
    }

    void healthFollowsTheContract() {
        const Answer answer = await(m_client->get(QStringLiteral("/healthz")));
        QVERIFY2(answer.success, qPrintable(answer.error.detailedText()));
        QString error;
        const auto report = HealthReport::fromJson(answer.json, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->status, QStringLiteral("healthy"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+"))
                    .match(report->version)
                    .hasMatch());
        QVERIFY(!report->model);  // a fresh data directory serves no model
        QCOMPARE(report->store.value(QStringLiteral("backend")).toString(),
                 QStringLiteral("sqlite"));
        QCOMPARE(report->store.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // recopsd adopted the console's request id.
        QVERIFY2(answer.requestId.startsWith(u"console-"), qPrintable(answer.requestId));
    }

    void whoamiNamesTheToken() {
        const QString token = m_tokens.value(QStringLiteral("operator"));
        m_client->setToken(token);
        const Answer answer = await(m_client->get(QStringLiteral("/api/v1/whoami")));
        QVERIFY2(answer.success, qPrintable(answer.error.detailedText()));
        QString error;
        const auto identity = TokenIdentity::fromJson(answer.json, &error);
        QVERIFY2(identity, qPrintable(error));
        QCOMPARE(identity->role, QStringLiteral("operator"));
        QCOMPARE(identity->name, QStringLiteral("console-operator"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$"))
                    .match(identity->tokenId)
                    .hasMatch());
        QVERIFY(token.startsWith(u"rcp_" + identity->tokenId + u'_'));
    }

    void problemsArriveTypedWithTheRequestId() {
        Answer answer = await(m_client->get(QStringLiteral("/api/v1/whoami")));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.error.kind(), ApiError::Kind::Http);
        QVERIFY(answer.error.hasProblemBody());
        QCOMPARE(answer.error.type(), QStringLiteral("urn:recops:problem:unauthorized"));
        QVERIFY(!answer.error.title().isEmpty());
        QVERIFY(!answer.error.detail().isEmpty());
        QVERIFY(answer.error.requestId().startsWith(u"console-"));
        QCOMPARE(answer.error.requestId(), answer.requestId);

        m_client->setToken(m_tokens.value(QStringLiteral("viewer")));
        answer = await(m_client->get(QStringLiteral("/api/v1/tokens")));
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.error.type(), QStringLiteral("urn:recops:problem:forbidden"));

        answer = await(m_client->get(QStringLiteral("/api/v1/no-such-route")));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.error.type(), QStringLiteral("urn:recops:problem:not-found"));

        m_client->setToken(m_tokens.value(QStringLiteral("admin")));
        answer = await(m_client->post(
            QStringLiteral("/api/v1/tokens"),
            QJsonDocument(QJsonObject{{QStringLiteral("role"), QStringLiteral("emperor")}})));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.type(), QStringLiteral("urn:recops:problem:invalid-request"));
        QVERIFY(answer.error.summary().startsWith(u"400 "));
    }

    void theMonitorReportsARevokedToken() {
        const QString admin = m_tokens.value(QStringLiteral("admin"));
        const QString doomed = m_tokens.value(QStringLiteral("viewer"));
        HealthMonitor monitor(&*m_client);
        m_client->setToken(doomed);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.health().authentication,
                                  AuthenticationState::Authenticated, 10'000);
        QCOMPARE(monitor.health().identity.role, QStringLiteral("viewer"));

        ApiClient administrator;
        administrator.setBaseUrl(m_client->baseUrl());
        administrator.setToken(admin);
        const Answer revoked = await(administrator.send(
            "DELETE", QStringLiteral("/api/v1/tokens/") + monitor.health().identity.tokenId,
            QUrlQuery(), QJsonDocument()));
        QCOMPARE(revoked.status, 204);

        monitor.recheckIdentity();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.health().authentication, AuthenticationState::Rejected,
                                  10'000);
        QCOMPARE(monitor.health().authenticationError.type(),
                 QStringLiteral("urn:recops:problem:unauthorized"));
        QCOMPARE(monitor.health().state, ConnectionState::Reachable);
    }

    void theMonitorNoticesADeadServerWithinFiveSeconds() {
        HealthMonitor monitor(&*m_client);  // the console's default intervals
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.health().state, ConnectionState::Reachable, 10'000);
        QElapsedTimer sinceDeath;
        m_recopsd->sendSignal(SIGKILL);
        sinceDeath.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.health().state, ConnectionState::Unreachable, 5'000);
        QCOMPARE(monitor.health().lastError.kind(), ApiError::Kind::Network);
        qInfo("unreachable reported %lld ms after SIGKILL", sinceDeath.elapsed());
        QVERIFY(monitor.health().report);  // the last known report stays on show
    }

    void theMonitorNoticesAHungServerAndItsRecovery() {
        HealthMonitor monitor(&*m_client);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.health().state, ConnectionState::Reachable, 10'000);
        // A stopped process keeps its socket: connections are accepted by the kernel and
        // never answered, exactly like a server stuck in a deadlock.
        m_recopsd->sendSignal(SIGSTOP);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.health().state, ConnectionState::Unreachable, 5'000);
        QCOMPARE(monitor.health().lastError.kind(), ApiError::Kind::Timeout);
        QVERIFY(monitor.health().lastError.requestId().startsWith(u"console-"));

        m_recopsd->sendSignal(SIGCONT);
        const int retry = monitor.health().retryInMs;
        QTRY_COMPARE_WITH_TIMEOUT(monitor.health().state, ConnectionState::Reachable,
                                  retry + 10'000);
        QCOMPARE(monitor.health().consecutiveFailures, 0);
    }

private:
    std::optional<QTemporaryDir> m_data;
    QHash<QString, QString> m_tokens;  // by role
    std::optional<RecopsdProcess> m_recopsd;
    std::optional<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(ConsoleClientTest)
#include "console_client_test.moc"
