// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// What each kind of step does once the run enters it, and how a step ends: succeeds
// (and names its successor), fails (on_failure, abort or halt), or waits for a person.
// Every ending commits the transition, with the target in nextStep, before moving on.
#include "core/api_client.h"
#include "core/api_endpoint.h"
#include "core/runbook_duration.h"
#include "core/runbook_engine.h"
#include "core/runbook_expression.h"
#include "core/runbook_journal.h"
#include "core/runbook_template.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

namespace recops::console {

namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QString targetName(const QString& target) {
    if (target == QLatin1StringView(Runbook::kEnd) ||
        target == QLatin1StringView(Runbook::kAbort)) {
        return target;
    }
    return QStringLiteral("step '%1'").arg(target);
}

/// "Raised incident 7 to level 2 of 3 (policy sre): paged bob, carol. Reason: ..." from the
/// answer of POST /api/v1/incidents/{id}/escalate.
QString describeEscalation(const QString& incidentId, const QJsonValue& answer,
                           const QString& reason) {
    const QJsonObject body = answer.toObject();
    QStringList notified;
    for (const QJsonValue& contact : body.value(QStringLiteral("notified")).toArray()) {
        notified.append(contact.toString());
    }
    QString text = QStringLiteral("Raised incident %1 to level %2 of %3 (policy %4): paged %5")
                       .arg(incidentId)
                       .arg(body.value(QStringLiteral("level")).toInt())
                       .arg(body.value(QStringLiteral("levels")).toInt())
                       .arg(body.value(QStringLiteral("policy")).toString(),
                            notified.isEmpty() ? QStringLiteral("nobody")
                                               : notified.join(QStringLiteral(", ")));
    QStringList unreachable;
    for (const QJsonValue& contact : body.value(QStringLiteral("unreachable")).toArray()) {
        unreachable.append(contact.toString());
    }
    if (!unreachable.isEmpty()) {
        text += QStringLiteral(" (no webhook: %1)").arg(unreachable.join(QStringLiteral(", ")));
    }
    return text + QStringLiteral(". Reason: %1").arg(reason);
}

QJsonObject escalationData(const QJsonValue& answer) {
    const QJsonObject body = answer.toObject();
    return QJsonObject{{QStringLiteral("handed_off"), false},
                       {QStringLiteral("policy"), body.value(QStringLiteral("policy"))},
                       {QStringLiteral("level"), body.value(QStringLiteral("level"))},
                       {QStringLiteral("notified"), body.value(QStringLiteral("notified"))}};
}

QString describeCall(const QJsonObject& request) {
    return request.value(QStringLiteral("method")).toString() + u' ' +
           request.value(QStringLiteral("path")).toString();
}

}  // namespace

void RunbookEngine::moveTo(const QString& target) {
    // Queued: the transition that named the target has been committed and signalled,
    // and whoever reacts to those signals sees a settled engine.
    QTimer::singleShot(0, this, [this, target] { enterStep(target); });
}

void RunbookEngine::enterStep(const QString& target) {
    if (m_broken || isFinished() || m_run.nextStep != target) {
        return;  // superseded (skipped, aborted) meanwhile
    }
    if (target == QLatin1StringView(Runbook::kEnd)) {
        finish(
            m_run.escalated ? RunbookRunState::Escalated : RunbookRunState::Succeeded,
            m_run.escalated
                ? QStringLiteral("The run reached its end; the incident was handed to the "
                                 "next escalation level.")
                : QStringLiteral("The run reached its end after %1 steps.").arg(m_run.stepEntries));
        return;
    }
    if (target == QLatin1StringView(Runbook::kAbort)) {
        finish(RunbookRunState::Failed,
               QStringLiteral("The runbook ends with abort after step %1: %2")
                   .arg(stepName(), current().explanation));
        return;
    }
    if (++m_run.stepEntries > kMaximumStepEntries) {
        finish(RunbookRunState::Failed,
               QStringLiteral("The run entered %1 steps without reaching its end; it was "
                              "stopped as a loop.")
                   .arg(kMaximumStepEntries));
        return;
    }
    m_run.currentStep = target;
    m_run.nextStep.clear();
    m_run.state = RunbookRunState::Running;
    RunbookStepRecord& record = current();
    const int executions = record.executions;
    record = RunbookStepRecord();
    record.stepId = target;
    record.executions = executions + 1;
    record.state = RunbookStepState::Running;
    record.startedAtMs = nowMs();
    dispatch();
}

