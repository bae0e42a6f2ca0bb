// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace recops::console::testing {

/**
 * A scripted HTTP/1.1 responder on 127.0.0.1 for the core unit tests.
 *
 * Unit tests run in-process and start no other program, so they cannot use the real
 * recopsd; the console_* integration tests do. This server lets the unit tests script
 * what the real one cannot be made to do on demand: answer late (timeouts), answer
 * garbage, stop and come back on the same port (reconnection and backoff). Every
 * connection gets one answer and is closed.
 */
class LoopbackHttpServer : public QObject {
    Q_OBJECT

public:
    struct Response {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;
        /// Wait this long before answering.
        int delayMs = 0;
    };

    struct Request {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers;  // names in lower case
        QByteArray body;
    };

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    /// Listens on @p port (0: any free port). False when the port is taken.
    bool start(quint16 port = 0);
    /// Listens for HTTPS with @p tls (certificate and key) on @p port.
    bool startTls(const QSslConfiguration& tls, quint16 port = 0);
    /// Stops listening and drops open connections: clients see "connection refused".
    void stop();
    bool isListening() const { return m_server && m_server->isListening(); }
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    /// Answers @p method @p path with @p response from now on.
    void setRoute(const QByteArray& method, const QByteArray& path, const Response& response);
    /// Asked first for every request: an answer, or nullopt to fall back to the routes.
    /// For small servers with behaviour (an endpoint that remembers what it was sent).
    using Handler = std::function<std::optional<Response>(const Request&)>;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// A JSON answer, with an X-Request-Id like recopsd's.
    static Response json(int status, const QByteArray& body);
    /// A problem+json answer as recopsd builds them.
    static Response problem(int status, const QString& type, const QString& title,
                            const QString& detail, const QString& requestId);

    const QList<Request>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    /// How many requests reached @p path.
    int hitCount(const QByteArray& path) const;

Q_SIGNALS:
    void requestReceived(const QByteArray& path);

private:
    bool listen(std::unique_ptr<QTcpServer> server, quint16 port);
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);

    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    QHash<QByteArray, Response> m_routes;  // "GET /healthz"
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Request> m_requests;
};

}  // namespace recops::console::testing
