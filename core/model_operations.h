// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_stage.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace recops::console {

class ApiReply;
class ServerConnection;
struct TrainingRequest;

/// A stage transition to ask recopsd for.
struct TransitionRequest {
    QString model;
    int version = 0;
    ModelStage toStage = ModelStage::Staging;
    QString comment;
    /// Past failing gates (admin only, with a comment).
    bool force = false;
    /// Evaluate the gates only; nothing changes.
    bool dryRun = false;
};

/**
 * Every call of the Models page that changes server state, one method per endpoint, each
 * building the body the API expects and returning the ApiReply to follow:
 * transitions (with dry runs), rollback, aliases, training jobs and canary rollouts.
 *
 * Reading is done by PolledResources; these are the writes, kept in one place so the body
 * of each is written once and tested against a scripted server.
 */
class ModelOperations : public QObject {
    Q_OBJECT

public:
    explicit ModelOperations(ServerConnection* connection, QObject* parent = nullptr);

    /// POST /api/v1/models/{model}/versions/{version}/transition.
    ApiReply* transition(const TransitionRequest& request);
    /// POST /api/v1/models/{model}/rollback.
    ApiReply* rollback(const QString& model, const QString& comment);
    /// PUT /api/v1/models/{model}/aliases/{alias}: sets or moves @p alias to @p version.
    ApiReply* setAlias(const QString& model, const QString& alias, int version,
                       const QString& comment);
    /// DELETE /api/v1/models/{model}/aliases/{alias}.
    ApiReply* removeAlias(const QString& model, const QString& alias);
    /// POST /api/v1/trainer/run.
    ApiReply* startTraining(const TrainingRequest& request);
    /// POST /api/v1/trainer/{job}/cancel.
    ApiReply* cancelTraining(const QString& jobId);
    /// POST /api/v1/rollout: starts a canary, or changes the running one's percent.
    ApiReply* startRollout(int candidateVersion, double percent);
    /// POST /api/v1/rollout/promote: the candidate to Production, through the gates.
    ApiReply* promoteRollout(const QString& comment);
    /// POST /api/v1/rollout/abort.
    ApiReply* abortRollout();

    /// Whether @p alias is a name recopsd accepts: 1-64 characters a-z, 0-9, - and _.
    static bool isValidAlias(const QString& alias);

private:
    QPointer<ServerConnection> m_connection;
};

}  // namespace recops::console
