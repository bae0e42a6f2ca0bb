// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/api_error.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;
class QTimer;

namespace recops::console {

/**
 * One asynchronous call to recopsd, created by ApiClient.
 *
 * Like QNetworkReply, but already decoded: finished() is emitted exactly once, after which
 * either isSuccess() holds and json() is the body, or error() says what went wrong (a
 * problem object from the server, or a transport failure). latencyMs() is the time from
 * sending the request to receiving the whole answer.
 *
 * Replies delete themselves after finished() has been delivered, so read them inside the
 * slot connected to finished().
 */
class ApiReply : public QObject {
    Q_OBJECT

public:
    ~ApiReply() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    /// The HTTP status, or 0 when no HTTP answer arrived.
    int httpStatus() const { return m_httpStatus; }
    /// The decoded body of a successful call (null for an empty body).
    QJsonDocument json() const { return m_json; }
    /// The raw body of a successful call that was not read as JSON (see setExpectsJson()).
    QByteArray body() const { return m_body; }
    /**
     * Whether a 2xx body must be JSON (the default). Calls to endpoints that answer text,
     * such as /metrics, turn it off right after sending; body() then holds the answer.
     */
    void setExpectsJson(bool expectsJson) { m_expectsJson = expectsJson; }
    ApiError error() const { return m_error; }
    /// The call's X-Request-Id: the one sent, or the server's if it answered with another.
    QString requestId() const { return m_requestId; }
    /// Milliseconds from sending to the end of the answer (or to the failure).
    double latencyMs() const { return m_latencyMs; }

    /// Cancels the call; finished() follows with ApiError::Kind::Cancelled.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiReply(QByteArray method, QString path, QString requestId, QObject* parent);
    /// Follows @p reply until it ends or @p timeoutMs passes.
    void track(QNetworkReply* reply, int timeoutMs, bool allowSelfSigned);
    /// Ends the call, from the event loop, with an error found before anything was sent.
    void failSoon(ApiError error);
    void onNetworkReplyFinished();
    void onTimeout();
    void finish(ApiError error);

    QByteArray m_method;
    QString m_path;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_deadline = nullptr;
    QElapsedTimer m_clock;
    QStringList m_tlsErrors;
    bool m_timedOut = false;
    bool m_finished = false;
    int m_httpStatus = 0;
    QJsonDocument m_json;
    QByteArray m_body;
    bool m_expectsJson = true;
    ApiError m_error;
    QString m_requestId;
    double m_latencyMs = 0.0;
};

}  // namespace recops::console
