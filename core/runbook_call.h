// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"
#include "core/runbook_capture_reader.h"
#include "core/runbook_variables.h"

#include <optional>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace recops::console {

class ApiClient;
class ApiReply;

/// A step's request with its placeholders filled in.
struct RunbookRenderedRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QJsonDocument body;
    /// The bearer token for this call only; empty uses the client's.
    QString token;
    bool textResponse = false;
    QList<int> acceptStatus;
    /// The same request as written down: secrets redacted, no token.
    QJsonObject summary;
};

/// How one call of a step ended.
struct RunbookCallOutcome {
    /// The call brought an answer the step accepts (2xx, or a status in accept_status),
    /// and every capture found its value.
    bool succeeded = false;
    /// Why not, in one line.
    QString failure;
    RunbookAnswer answer;
    QString requestId;
    /// The captured values, by variable (secrets included: the engine keeps them).
    QHash<QString, QJsonValue> captured;
    /// For the journal: status, latency, request id, captured values and a body excerpt,
    /// secrets redacted.
    QJsonObject result;
};

/**
 * One HTTP call of a check, action or wait_until step, through the console's ApiClient:
 * renders the request from the variables, sends it, and turns the answer into captured
 * values and a summary fit for the journal.
 *
 * A step's own token (`"token": "${new_token}"`) goes through a short-lived client with
 * the same address and TLS options, so the connection's token is never swapped.
 */
class RunbookCall : public QObject {
    Q_OBJECT

public:
    RunbookCall(ApiClient* client, QObject* parent = nullptr);
    ~RunbookCall() override;

    /// Renders @p step's request; nullopt with @p error when a placeholder has no value.
    static std::optional<RunbookRenderedRequest> render(const RunbookStep& step,
                                                        const RunbookVariables& variables,
                                                        QString* error);

    /// Sends @p request; finished() follows once (never synchronously).
    void start(const RunbookStep& step, const RunbookRenderedRequest& request,
               const RunbookVariables& variables, int timeoutMs);
    /// Cancels the call without emitting finished().
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const recops::console::RunbookCallOutcome& outcome);

private:
    void onReplyFinished(ApiReply* reply);

    QPointer<ApiClient> m_client;
    ApiClient* m_tokenClient = nullptr;
    QPointer<ApiReply> m_reply;
    RunbookStep m_step;
    RunbookRenderedRequest m_request;
    RunbookVariables m_variables;
};

}  // namespace recops::console
