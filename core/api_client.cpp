// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/api_client.h"

#include "core/api_reply.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>

namespace recops::console {

QString ApiClient::newRequestId() {
    // "console-" and 16 hex digits: within recopsd's accepted [A-Za-z0-9._-]{1,64}.
    return QStringLiteral("console-%1")
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

ApiClient::ApiClient(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl& baseUrl) {
    m_baseUrl = baseUrl;
}

void ApiClient::setToken(const QString& token) {
    m_token = token;
}

void ApiClient::setTlsOptions(const TlsOptions& options) {
    if (options != m_tlsOptions) {
        // QNetworkAccessManager reuses connections by host and port, TLS configuration
        // aside: without this, a connection made under the old options would be reused.
        m_network->clearConnectionCache();
    }
    m_tlsOptions = options;
    m_extraCaCertificates.clear();
    m_tlsConfigurationError.clear();
    if (options.caCertificatePath.isEmpty()) {
        return;
    }
    m_extraCaCertificates = QSslCertificate::fromPath(options.caCertificatePath, QSsl::Pem,
                                                      QSslCertificate::PatternSyntax::FixedString);
    if (m_extraCaCertificates.isEmpty()) {
        m_tlsConfigurationError =
            QFileInfo::exists(options.caCertificatePath)
                ? tr("%1 holds no PEM certificate.").arg(options.caCertificatePath)
                : tr("The CA file %1 does not exist.").arg(options.caCertificatePath);
    }
}

QUrl ApiClient::urlFor(const QString& path, const QUrlQuery& query) const {
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/')) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    url.setQuery(query);
    return url;
}

ApiReply* ApiClient::get(const QString& path, const QUrlQuery& query, int timeoutMs) {
    return send(QByteArrayLiteral("GET"), path, query, QJsonDocument(), timeoutMs);
}

ApiReply* ApiClient::post(const QString& path, const QJsonDocument& body, int timeoutMs) {
    return send(QByteArrayLiteral("POST"), path, QUrlQuery(), body, timeoutMs);
}

ApiReply* ApiClient::call(Endpoint endpoint, const QStringList& arguments,
                          const QJsonDocument& body, const QUrlQuery& query, int timeoutMs) {
    const ApiEndpoint entry = ApiEndpoint::of(endpoint);
    return send(entry.method, entry.path(arguments), query, body, timeoutMs);
}

ApiReply* ApiClient::send(const QByteArray& method, const QString& path, const QUrlQuery& query,
                          const QJsonDocument& body, int timeoutMs) {
    auto* reply = new ApiReply(method, path, newRequestId(), this);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        Q_EMIT callFinished(reply->path(), reply->latencyMs(), reply->isSuccess());
    });

    const QUrl url = urlFor(path, query);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        reply->failSoon(ApiError::transport(ApiError::Kind::Network,
                                            tr("%1 is not an http:// or https:// server address.")
                                                .arg(m_baseUrl.toDisplayString())));
        return reply;
    }
    const bool secure = scheme == u"https";
    if (secure && !m_tlsConfigurationError.isEmpty()) {
        reply->failSoon(ApiError::transport(ApiError::Kind::Tls, m_tlsConfigurationError));
        return reply;
    }

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("recops-console/%1").arg(QCoreApplication::applicationVersion()));
    // recopsd adopts the caller's id: a call that times out can still be found in its log.
    request.setRawHeader("X-Request-Id", reply->requestId().toLatin1());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    }
    if (secure) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_extraCaCertificates.isEmpty()) {
            tls.addCaCertificates(m_extraCaCertificates);
        }
        request.setSslConfiguration(tls);
    }

    QByteArray payload;
    if (!body.isNull()) {
        payload = body.toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply* networkReply = m_network->sendCustomRequest(request, method, payload);
    reply->track(networkReply, timeoutMs < 0 ? m_timeoutMs : timeoutMs,
                 m_tlsOptions.allowSelfSigned);
    return reply;
}

void ApiClient::abortAll() {
    const QList<ApiReply*> replies = findChildren<ApiReply*>(Qt::FindDirectChildrenOnly);
    for (ApiReply* reply : replies) {
        reply->abort();
    }
}

}  // namespace recops::console
