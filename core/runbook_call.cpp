// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_call.h"

#include "core/api_client.h"
#include "core/api_reply.h"
#include "core/runbook_template.h"

#include <cmath>

#include <QJsonArray>

namespace recops::console {

namespace {

constexpr int kBodyExcerptCharacters = 600;

}  // namespace

RunbookCall::RunbookCall(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

RunbookCall::~RunbookCall() {
    cancel();
}

std::optional<RunbookRenderedRequest> RunbookCall::render(const RunbookStep& step,
                                                          const RunbookVariables& variables,
                                                          QString* error) {
    if (!step.request) {
        *error = QStringLiteral("the step has no request");
        return std::nullopt;
    }
    const RunbookRequest& source = *step.request;
    RunbookRenderedRequest request;
    request.method = source.method;
    request.textResponse = source.textResponse;
    request.acceptStatus = source.acceptStatus;
    const auto path =
        RunbookTemplate::render(source.path, variables, RunbookTemplate::Mode::PathSegment, error);
    const auto shownPath =
        RunbookTemplate::render(source.path, variables, RunbookTemplate::Mode::Redacted, error);
    if (!path || !shownPath) {
        return std::nullopt;
    }
    request.path = *path;
    QJsonObject shownQuery;
    for (auto it = source.query.cbegin(); it != source.query.cend(); ++it) {
        const auto value =
            RunbookTemplate::render(it.value(), variables, RunbookTemplate::Mode::Plain, error);
        if (!value) {
            return std::nullopt;
        }
        request.query.addQueryItem(it.key(), *value);
        shownQuery.insert(it.key(), variables.scrub(*value));
    }
    QJsonValue shownBody(QJsonValue::Undefined);
    if (!source.body.isUndefined()) {
        const auto body =
            RunbookTemplate::render(source.body, variables, RunbookTemplate::Mode::Plain, error);
        const auto redacted =
            RunbookTemplate::render(source.body, variables, RunbookTemplate::Mode::Redacted, error);
        if (!body || !redacted) {
            return std::nullopt;
        }
        request.body =
            body->isArray() ? QJsonDocument(body->toArray()) : QJsonDocument(body->toObject());
        shownBody = *redacted;
    }
    if (!source.token.isEmpty()) {
        const auto token =
            RunbookTemplate::render(source.token, variables, RunbookTemplate::Mode::Plain, error);
        if (!token) {
            return std::nullopt;
        }
        request.token = *token;
    }
    request.summary = QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                  {QStringLiteral("path"), *shownPath}};
    if (!shownQuery.isEmpty()) {
        request.summary.insert(QStringLiteral("query"), shownQuery);
    }
    if (!shownBody.isUndefined()) {
        request.summary.insert(QStringLiteral("body"), shownBody);
    }
    if (!source.token.isEmpty()) {
        request.summary.insert(QStringLiteral("token"), source.token);  // the name, not the value
    }
    return request;
}

void RunbookCall::start(const RunbookStep& step, const RunbookRenderedRequest& request,
                        const RunbookVariables& variables, int timeoutMs) {
    cancel();
    m_step = step;
    m_request = request;
    m_variables = variables;
    ApiClient* client = m_client;
    if (!request.token.isEmpty() && m_client) {
        m_tokenClient = new ApiClient(this);
        m_tokenClient->setBaseUrl(m_client->baseUrl());
        m_tokenClient->setTlsOptions(m_client->tlsOptions());
        m_tokenClient->setToken(request.token);
        client = m_tokenClient;
    }
    if (!client) {
        RunbookCallOutcome outcome;
        outcome.failure = QStringLiteral("no connection to send the call through");
        QMetaObject::invokeMethod(
            this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
        return;
    }
    ApiReply* reply =
        client->send(request.method, request.path, request.query, request.body, timeoutMs);
    reply->setExpectsJson(!request.textResponse);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

bool RunbookCall::isRunning() const {
    return !m_reply.isNull();
}

void RunbookCall::cancel() {
    if (ApiReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
    if (m_tokenClient) {
        m_tokenClient->deleteLater();
        m_tokenClient = nullptr;
    }
}

void RunbookCall::onReplyFinished(ApiReply* reply) {
    if (reply != m_reply) {
        return;
    }
    m_reply = nullptr;
    RunbookCallOutcome outcome;
    RunbookAnswer& answer = outcome.answer;
    answer.httpStatus = reply->httpStatus();
    answer.latencyMs = reply->latencyMs();
    outcome.requestId = reply->requestId();
    const ApiError error = reply->error();
    if (reply->isSuccess()) {
        if (m_request.textResponse) {
            answer.text = reply->body();
        } else if (!reply->json().isNull()) {
            answer.body = reply->json().isArray() ? QJsonValue(reply->json().array())
                                                  : QJsonValue(reply->json().object());
        }
    } else {
        answer.error = error.summary();
        if (error.hasProblemBody()) {
            answer.problemType = error.type();
            answer.problemDetail = error.detail();
        }
    }
    const bool accepted =
        reply->isSuccess() || (error.kind() == ApiError::Kind::Http &&
                               m_request.acceptStatus.contains(answer.httpStatus));
    if (!accepted) {
        outcome.failure = error.kind() == ApiError::Kind::Http
                              ? QStringLiteral("%1 %2 answered %3")
                                    .arg(QString::fromLatin1(m_request.method),
                                         m_request.summary.value(QStringLiteral("path")).toString(),
                                         error.summary())
                              : QStringLiteral("%1 %2: %3")
                                    .arg(QString::fromLatin1(m_request.method),
                                         m_request.summary.value(QStringLiteral("path")).toString(),
                                         error.summary());
    }

    // Captures: secrets join the scrub list at once, so the excerpt below hides them too.
    RunbookVariables scrubber = m_variables;
    QJsonObject shownCaptures;
    if (accepted) {
        for (const RunbookCapture& capture : m_step.captures) {
            QString captureError;
            const auto value = RunbookCaptureReader::read(capture, answer, &captureError);
            if (!value) {
                outcome.failure = captureError;
                break;
            }
            outcome.captured.insert(capture.variable, *value);
            scrubber.set(capture.variable, *value, capture.secret);
        }
        for (const RunbookCapture& capture : m_step.captures) {
            if (outcome.captured.contains(capture.variable)) {
                shownCaptures.insert(
                    capture.variable,
                    capture.secret ? QJsonValue(QLatin1StringView(RunbookVariables::kRedacted))
                                   : outcome.captured.value(capture.variable));
            }
        }
    }
    outcome.succeeded = accepted && outcome.failure.isEmpty();

    QJsonObject& result = outcome.result;
    result.insert(QStringLiteral("http_status"), answer.httpStatus);
    result.insert(QStringLiteral("latency_ms"), std::round(answer.latencyMs * 10.0) / 10.0);
    result.insert(QStringLiteral("request_id"), outcome.requestId);
    if (!shownCaptures.isEmpty()) {
        result.insert(QStringLiteral("captured"), shownCaptures);
    }
    if (!answer.error.isEmpty()) {
        result.insert(QStringLiteral("error"), scrubber.scrub(answer.error));
    }
    QString excerpt;
    if (!answer.body.isUndefined()) {
        excerpt = RunbookVariables::plainText(scrubber.scrub(answer.body));
    } else if (!answer.text.isEmpty()) {
        excerpt = scrubber.scrub(QString::fromUtf8(answer.text));
    }
    if (!excerpt.isEmpty()) {
        if (excerpt.size() > kBodyExcerptCharacters) {
            excerpt = excerpt.left(kBodyExcerptCharacters) + QStringLiteral("…");
        }
        result.insert(QStringLiteral("body_excerpt"), excerpt);
    }
    if (m_tokenClient) {
        m_tokenClient->deleteLater();
        m_tokenClient = nullptr;
    }
    Q_EMIT finished(outcome);
}

}  // namespace recops::console
