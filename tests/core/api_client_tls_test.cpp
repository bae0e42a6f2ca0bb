// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The TLS options of a profile, against a real TLS handshake (QSslServer on loopback with
// the test-only certificates in data/tls): a private CA file is trusted, a self-signed
// certificate only when allowed, and host names are checked either way.
#include "core/api_client.h"
#include "core/api_reply.h"
#include "support/loopback_http_server.h"

#include <QFile>
#include <QRegularExpression>
#include <QSslKey>
#include <QTest>

using recops::console::ApiClient;
using recops::console::ApiError;
using recops::console::ApiReply;
using recops::console::TlsOptions;
using recops::console::testing::LoopbackHttpServer;

namespace {

QString dataFile(const char* name) {
    return QStringLiteral(RECOPS_TLS_DATA_DIR "/") + QLatin1StringView(name);
}

QSslConfiguration serverTls(const char* certificate, const char* key) {
    QFile keyFile(dataFile(key));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", key);
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(dataFile(certificate)).constFirst());
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

ApiError call(ApiClient& client) {
    ApiReply* reply = client.get(QStringLiteral("/healthz"));
    ApiError error;
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        error = reply->error();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15'000)) {
        qFatal("no answer within 15 s");
    }
    return error;
}

}  // namespace

class ApiClientTlsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (!QSslSocket::supportsSsl()) {
            QFAIL("Qt has no TLS backend here; install the OpenSSL TLS plugin");
        }
    }

    void trustsACertificateAuthorityFromTheCaFile() {
        LoopbackHttpServer server;
        QVERIFY(server.startTls(serverTls("signed.pem", "signed.key")));
        server.setRoute("GET", "/healthz", LoopbackHttpServer::json(200, "{}"));
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));

        const ApiError untrusted = call(client);
        QCOMPARE(untrusted.kind(), ApiError::Kind::Tls);

        client.setTlsOptions({dataFile("ca.pem"), false});
        const ApiError trusted = call(client);
        QVERIFY2(!trusted.isError(), qPrintable(trusted.summary()));

        client.setTlsOptions({dataFile("other-ca.pem"), false});
        QCOMPARE(call(client).kind(), ApiError::Kind::Tls);
    }

    void acceptsASelfSignedCertificateOnlyWhenAllowed() {
        LoopbackHttpServer server;
        QVERIFY(server.startTls(serverTls("self-signed.pem", "self-signed.key")));
        server.setRoute("GET", "/healthz", LoopbackHttpServer::json(200, "{}"));
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));

        const ApiError refused = call(client);
        QCOMPARE(refused.kind(), ApiError::Kind::Tls);
        QVERIFY2(refused.detail().contains(QRegularExpression(
                     QStringLiteral("self.?signed"), QRegularExpression::CaseInsensitiveOption)),
                 qPrintable(refused.detail()));
        QCOMPARE(server.requests().size(), 0);  // nothing was sent over the refused channel

        client.setTlsOptions({QString(), true});
        const ApiError allowed = call(client);
        QVERIFY2(!allowed.isError(), qPrintable(allowed.summary()));
        QCOMPARE(server.requests().size(), 1);
    }

    void stillChecksTheHostName() {
        LoopbackHttpServer server;
        QVERIFY(server.startTls(serverTls("self-signed.pem", "self-signed.key")));
        server.setRoute("GET", "/healthz", LoopbackHttpServer::json(200, "{}"));
        ApiClient client;
        // The certificate names 127.0.0.1 only.
        client.setBaseUrl(QUrl(QStringLiteral("https://localhost:%1").arg(server.port())));
        client.setTlsOptions({QString(), true});
        const ApiError mismatch = call(client);
        QCOMPARE(mismatch.kind(), ApiError::Kind::Tls);
        QVERIFY2(mismatch.detail().contains(u"host", Qt::CaseInsensitive),
                 qPrintable(mismatch.detail()));
    }
};

QTEST_GUILESS_MAIN(ApiClientTlsTest)
#include "api_client_tls_test.moc"
