// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/api_error.h"
#include "core/gate_result.h"
#include "core/model_operations.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>

namespace recops::console {

class ApiReply;

/**
 * One stage transition as a person makes it: the gates first, then the change.
 *
 * evaluate() asks recopsd for a dry run of the request and keeps each gate's verdict;
 * apply() then sends the very request that was evaluated, so what a person confirmed is
 * what happens. Changing the request (another stage, force on or off) goes back to Idle;
 * only the comment may change without a new evaluation, unless the change is forced
 * (recopsd checks a forced change's comment). A refusal (422) keeps the gates it names; a
 * conflict (409: Production moved meanwhile) says which version is in Production now.
 */
class StageTransition : public QObject {
    Q_OBJECT

public:
    enum class State {
        Idle,        ///< nothing evaluated for the current request
        Evaluating,  ///< the dry run is in flight
        Evaluated,   ///< the gates are known (see gatesPassed(), canApply())
        Applying,    ///< the change is in flight
        Applied,     ///< the change is done
        Unchanged,   ///< the version is already in that stage
        Refused,     ///< recopsd refused (422, 403, 404, 400): see detail(), gates()
        Conflict,    ///< 409: Production changed meanwhile (see currentProduction())
        Failed,      ///< the call failed (transport, 5xx): see error()
    };
    Q_ENUM(State)

    explicit StageTransition(ModelOperations* operations, QObject* parent = nullptr);
    ~StageTransition() override;

    void setRequest(const TransitionRequest& request);
    TransitionRequest request() const { return m_request; }

    /// Dry run of the current request.
    void evaluate();
    /// Sends the evaluated request; false (and nothing sent) unless canApply().
    bool apply();

    State state() const { return m_state; }
    /// The refusal or failure came from apply(), not from the dry run.
    bool refusedOnApply() const { return m_refusedOnApply; }
    const QList<GateResult>& gates() const { return m_gates; }
    bool gatesPassed() const;
    /// Evaluated, and the gates pass or the request forces them.
    bool canApply() const;
    /// recopsd's words for a refusal, a conflict or a failure.
    QString detail() const { return m_error.detail(); }
    ApiError error() const { return m_error; }
    std::optional<int> currentProduction() const { return m_currentProduction; }
    /// The version that left Production for Archived when this one entered it.
    std::optional<int> archivedProduction() const { return m_archivedProduction; }

Q_SIGNALS:
    void stateChanged(recops::console::StageTransition::State state);

private:
    void send(bool dryRun);
    void onFinished(ApiReply* reply, bool dryRun);
    void setState(State state);
    void abortCall();

    QPointer<ModelOperations> m_operations;
    TransitionRequest m_request;
    State m_state = State::Idle;
    QList<GateResult> m_gates;
    ApiError m_error;
    std::optional<int> m_currentProduction;
    std::optional<int> m_archivedProduction;
    QPointer<ApiReply> m_inFlight;
    bool m_refusedOnApply = false;
};

}  // namespace recops::console
