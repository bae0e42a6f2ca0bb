// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "support/loopback_http_server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace recops::console::testing {

LoopbackHttpServer::LoopbackHttpServer(QObject* parent) : QObject(parent) {}

LoopbackHttpServer::~LoopbackHttpServer() {
    stop();
}

bool LoopbackHttpServer::start(quint16 port) {
    m_tls = false;
    return listen(std::make_unique<QTcpServer>(), port);
}

bool LoopbackHttpServer::startTls(const QSslConfiguration& tls, quint16 port) {
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    m_tls = true;
    return listen(std::move(server), port);
}

bool LoopbackHttpServer::listen(std::unique_ptr<QTcpServer> server, quint16 port) {
    stop();
    // pendingConnectionAvailable, not newConnection: a TLS connection is pending only once
    // its handshake is done.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &LoopbackHttpServer::onNewConnection);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        return false;
    }
    m_port = server->serverPort();
    m_server = std::move(server);
    return true;
}

void LoopbackHttpServer::stop() {
    if (m_server) {
        m_server->close();
    }
    const QList<QTcpSocket*> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket* socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

QString LoopbackHttpServer::baseUrl() const {
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

void LoopbackHttpServer::setRoute(const QByteArray& method, const QByteArray& path,
                                  const Response& response) {
    m_routes.insert(method + ' ' + path, response);
}

LoopbackHttpServer::Response LoopbackHttpServer::json(int status, const QByteArray& body) {
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

LoopbackHttpServer::Response LoopbackHttpServer::problem(int status, const QString& type,
                                                         const QString& title,
                                                         const QString& detail,
                                                         const QString& requestId) {
    Response response;
    response.status = status;
    response.contentType = "application/problem+json";
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("type"), type},
                                              {QStringLiteral("title"), title},
                                              {QStringLiteral("status"), status},
                                              {QStringLiteral("detail"), detail},
                                              {QStringLiteral("request_id"), requestId}})
                        .toJson(QJsonDocument::Compact);
    response.headers.insert("X-Request-Id", requestId.toLatin1());
    return response;
}

int LoopbackHttpServer::hitCount(const QByteArray& path) const {
    int count = 0;
    for (const Request& request : m_requests) {
        count += request.path == path ? 1 : 0;
    }
    return count;
}

void LoopbackHttpServer::onNewConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket* socket) {
    if (!m_buffers.contains(socket)) {
        return;
    }
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1).split('?').constFirst();
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const qsizetype colon = lines.at(index).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(index).left(colon).trimmed().toLower(),
                                   lines.at(index).mid(colon + 1).trimmed());
        }
    }
    const int contentLength = request.headers.value("content-length", "0").toInt();
    if (buffer.size() < headerEnd + 4 + contentLength) {
        return;
    }
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    m_requests.append(request);
    Q_EMIT requestReceived(request.path);
    answer(socket, request);
}

void LoopbackHttpServer::answer(QTcpSocket* socket, const Request& request) {
    const std::optional<Response> handled = m_handler ? m_handler(request) : std::nullopt;
    const auto route = m_routes.constFind(request.method + ' ' + request.path);
    const Response response = handled ? *handled
                              : route != m_routes.cend()
                                  ? route.value()
                                  : problem(404, QStringLiteral("urn:recops:problem:not-found"),
                                            QStringLiteral("Not found"), QStringLiteral("no route"),
                                            QStringLiteral("loopback-404"));
    QPointer<QTcpSocket> guard(socket);
    const auto write = [this, guard, response] {
        if (!guard || !m_buffers.contains(guard)) {
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
        head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += "Connection: close\r\n";
        for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it) {
            head += it.key() + ": " + it.value() + "\r\n";
        }
        guard->write(head + "\r\n" + response.body);
        guard->disconnectFromHost();
    };
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, write);
    } else {
        write();
    }
}

}  // namespace recops::console::testing
