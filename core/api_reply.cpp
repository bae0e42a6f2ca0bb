// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/api_reply.h"

#include <QJsonParseError>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

namespace recops::console {

ApiReply::ApiReply(QByteArray method, QString path, QString requestId, QObject* parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_requestId(std::move(requestId)) {
    m_clock.start();
}

ApiReply::~ApiReply() {
    if (m_reply) {
        // Disconnect first: an abort() here must not call back into a half-destroyed object.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::track(QNetworkReply* reply, int timeoutMs, bool allowSelfSigned) {
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onNetworkReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, allowSelfSigned](const QList<QSslError>& errors) {
                QList<QSslError> acceptable;
                for (const QSslError& error : errors) {
                    const bool selfSigned =
                        error.error() == QSslError::SelfSignedCertificate ||
                        error.error() == QSslError::SelfSignedCertificateInChain;
                    if (allowSelfSigned && selfSigned) {
                        acceptable.append(error);
                    } else {
                        m_tlsErrors.append(error.errorString());
                    }
                }
                if (!acceptable.isEmpty() && acceptable.size() == errors.size()) {
                    m_reply->ignoreSslErrors(acceptable);
                }
            });
    if (timeoutMs > 0) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &ApiReply::onTimeout);
        m_deadline->start(timeoutMs);
    }
}

void ApiReply::failSoon(ApiError error) {
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void ApiReply::abort() {
    if (m_finished) {
        return;
    }
    if (m_reply) {
        m_reply->abort();  // finished() follows, as OperationCanceledError
    } else {
        finish(ApiError::transport(ApiError::Kind::Cancelled, tr("The call was cancelled.")));
    }
}

void ApiReply::onTimeout() {
    m_timedOut = true;
    if (m_reply) {
        m_reply->abort();
    }
}

void ApiReply::onNetworkReplyFinished() {
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QByteArray answered = reply->rawHeader("X-Request-Id"); !answered.isEmpty()) {
        m_requestId = QString::fromLatin1(answered);
    }
    // An aborted reply is closed; there is nothing to read.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_timedOut) {
        finish(ApiError::transport(ApiError::Kind::Timeout,
                                   tr("No answer within %1 ms.").arg(m_deadline->interval())));
        return;
    }
    if (m_httpStatus == 0) {
        switch (reply->error()) {
            case QNetworkReply::OperationCanceledError:
                finish(
                    ApiError::transport(ApiError::Kind::Cancelled, tr("The call was cancelled.")));
                return;
            case QNetworkReply::TimeoutError:
                finish(ApiError::transport(ApiError::Kind::Timeout, reply->errorString()));
                return;
            case QNetworkReply::SslHandshakeFailedError:
                finish(ApiError::transport(ApiError::Kind::Tls, m_tlsErrors.isEmpty()
                                                                    ? reply->errorString()
                                                                    : m_tlsErrors.join(u"; ")));
                return;
            default:
                finish(ApiError::transport(ApiError::Kind::Network, reply->errorString()));
                return;
        }
    }

    if (m_httpStatus < 200 || m_httpStatus >= 300) {
        finish(ApiError::fromHttpResponse(
            m_httpStatus, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), body,
            m_requestId));
        return;
    }
    if (!m_expectsJson) {
        m_body = body;
    } else if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        m_json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            finish(ApiError::invalidResponse(m_httpStatus,
                                             tr("The body is not valid JSON (%1 at byte %2).")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset),
                                             m_requestId));
            return;
        }
    }
    finish(ApiError());
}

void ApiReply::finish(ApiError error) {
    if (m_finished) {
        return;
    }
    if (error.isError() && error.requestId().isEmpty()) {
        error.setRequestId(m_requestId);
    }
    m_finished = true;
    m_latencyMs = static_cast<double>(m_clock.nsecsElapsed()) / 1.0e6;
    m_error = std::move(error);
    if (m_deadline) {
        m_deadline->stop();
    }
    Q_EMIT finished();
    deleteLater();
}

}  // namespace recops::console
