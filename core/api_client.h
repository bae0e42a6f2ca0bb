// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/api_endpoint.h"
#include "core/tls_options.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace recops::console {

class ApiReply;

/**
 * The console's only way to talk to recopsd: asynchronous JSON calls over
 * QNetworkAccessManager.
 *
 * Every call carries the bearer token (when one is set) and its own X-Request-Id, expects
 * JSON back, is bounded by a deadline, and yields an ApiReply that holds either the decoded
 * body or an ApiError built from the server's problem object. The client never blocks: the window
 * stays responsive whatever the network does.
 */
class ApiClient : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 10'000;

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    /// Where recopsd listens, for example http://127.0.0.1:8470. A path is kept as a prefix.
    void setBaseUrl(const QUrl& baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    /// The bearer token sent with every call; empty sends no Authorization header.
    void setToken(const QString& token);
    bool hasToken() const { return !m_token.isEmpty(); }

    void setTlsOptions(const TlsOptions& options);
    TlsOptions tlsOptions() const { return m_tlsOptions; }

    /// Deadline of calls that do not give their own.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

    /// GET @p path (for example "/api/v1/whoami"). @p timeoutMs < 0 uses timeoutMs().
    ApiReply* get(const QString& path, const QUrlQuery& query = {}, int timeoutMs = -1);
    /// POST @p body as application/json.
    ApiReply* post(const QString& path, const QJsonDocument& body, int timeoutMs = -1);
    /// Any method; @p body is sent as JSON when it is not null.
    ApiReply* send(const QByteArray& method, const QString& path, const QUrlQuery& query,
                   const QJsonDocument& body, int timeoutMs = -1);

    /// @p endpoint with its method from the table and its placeholders filled, in order, by
    /// @p arguments; @p body is sent as JSON when it is not null.
    ApiReply* call(Endpoint endpoint, const QStringList& arguments = {},
                   const QJsonDocument& body = {}, const QUrlQuery& query = {}, int timeoutMs = -1);

    /// Cancels every call still in flight (each one finishes as Cancelled).
    void abortAll();

    /// A fresh id for the X-Request-Id header of one call.
    static QString newRequestId();

    /// The full URL a call to @p path goes to.
    QUrl urlFor(const QString& path, const QUrlQuery& query = {}) const;

Q_SIGNALS:
    /// After every call: how long it took and whether it succeeded. Feeds the status bar.
    void callFinished(const QString& path, double latencyMs, bool succeeded);

private:
    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_token;
    TlsOptions m_tlsOptions;
    QList<QSslCertificate> m_extraCaCertificates;
    QString m_tlsConfigurationError;
    int m_timeoutMs = kDefaultTimeoutMs;
};

}  // namespace recops::console