void RunbookEngine::dispatch() {
    const RunbookStep& step = currentStep();
    RunbookStepRecord& record = current();
    const QString title =
        step.title.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(render(step.title));
    switch (step.kind) {
        case RunbookStepKind::Check:
        case RunbookStepKind::Action: {
            QString error;
            const auto request = RunbookCall::render(step, m_variables, &error);
            if (!request) {
                failStep(error);
                return;
            }
            record.request = request->summary;
            if (step.destructive && record.actor.isEmpty()) {
                waitFor(RunbookStepState::WaitingForConfirmation,
                        QStringLiteral("Step %1%2 changes state with %3 and waits for "
                                       "confirmation.")
                            .arg(stepName(), title, describeCall(record.request)),
                        QJsonObject{{QStringLiteral("request"), record.request}});
                return;
            }
            sendAttempt(
                {entry(QStringLiteral("step.started"),
                       QStringLiteral("Step %1%2: %3.")
                           .arg(stepName(), title, describeCall(record.request)),
                       QJsonObject{{QStringLiteral("kind"), RunbookStep::kindName(step.kind)},
                                   {QStringLiteral("request"), record.request}})});
            return;
        }
        case RunbookStepKind::WaitUntil: {
            QString error;
            const auto timeout = durationMs(step.timeout, &error);
            const auto interval = durationMs(step.interval, &error);
            if (!timeout || !interval) {
                failStep(error);
                return;
            }
            if (record.deadlineMs == 0) {
                record.deadlineMs = record.startedAtMs + *timeout;
            }
            m_lastObservation.clear();
            if (!commit({entry(
                    QStringLiteral("step.started"),
                    QStringLiteral("Step %1%2 waits until %3, checking every %4 for at "
                                   "most %5.")
                        .arg(stepName(), title, step.until, RunbookDuration::format(*interval),
                             RunbookDuration::format(*timeout)),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("wait_until")},
                                {QStringLiteral("until"), step.until}})})) {
                return;
            }
            poll();
            return;
        }
        case RunbookStepKind::Decision:
            decide();
            return;
        case RunbookStepKind::Manual: {
            const QString command = render(step.command);
            QString text = QStringLiteral("Manual step %1%2: %3")
                               .arg(stepName(), title, render(step.instructions));
            if (!command.isEmpty()) {
                text += QStringLiteral(" Command: %1").arg(command);
            }
            waitFor(
                RunbookStepState::WaitingForOperator, text,
                QJsonObject{{QStringLiteral("instructions"), render(step.instructions)},
                            {QStringLiteral("command"), command},
                            {QStringLiteral("checkbox"), render(step.checkbox)},
                            {QStringLiteral("reveal"), QJsonArray::fromStringList(step.reveal)}});
            return;
        }
        case RunbookStepKind::Approval:
            waitFor(RunbookStepState::WaitingForApproval,
                    QStringLiteral("Step %1%2 needs an approval: %3")
                        .arg(stepName(), title, render(step.prompt)),
                    QJsonObject{{QStringLiteral("prompt"), render(step.prompt)}});
            return;
        case RunbookStepKind::Escalate:
            escalate();
            return;
        case RunbookStepKind::Note:
            succeedStep(QStringLiteral("note"), render(step.text));
            return;
    }
}

void RunbookEngine::sendAttempt(const QList<IncidentTimelineEntry>& leading) {
    const RunbookStep& step = currentStep();
    RunbookStepRecord& record = current();
    QString error;
    const auto request = RunbookCall::render(step, m_variables, &error);
    std::optional<qint64> timeout = qint64(-1);
    if (request && !step.timeout.isEmpty()) {
        timeout = durationMs(step.timeout, &error);
    }
    if (!request || !timeout) {
        failStep(error);
        return;
    }
    record.attempts += 1;
    record.request = request->summary;
    record.state = RunbookStepState::Running;
    // Journal first: the call is on record before it leaves.
    if (!commit(leading)) {
        return;
    }
    m_call->start(step, *request, m_variables, static_cast<int>(*timeout));
}

