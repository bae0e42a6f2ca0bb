// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/stage_transition.h"

#include "core/api_reply.h"
#include "core/json_reader.h"

#include <QJsonArray>

namespace recops::console {

StageTransition::StageTransition(ModelOperations* operations, QObject* parent)
    : QObject(parent), m_operations(operations) {}

StageTransition::~StageTransition() {
    abortCall();
}

void StageTransition::setRequest(const TransitionRequest& request) {
    if (m_state == State::Applying) {
        return;  // what was confirmed is in flight; its answer decides what comes next
    }
    const bool onlyComment =
        request.model == m_request.model && request.version == m_request.version &&
        request.toStage == m_request.toStage && request.force == m_request.force && !request.force;
    m_request = request;
    m_request.dryRun = false;
    if (onlyComment) {
        return;
    }
    abortCall();
    m_gates.clear();
    m_error = ApiError();
    m_currentProduction.reset();
    setState(State::Idle);
}

bool StageTransition::gatesPassed() const {
    return GateResults::failedCount(m_gates) == 0;
}

bool StageTransition::canApply() const {
    return m_state == State::Evaluated && (gatesPassed() || m_request.force);
}

void StageTransition::evaluate() {
    if (m_state == State::Applying) {
        return;
    }
    send(true);
}

bool StageTransition::apply() {
    if (!canApply()) {
        return false;
    }
    send(false);
    return true;
}

void StageTransition::send(bool dryRun) {
    abortCall();
    if (!m_operations) {
        return;
    }
    TransitionRequest request = m_request;
    request.dryRun = dryRun;
    m_refusedOnApply = false;
    m_error = ApiError();
    m_currentProduction.reset();
    if (dryRun) {
        m_gates.clear();
    }
    ApiReply* reply = m_operations->transition(request);
    m_inFlight = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, dryRun] { onFinished(reply, dryRun); });
    setState(dryRun ? State::Evaluating : State::Applying);
}

void StageTransition::onFinished(ApiReply* reply, bool dryRun) {
    if (reply != m_inFlight) {
        return;
    }
    m_inFlight = nullptr;
    m_refusedOnApply = !dryRun;
    if (reply->isSuccess()) {
        JsonReader reader = JsonReader::root(reply->json());
        const QString status = reader.string(u"status");
        const QList<GateResult> gates = GateResults::read(reader, u"gates");
        if (const auto archived = reader.optionalInteger(u"archived_production")) {
            m_archivedProduction = static_cast<int>(*archived);
        }
        if (!reader.ok()) {
            m_error = ApiError::invalidResponse(reply->httpStatus(), reader.problem(),
                                                reply->requestId());
            setState(State::Failed);
            return;
        }
        m_gates = gates;
        if (status == u"unchanged") {
            setState(State::Unchanged);
        } else {
            setState(dryRun ? State::Evaluated : State::Applied);
        }
        return;
    }
    m_error = reply->error();
    if (m_error.kind() == ApiError::Kind::Cancelled) {
        return;
    }
    const QJsonObject extensions = m_error.extensions();
    if (const QJsonValue gates = extensions.value(QLatin1StringView("gates")); gates.isArray()) {
        m_gates = GateResults::fromJson(gates.toArray(), nullptr).value_or(QList<GateResult>());
    }
    const QJsonValue current = extensions.value(QLatin1StringView("current_production"));
    if (current.isDouble()) {
        m_currentProduction = current.toInt();
    }
    const int status = m_error.httpStatus();
    if (status == 409) {
        setState(State::Conflict);
    } else if (m_error.kind() == ApiError::Kind::Http && status >= 400 && status < 500) {
        setState(State::Refused);
    } else {
        setState(State::Failed);
    }
}

void StageTransition::setState(State state) {
    m_state = state;
    Q_EMIT stateChanged(state);
}

void StageTransition::abortCall() {
    if (ApiReply* reply = m_inFlight) {
        m_inFlight = nullptr;
        reply->abort();
    }
}

}  // namespace recops::console
