// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/api_error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

namespace recops::console {

namespace {

bool isProblemContentType(const QByteArray& contentType) {
    // "application/problem+json; charset=utf-8" and the like.
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/problem+json" || mediaType == "application/json";
}

}  // namespace

ApiError ApiError::transport(Kind kind, const QString& message) {
    ApiError error;
    error.m_kind = kind;
    error.m_detail = message;
    switch (kind) {
        case Kind::Timeout:
            error.m_title = tr("Timed out");
            break;
        case Kind::Tls:
            error.m_title = tr("TLS handshake failed");
            break;
        case Kind::Cancelled:
            error.m_title = tr("Cancelled");
            break;
        case Kind::None:
        case Kind::Network:
        case Kind::Http:
        case Kind::InvalidResponse:
            error.m_title = tr("Network error");
            break;
    }
    return error;
}

ApiError ApiError::invalidResponse(int httpStatus, const QString& message,
                                   const QString& requestId) {
    ApiError error;
    error.m_kind = Kind::InvalidResponse;
    error.m_httpStatus = httpStatus;
    error.m_title = tr("Unexpected response");
    error.m_detail = message;
    error.m_requestId = requestId;
    return error;
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray& contentType,
                                    const QByteArray& body, const QString& requestIdHeader) {
    ApiError error;
    error.m_kind = Kind::Http;
    error.m_httpStatus = httpStatus;
    error.m_type = QStringLiteral("about:blank");
    error.m_title = httpReasonPhrase(httpStatus);
    error.m_requestId = requestIdHeader;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!isProblemContentType(contentType) || parseError.error != QJsonParseError::NoError ||
        !document.isObject()) {
        error.m_detail = body.trimmed().isEmpty()
                             ? tr("The server sent no problem details.")
                             : tr("The server's answer is not a problem object.");
        return error;
    }

    // RFC 9457: every member is optional, and a member of the wrong type is ignored.
    const QJsonObject problem = document.object();
    const auto text = [&problem](QLatin1StringView key) {
        const QJsonValue value = problem.value(key);
        return value.isString() ? value.toString() : QString();
    };
    error.m_hasProblemBody = true;
    if (const QString type = text(QLatin1StringView("type")); !type.isEmpty()) {
        error.m_type = type;
    }
    if (const QString title = text(QLatin1StringView("title")); !title.isEmpty()) {
        error.m_title = title;
    }
    error.m_detail = text(QLatin1StringView("detail"));
    if (const QString requestId = text(QLatin1StringView("request_id")); !requestId.isEmpty()) {
        error.m_requestId = requestId;
    }
    static const QStringList standard = {QStringLiteral("type"),     QStringLiteral("title"),
                                         QStringLiteral("status"),   QStringLiteral("detail"),
                                         QStringLiteral("instance"), QStringLiteral("request_id")};
    for (auto it = problem.constBegin(); it != problem.constEnd(); ++it) {
        if (!standard.contains(it.key())) {
            error.m_extensions.insert(it.key(), it.value());
        }
    }
    return error;
}

QString ApiError::summary() const {
    if (m_kind == Kind::None) {
        return QString();
    }
    QString text = m_httpStatus > 0 && m_kind == Kind::Http
                       ? QStringLiteral("%1 %2").arg(m_httpStatus).arg(m_title)
                       : m_title;
    if (!m_detail.isEmpty()) {
        text = tr("%1: %2").arg(text, m_detail);
    }
    return text;
}

QString ApiError::detailedText() const {
    if (m_requestId.isEmpty()) {
        return summary();
    }
    return tr("%1 (request %2)").arg(summary(), m_requestId);
}

QString httpReasonPhrase(int httpStatus) {
    switch (httpStatus) {
        case 400:
            return QStringLiteral("Bad Request");
        case 401:
            return QStringLiteral("Unauthorized");
        case 403:
            return QStringLiteral("Forbidden");
        case 404:
            return QStringLiteral("Not Found");
        case 405:
            return QStringLiteral("Method Not Allowed");
        case 409:
            return QStringLiteral("Conflict");
        case 413:
            return QStringLiteral("Content Too Large");
        case 415:
            return QStringLiteral("Unsupported Media Type");
        case 422:
            return QStringLiteral("Unprocessable Content");
        case 429:
            return QStringLiteral("Too Many Requests");
        case 500:
            return QStringLiteral("Internal Server Error");
        case 502:
            return QStringLiteral("Bad Gateway");
        case 503:
            return QStringLiteral("Service Unavailable");
        case 504:
            return QStringLiteral("Gateway Timeout");
        default:
            return QStringLiteral("HTTP %1").arg(httpStatus);
    }
}

}  // namespace recops::console