void RunbookEngine::onCallFinished(const RunbookCallOutcome& outcome) {
    const RunbookStep& step = currentStep();
    RunbookStepRecord& record = current();
    record.result = outcome.result;
    applyCaptures(outcome);
    QString reason = outcome.failure;
    QStringList said;
    said.append(QStringLiteral("%1 answered %2 in %3 ms")
                    .arg(describeCall(record.request))
                    .arg(outcome.answer.httpStatus)
                    .arg(QString::number(outcome.answer.latencyMs, 'f', 1)));
    QStringList captured;
    for (const RunbookCapture& capture : step.captures) {
        if (outcome.captured.contains(capture.variable)) {
            captured.append(QStringLiteral("%1 = %2").arg(capture.variable,
                                                          m_variables.display(capture.variable)));
        }
    }
    if (!captured.isEmpty()) {
        said.append(captured.join(u", "));
    }
    if (outcome.succeeded && !step.assertion.isEmpty()) {
        const auto evaluation = RunbookExpression::parse(step.assertion).evaluate(m_variables);
        if (!evaluation.ok) {
            reason = QStringLiteral("the assertion %1 cannot be evaluated: %2")
                         .arg(step.assertion, evaluation.error);
        } else if (!evaluation.value) {
            reason = QStringLiteral("the assertion does not hold: %1 is false")
                         .arg(evaluation.explanation);
        } else {
            said.append(QStringLiteral("%1 holds").arg(evaluation.explanation));
        }
    }
    if (reason.isEmpty()) {
        succeedStep(QStringLiteral("step.succeeded"), said.join(QStringLiteral("; ")) + u'.',
                    QJsonObject{{QStringLiteral("result"), record.result}});
        return;
    }
    if (record.attempts <= step.retry.count) {
        QString error;
        const auto backoff = durationMs(step.retry.backoff, &error);
        const qint64 delay =
            backoff.value_or(1'000) * (qint64(1) << std::min(record.attempts - 1, 16));
        record.explanation = reason;
        if (!commit({entry(QStringLiteral("step.retrying"),
                           QStringLiteral("Step %1: %2; retry %3 of %4 in %5.")
                               .arg(stepName(), reason)
                               .arg(record.attempts)
                               .arg(step.retry.count)
                               .arg(RunbookDuration::format(delay)),
                           QJsonObject{{QStringLiteral("result"), record.result}})})) {
            return;
        }
        m_timer->disconnect(this);
        connect(m_timer, &QTimer::timeout, this, [this] { sendAttempt({}); });
        m_timer->start(static_cast<int>(delay));
        return;
    }
    failStep(reason);
}

void RunbookEngine::poll() {
    const RunbookStep& step = currentStep();
    RunbookStepRecord& record = current();
    QString error;
    const auto request = RunbookCall::render(step, m_variables, &error);
    if (!request) {
        failStep(error);
        return;
    }
    record.attempts += 1;
    record.request = request->summary;
    if (!commit({})) {
        return;
    }
    // A poll may not outlast the wait itself; the client's own deadline bounds the rest.
    const qint64 remaining = std::max<qint64>(1'000, record.deadlineMs - nowMs());
    const int timeout = m_client
                            ? static_cast<int>(std::min<qint64>(m_client->timeoutMs(), remaining))
                            : static_cast<int>(remaining);
    m_call->start(step, *request, m_variables, timeout);
}

void RunbookEngine::onPollFinished(const RunbookCallOutcome& outcome) {
    const RunbookStep& step = currentStep();
    RunbookStepRecord& record = current();
    record.result = outcome.result;
    applyCaptures(outcome);
    QString observation = outcome.failure;
    if (outcome.succeeded) {
        const auto evaluation = RunbookExpression::parse(step.until).evaluate(m_variables);
        if (!evaluation.ok) {
            failStep(QStringLiteral("the condition %1 cannot be evaluated: %2")
                         .arg(step.until, evaluation.error));
            return;
        }
        if (evaluation.value) {
            succeedStep(QStringLiteral("step.succeeded"),
                        QStringLiteral("%1 holds after %2 checks (%3).")
                            .arg(evaluation.explanation)
                            .arg(record.attempts)
                            .arg(RunbookDuration::format(nowMs() - record.startedAtMs)),
                        QJsonObject{{QStringLiteral("result"), record.result}});
            return;
        }
        observation = QStringLiteral("%1 is false").arg(evaluation.explanation);
    }
    record.explanation = QStringLiteral("Check %1: %2").arg(record.attempts).arg(observation);
    QList<IncidentTimelineEntry> entries;
    if (observation != m_lastObservation) {
        m_lastObservation = observation;
        entries.append(entry(QStringLiteral("step.progress"),
                             QStringLiteral("Waiting at step %1: %2.").arg(stepName(), observation),
                             QJsonObject{{QStringLiteral("result"), record.result}}));
    }
    QString error;
    const qint64 interval = durationMs(step.interval, &error).value_or(1'000);
    if (nowMs() + interval > record.deadlineMs) {
        if (!entries.isEmpty() && !commit(entries)) {
            return;
        }
        QString timeoutError;
        failStep(QStringLiteral("%1 did not hold within %2 (%3 checks); last: %4")
                     .arg(step.until, RunbookDuration::format(
                                          durationMs(step.timeout, &timeoutError).value_or(0)))
                     .arg(record.attempts)
                     .arg(observation));
        return;
    }
    if (!commit(entries)) {
        return;
    }
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, &RunbookEngine::poll);
    m_timer->start(static_cast<int>(interval));
}

void RunbookEngine::decide() {
    const RunbookStep& step = currentStep();
    QStringList parts;
    QJsonArray cases;
    QString target;
    for (qsizetype index = 0; index < step.cases.size(); ++index) {
        const RunbookDecisionCase& candidate = step.cases.at(index);
        const auto evaluation = RunbookExpression::parse(candidate.condition).evaluate(m_variables);
        if (!evaluation.ok) {
            failStep(QStringLiteral("case %1 (%2) cannot be evaluated: %3")
                         .arg(index + 1)
                         .arg(candidate.condition, evaluation.error));
            return;
        }
        cases.append(QJsonObject{{QStringLiteral("when"), candidate.condition},
                                 {QStringLiteral("holds"), evaluation.value},
                                 {QStringLiteral("explanation"), evaluation.explanation}});
        if (evaluation.value) {
            target = candidate.target;
            parts.append(QStringLiteral("%1 → %2").arg(evaluation.explanation, targetName(target)));
            break;
        }
        parts.append(QStringLiteral("%1 is false").arg(evaluation.explanation));
    }
    if (target.isEmpty()) {
        target = step.defaultTarget;
        parts.append(QStringLiteral("no case holds → %1 (default)").arg(targetName(target)));
    }
    succeedStep(QStringLiteral("decision"), parts.join(QStringLiteral("; ")),
                QJsonObject{{QStringLiteral("cases"), cases}}, target);
}

void RunbookEngine::escalate() {
    const RunbookStep& step = currentStep();
    const QString reason = render(step.reason);
    if (m_journal) {
        if (const auto stored = m_journal->run(m_run.id)) {
            m_run.incidentLink = stored->incidentLink;
            m_run.incidentId = stored->incidentId;
        }
    }
    if (!m_run.incidentId.isEmpty()) {
        m_variables.set(QStringLiteral("incident_id"), m_run.incidentId);
    }
    m_run.escalated = true;
    const auto handOff = [this, reason](const QString& why) {
        succeedStep(
            QStringLiteral("escalation"),
            QStringLiteral("Hand-off recorded: %1 Hand the incident to the next escalation "
                           "level yourself. Reason: %2")
                .arg(why, reason),
            QJsonObject{{QStringLiteral("handed_off"), true}, {QStringLiteral("reason"), reason}});
    };
    if (m_run.incidentId.isEmpty()) {
        handOff(m_run.incidentLink == IncidentLink::None
                    ? QStringLiteral("this runbook opens no incident on the server, so recopsd "
                                     "paged nobody.")
                    : QStringLiteral("the incident is not on the server yet (its creation is "
                                     "queued), so recopsd paged nobody."));
        return;
    }
    RunbookStep call = step;
    call.kind = RunbookStepKind::Action;
    call.captures.clear();
    RunbookRequest request;
    // Raises the incident to its next escalation level; when recopsd refuses (no policy, last
    // level, unknown incident) the step records a hand-off instead.
    const ApiEndpoint escalate = ApiEndpoint::of(Endpoint::IncidentEscalate);
    request.method = escalate.method;
    request.path = escalate.path({m_run.incidentId});
    request.body = QJsonObject{{QStringLiteral("reason"), reason}};
    call.request = request;
    QString error;
    const auto rendered = RunbookCall::render(call, m_variables, &error);
    if (!rendered) {
        handOff(QStringLiteral("the escalation call could not be made (%1).").arg(error));
        return;
    }
    current().request = rendered->summary;
    if (!commit({entry(QStringLiteral("step.started"),
                       QStringLiteral("Step %1 raises incident %2 to the next escalation level.")
                           .arg(stepName(), m_run.incidentId))})) {
        return;
    }
    auto* connection = new QObject(this);
    m_escalationListener = connection;
    connect(m_call, &RunbookCall::finished, connection,
            [this, connection, handOff, reason](const RunbookCallOutcome& outcome) {
                connection->deleteLater();
                current().result = outcome.result;
                const int status = outcome.answer.httpStatus;
                if (outcome.succeeded) {
                    succeedStep(QStringLiteral("escalation"),
                                describeEscalation(m_run.incidentId, outcome.answer.body, reason),
                                escalationData(outcome.answer.body));
                } else if (status == 404 &&
                           outcome.answer.problemDetail.startsWith(u"no incident has id")) {
                    handOff(QStringLiteral("recopsd does not know incident %1 (%2), so it paged "
                                           "nobody.")
                                .arg(m_run.incidentId, outcome.answer.problemDetail));
                } else if (status == 404 || status == 405) {
                    handOff(QStringLiteral("recopsd has no escalation API (%1 answered %2), "
                                           "so it paged nobody.")
                                .arg(describeCall(current().request))
                                .arg(status));
                } else {
                    handOff(QStringLiteral("recopsd did not take the escalation (%1).")
                                .arg(outcome.failure));
                }
            });
    m_call->start(call, *rendered, m_variables, -1);
}

void RunbookEngine::succeedStep(const QString& kind, const QString& text, const QJsonObject& data,
                                const QString& target) {
    RunbookStepRecord& record = current();
    record.state = RunbookStepState::Succeeded;
    record.finishedAtMs = nowMs();
    record.explanation = m_variables.scrub(text);
    m_run.state = RunbookRunState::Running;
    m_run.nextStep =
        target.isEmpty() ? m_runbook.successorOf(m_runbook.indexOf(m_run.currentStep)) : target;
    QJsonObject withNext = data;
    withNext.insert(QStringLiteral("next"), m_run.nextStep);
    if (commit({entry(kind, text, withNext,
                      kind == u"manual.done" || kind == u"approval" ? record.actor : QString())})) {
        moveTo(m_run.nextStep);
    }
}

void RunbookEngine::failStep(const QString& reason) {
    const RunbookStep& step = currentStep();
    RunbookStepRecord& record = current();
    record.state = RunbookStepState::Failed;
    record.finishedAtMs = nowMs();
    record.explanation = m_variables.scrub(reason);
    const QJsonObject data{{QStringLiteral("reason"), record.explanation},
                           {QStringLiteral("result"), record.result}};
    const QString failed = QStringLiteral("Step %1 failed: %2").arg(stepName(), reason);
    if (step.onFailure == QLatin1StringView(Runbook::kAbort)) {
        if (commit({entry(QStringLiteral("step.failed"), failed + QStringLiteral(" → abort."),
                          data)})) {
            finish(RunbookRunState::Failed,
                   failed + QStringLiteral(". The runbook aborts here (on_failure: abort)."));
        }
        return;
    }
    if (!step.onFailure.isEmpty()) {
        m_run.nextStep = step.onFailure;
        m_run.state = RunbookRunState::Running;
        if (commit({entry(
                QStringLiteral("step.failed"),
                QStringLiteral("%1 → on_failure: %2.").arg(failed, targetName(step.onFailure)),
                data)})) {
            moveTo(m_run.nextStep);
        }
        return;
    }
    if (m_haltPolicy == HaltPolicy::EndRun) {
        if (commit({entry(QStringLiteral("step.failed"), failed + u'.', data)})) {
            finish(RunbookRunState::Failed,
                   failed + QStringLiteral(". No on_failure target, and nobody is there to retry "
                                           "or skip it."));
        }
        return;
    }
    m_run.state = RunbookRunState::Halted;
    if (commit({entry(QStringLiteral("step.failed"),
                      failed + QStringLiteral(". The run halts: retry, skip or abort."), data)})) {
        Q_EMIT stateChanged(m_run.state);
        Q_EMIT halted(step.id, record.explanation);
    }
}

void RunbookEngine::waitFor(RunbookStepState state, const QString& text, const QJsonObject& data) {
    RunbookStepRecord& record = current();
    record.state = state;
    record.explanation = m_variables.scrub(text);
    m_run.state = RunbookRunState::Waiting;
    const QString kind = state == RunbookStepState::Interrupted ? QStringLiteral("step.interrupted")
                                                                : QStringLiteral("step.waiting");
    QJsonObject withState = data;
    withState.insert(QStringLiteral("waiting_for"), RunbookStepRecord::stateName(state));
    if (commit({entry(kind, text, withState)})) {
        Q_EMIT stateChanged(m_run.state);
        Q_EMIT waitingForPerson(m_run.currentStep, state);
    }
}

}  // namespace recops::console
