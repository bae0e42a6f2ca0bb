// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/model_operations.h"

#include "core/api_client.h"
#include "core/server_connection.h"
#include "core/training_request.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace recops::console {

ModelOperations::ModelOperations(ServerConnection* connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

bool ModelOperations::isValidAlias(const QString& alias) {
    static const QRegularExpression name(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return name.match(alias).hasMatch();
}

ApiReply* ModelOperations::transition(const TransitionRequest& request) {
    QJsonObject body{{QStringLiteral("stage"), ModelStages::key(request.toStage)}};
    if (!request.comment.isEmpty()) {
        body.insert(QStringLiteral("comment"), request.comment);
    }
    if (request.force) {
        body.insert(QStringLiteral("force"), true);
    }
    if (request.dryRun) {
        body.insert(QStringLiteral("dry_run"), true);
    }
    return m_connection->client()->call(Endpoint::VersionTransition,
                                        {request.model, QString::number(request.version)},
                                        QJsonDocument(body));
}

ApiReply* ModelOperations::rollback(const QString& model, const QString& comment) {
    QJsonObject body;
    if (!comment.isEmpty()) {
        body.insert(QStringLiteral("comment"), comment);
    }
    return m_connection->client()->call(Endpoint::ModelRollback, {model}, QJsonDocument(body));
}

ApiReply* ModelOperations::setAlias(const QString& model, const QString& alias, int version,
                                    const QString& comment) {
    QJsonObject body{{QStringLiteral("version"), version}};
    if (!comment.isEmpty()) {
        body.insert(QStringLiteral("comment"), comment);
    }
    return m_connection->client()->call(Endpoint::AliasSet, {model, alias}, QJsonDocument(body));
}

ApiReply* ModelOperations::removeAlias(const QString& model, const QString& alias) {
    return m_connection->client()->call(Endpoint::AliasRemove, {model, alias});
}

ApiReply* ModelOperations::startTraining(const TrainingRequest& request) {
    return m_connection->client()->call(Endpoint::TrainerRun, {}, QJsonDocument(request.toJson()));
}

ApiReply* ModelOperations::cancelTraining(const QString& jobId) {
    return m_connection->client()->call(Endpoint::TrainerCancel, {jobId},
                                        QJsonDocument(QJsonObject()));
}

ApiReply* ModelOperations::startRollout(int candidateVersion, double percent) {
    return m_connection->client()->call(
        Endpoint::RolloutStart, {},
        QJsonDocument(QJsonObject{{QStringLiteral("candidate_version"), candidateVersion},
                                  {QStringLiteral("percent"), percent}}));
}

ApiReply* ModelOperations::promoteRollout(const QString& comment) {
    QJsonObject body;
    if (!comment.isEmpty()) {
        body.insert(QStringLiteral("comment"), comment);
    }
    return m_connection->client()->call(Endpoint::RolloutPromote, {}, QJsonDocument(body));
}

ApiReply* ModelOperations::abortRollout() {
    return m_connection->client()->call(Endpoint::RolloutAbort, {}, QJsonDocument(QJsonObject()));
}

}  // namespace recops::console
