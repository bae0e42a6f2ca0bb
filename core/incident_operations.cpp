// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/incident_operations.h"

#include "core/api_client.h"
#include "core/api_endpoint.h"
#include "core/server_connection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace recops::console {

IncidentOperations::IncidentOperations(ServerConnection* connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

QString IncidentOperations::incidentPath(qint64 incidentId) {
    return ApiEndpoint::of(Endpoint::Incident).path({QString::number(incidentId)});
}

ApiReply* IncidentOperations::addNote(qint64 incidentId, const QString& text) {
    // A fresh id per note: the endpoint is idempotent by entry id, and each note is new.
    const QString entryId =
        QStringLiteral("note-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    return m_connection->client()->call(
        Endpoint::IncidentTimelineAppend, {QString::number(incidentId)},
        QJsonDocument(QJsonObject{{QStringLiteral("entry_id"), entryId},
                                  {QStringLiteral("kind"), QStringLiteral("note")},
                                  {QStringLiteral("text"), text}}));
}

ApiReply* IncidentOperations::setStatus(qint64 incidentId, const QString& status) {
    return m_connection->client()->call(
        Endpoint::IncidentUpdate, {QString::number(incidentId)},
        QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}));
}

ApiReply* IncidentOperations::escalate(qint64 incidentId, const QString& reason) {
    return m_connection->client()->call(
        Endpoint::IncidentEscalate, {QString::number(incidentId)},
        QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason}}));
}

}  // namespace recops::console
