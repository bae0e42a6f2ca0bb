// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The run's lifecycle: starting, resuming, the operator's commands, and the bookkeeping
// every transition goes through (commit() writes the journal before anything else
// happens). What each kind of step does is in runbook_engine_steps.cpp.
#include "core/runbook_engine.h"

#include "core/api_client.h"
#include "core/runbook_duration.h"
#include "core/runbook_journal.h"
#include "core/runbook_loader.h"
#include "core/runbook_step_model.h"
#include "core/runbook_template.h"
#include "core/secret_store.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>

namespace recops::console {

namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace

RunbookEngine::RunbookEngine(ApiClient* client, RunbookJournal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_call(new RunbookCall(client, this))
    , m_timer(new QTimer(this))
    , m_model(new RunbookStepModel(this)) {
    m_timer->setSingleShot(true);
    connect(m_call, &RunbookCall::finished, this, [this](const RunbookCallOutcome& outcome) {
        // An escalate step listens for its own call (see escalate()).
        if (currentStep().kind == RunbookStepKind::WaitUntil) {
            onPollFinished(outcome);
        } else if (currentStep().kind != RunbookStepKind::Escalate) {
            onCallFinished(outcome);
        }
    });
}

RunbookEngine::~RunbookEngine() = default;

void RunbookEngine::setSecretStore(SecretStore* secrets) {
    m_secrets = secrets;
}

std::optional<QJsonObject> RunbookEngine::resolveInputs(const Runbook& runbook,
                                                        const QHash<QString, QString>& texts,
                                                        QStringList* errors) {
    QJsonObject inputs;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const RunbookInput* input = runbook.input(it.key());
        if (!input) {
            QStringList names;
            for (const RunbookInput& known : runbook.inputs) {
                names.append(known.name);
            }
            errors->append(QStringLiteral("%1 has no input \"%2\"%3")
                               .arg(runbook.id, it.key(),
                                    names.isEmpty()
                                        ? QStringLiteral(" (it takes none)")
                                        : QStringLiteral(" (inputs: %1)").arg(names.join(u", "))));
            continue;
        }
        QString error;
        const auto value = input->convert(it.value(), &error);
        if (!value) {
            errors->append(QStringLiteral("input %1: %2").arg(it.key(), error));
            continue;
        }
        inputs.insert(it.key(), *value);
    }
    for (const RunbookInput& input : runbook.inputs) {
        if (inputs.contains(input.name) || texts.contains(input.name)) {
            continue;
        }
        if (input.defaultValue) {
            inputs.insert(input.name, *input.defaultValue);
        } else {
            errors->append(
                QStringLiteral("input %1 is required: %2").arg(input.name, input.description));
        }
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    return inputs;
}

bool RunbookEngine::start(const Runbook& runbook, const QJsonObject& inputs,
                          const StartOptions& options) {
    if (!m_journal || !m_journal->isOpen()) {
        m_errorString = QStringLiteral("The runbook journal is not open.");
        return false;
    }
    if (runbook.steps.isEmpty()) {
        m_errorString = QStringLiteral("The runbook %1 has no step.").arg(runbook.id);
        return false;
    }
    for (const RunbookInput& input : runbook.inputs) {
        if (!inputs.contains(input.name)) {
            m_errorString = QStringLiteral("The input %1 has no value.").arg(input.name);
            return false;
        }
    }
    cancelPending();
    m_broken = false;
    m_runbook = runbook;
    m_run = RunbookRunRecord();
    m_run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_run.runbookId = runbook.id;
    m_run.title = runbook.title;
    m_run.definition = runbook.definition;
    m_run.inputs = inputs;
    m_run.state = RunbookRunState::Running;
    m_run.serverUrl = m_client ? m_client->baseUrl().toString() : QString();
    m_run.author = options.author.isEmpty() ? QStringLiteral("recops-console") : options.author;
    m_run.severity = runbook.severity;
    m_run.incidentId = options.incidentId;
    m_run.incidentLink = !options.incidentId.isEmpty() ? IncidentLink::Created
                         : runbook.opensIncident       ? IncidentLink::Pending
                                                       : IncidentLink::None;
    m_run.createdAtMs = m_run.updatedAtMs = nowMs();
    m_run.currentStep = runbook.steps.constFirst().id;
    m_run.nextStep = m_run.currentStep;

    m_variables = RunbookVariables();
    for (auto it = inputs.constBegin(); it != inputs.constEnd(); ++it) {
        m_variables.set(it.key(), it.value());
    }
    m_variables.set(QStringLiteral("run_id"), m_run.id);
    m_variables.set(QStringLiteral("runbook_id"), runbook.id);
    m_variables.set(QStringLiteral("server_url"), m_run.serverUrl);
    m_variables.set(QStringLiteral("operator"), m_run.author);
    m_variables.set(QStringLiteral("incident_id"), options.incidentId.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(options.incidentId));
    m_run.variables = m_variables.toJournal();

    m_steps.clear();
    QList<RunbookStepRecord> records;
    for (const RunbookStep& step : runbook.steps) {
        RunbookStepRecord record;
        record.stepId = step.id;
        m_steps.insert(step.id, record);
        records.append(record);
    }
    m_nextSequence = 0;
    QStringList shownInputs;
    for (auto it = inputs.constBegin(); it != inputs.constEnd(); ++it) {
        shownInputs.append(it.key() + u'=' + RunbookVariables::plainText(it.value()));
    }
    QJsonObject startData{{QStringLiteral("inputs"), inputs},
                          {QStringLiteral("severity"), runbook.severity}};
    if (!options.alertName.isEmpty()) {
        startData.insert(QStringLiteral("alert"),
                         QJsonObject{{QStringLiteral("name"), options.alertName},
                                     {QStringLiteral("labels"), options.alertLabels}});
    }
    const IncidentTimelineEntry first = entry(
        QStringLiteral("run.started"),
        QStringLiteral("%1 started the runbook '%2' (%3) against %4%5%6.")
            .arg(m_run.author, runbook.title, runbook.id, m_run.serverUrl,
                 options.alertName.isEmpty()
                     ? QString()
                     : QStringLiteral(" for the alert %1").arg(options.alertName),
                 shownInputs.isEmpty() ? QString()
                                       : QStringLiteral(" with %1").arg(shownInputs.join(u", "))),
        startData);
    if (!m_journal->beginRun(m_run, records, first)) {
        m_errorString = m_journal->errorString();
        return false;
    }
    m_model->reset(m_runbook, records);
    Q_EMIT timelineEntryAdded(first);
    Q_EMIT stateChanged(m_run.state);
    moveTo(m_run.nextStep);
    return true;
}

bool RunbookEngine::resume(const QString& runId) {
    if (!m_journal || !m_journal->isOpen()) {
        m_errorString = QStringLiteral("The runbook journal is not open.");
        return false;
    }
    const auto run = m_journal->run(runId);
    if (!run) {
        m_errorString = QStringLiteral("The journal has no run %1.").arg(runId);
        return false;
    }
    RunbookIssues issues;
    const auto runbook =
        RunbookLoader::fromDefinition(run->definition, run->runbookId + u".json", &issues);
    if (!runbook) {
        m_errorString = QStringLiteral("The journaled definition of run %1 does not load: %2")
                            .arg(runId, issues.value(0).toString());
        return false;
    }
    cancelPending();
    m_broken = false;
    m_runbook = *runbook;
    m_run = *run;
    m_variables = RunbookVariables::fromJournal(run->variables);
    m_steps.clear();
    const QList<RunbookStepRecord> records = m_journal->steps(runId);
    for (const RunbookStepRecord& record : records) {
        m_steps.insert(record.stepId, record);
    }
    const QList<IncidentTimelineEntry> timeline = m_journal->timeline(runId);
    m_nextSequence = timeline.isEmpty() ? 0 : timeline.constLast().sequence + 1;
    m_model->reset(m_runbook, records);
    m_model->setCurrentStep(m_run.currentStep);
    if (m_run.isFinished()) {
        return true;  // to look at, and to report on
    }
    const QStringList missing = m_variables.missingSecrets();
    if (missing.isEmpty() || !m_secrets) {
        QTimer::singleShot(0, this, &RunbookEngine::continueResumed);
        return true;
    }
    // Secrets come back from the keyring first; the run continues once all have answered.
    auto remaining = std::make_shared<int>(static_cast<int>(missing.size()));
    for (const QString& name : missing) {
        m_secrets->readToken(secretKey(name), this,
                             [this, name, remaining](const SecretStore::Result& result) {
                                 if (result.succeeded()) {
                                     m_variables.set(name, result.token, true);
                                 }
                                 if (--*remaining == 0) {
                                     continueResumed();
                                 }
                             });
    }
    return true;
}

void RunbookEngine::continueResumed() {
    RunbookStepRecord& record = current();
    const RunbookStep& step = currentStep();
    QString text = QStringLiteral("The run was resumed from the journal at step %1 (%2).")
                       .arg(stepName(), RunbookStepRecord::stateName(record.state));
    if (!m_variables.missingSecrets().isEmpty()) {
        text += QStringLiteral(" Secrets not kept across the restart: %1.")
                    .arg(m_variables.missingSecrets().join(u", "));
    }
    if (!commit({entry(QStringLiteral("run.resumed"), text)}, false)) {
        return;
    }
    if (!m_run.nextStep.isEmpty()) {
        moveTo(m_run.nextStep);
        return;
    }
    switch (record.state) {
        case RunbookStepState::WaitingForConfirmation:
        case RunbookStepState::WaitingForOperator:
        case RunbookStepState::WaitingForApproval:
        case RunbookStepState::Interrupted:
            Q_EMIT stateChanged(m_run.state);
            Q_EMIT waitingForPerson(step.id, record.state);
            return;
        case RunbookStepState::Failed:
            Q_EMIT stateChanged(m_run.state);
            Q_EMIT halted(step.id, record.explanation);
            return;
        case RunbookStepState::Running:
            if (step.kind == RunbookStepKind::Action && record.attempts > 0) {
                // The call may or may not have reached the server: only a person can tell.
                m_run.state = RunbookRunState::Waiting;
                record.state = RunbookStepState::Interrupted;
                record.explanation =
                    QStringLiteral(
                        "The console stopped while %1 %2 was in flight; whether it took effect is "
                        "unknown. Retry sends it again, skip goes on without it.")
                        .arg(record.request.value(QStringLiteral("method")).toString(),
                             record.request.value(QStringLiteral("path")).toString());
                waitFor(RunbookStepState::Interrupted, record.explanation, {});
                return;
            }
            if (step.kind == RunbookStepKind::WaitUntil) {
                poll();  // the deadline counts from the step's start, restart or not
            } else {
                dispatch();
            }
            return;
        case RunbookStepState::Pending:
        case RunbookStepState::Succeeded:
        case RunbookStepState::Skipped:
            enterStep(step.id);
            return;
    }
}

bool RunbookEngine::confirm(const QString& who) {
    if (m_broken || isFinished()) {
        return false;
    }
    RunbookStepRecord& record = current();
    if (record.state == RunbookStepState::WaitingForConfirmation) {
        record.actor = who;
        record.state = RunbookStepState::Running;
        m_run.state = RunbookRunState::Running;
        const IncidentTimelineEntry confirmation =
            entry(QStringLiteral("confirmation"),
                  QStringLiteral("%1 confirmed %2 %3 at step %4.")
                      .arg(who, record.request.value(QStringLiteral("method")).toString(),
                           record.request.value(QStringLiteral("path")).toString(), stepName()),
                  {}, who);
        if (commit({confirmation})) {
            Q_EMIT stateChanged(m_run.state);
            sendAttempt({});
        }
        return true;
    }
    if (record.state == RunbookStepState::WaitingForOperator) {
        record.actor = who;
        const RunbookStep& step = currentStep();
        succeedStep(
            QStringLiteral("manual.done"),
            QStringLiteral("%1 checked \"%2\" at step %3.")
                .arg(who, step.checkbox.isEmpty() ? QStringLiteral("Done") : render(step.checkbox),
                     stepName()));
        return true;
    }
    return false;
}

bool RunbookEngine::approve(const QString& who, const QString& comment) {
    if (m_broken || isFinished() || current().state != RunbookStepState::WaitingForApproval) {
        return false;
    }
    current().actor = who;
    succeedStep(
        QStringLiteral("approval"),
        QStringLiteral("%1 approved step %2%3")
            .arg(who, stepName(),
                 comment.isEmpty() ? QStringLiteral(".") : QStringLiteral(": %1").arg(comment)),
        QJsonObject{{QStringLiteral("approved"), true}, {QStringLiteral("by"), who}});
    return true;
}

bool RunbookEngine::reject(const QString& who, const QString& reason) {
    if (m_broken || isFinished() || current().state != RunbookStepState::WaitingForApproval) {
        return false;
    }
    current().actor = who;
    failStep(QStringLiteral("%1 rejected it: %2").arg(who, reason));
    return true;
}

bool RunbookEngine::skip(const QString& who, const QString& reason) {
    if (m_broken || isFinished() || reason.trimmed().isEmpty() || !m_run.nextStep.isEmpty()) {
        return false;
    }
    cancelPending();
    RunbookStepRecord& record = current();
    const RunbookStep& step = currentStep();
    record.state = RunbookStepState::Skipped;
    record.finishedAtMs = nowMs();
    record.skipReason = reason.trimmed();
    record.actor = who;
    const int index = m_runbook.indexOf(step.id);
    m_run.nextStep =
        step.kind == RunbookStepKind::Decision ? step.defaultTarget : m_runbook.successorOf(index);
    m_run.state = RunbookRunState::Running;
    if (commit(
            {entry(QStringLiteral("step.skipped"),
                   QStringLiteral("%1 skipped step %2: %3").arg(who, stepName(), record.skipReason),
                   QJsonObject{{QStringLiteral("reason"), record.skipReason},
                               {QStringLiteral("next"), m_run.nextStep}},
                   who)})) {
        moveTo(m_run.nextStep);
    }
    return true;
}

bool RunbookEngine::retry(const QString& who) {
    if (m_broken || isFinished()) {
        return false;
    }
    const RunbookStepState state = current().state;
    if (m_run.state != RunbookRunState::Halted && state != RunbookStepState::Interrupted) {
        return false;
    }
    m_run.nextStep = m_run.currentStep;
    if (commit({entry(QStringLiteral("step.retried"),
                      QStringLiteral("%1 runs step %2 again.").arg(who, stepName()), {}, who)},
               false)) {
        moveTo(m_run.nextStep);
    }
    return true;
}

bool RunbookEngine::abort(const QString& who, const QString& reason) {
    if (m_broken || isFinished()) {
        return false;
    }
    cancelPending();
    finish(RunbookRunState::Aborted,
           QStringLiteral("%1 aborted the run at step %2: %3").arg(who, stepName(), reason));
    return true;
}

QString RunbookEngine::currentCommandForClipboard() const {
    if (m_run.currentStep.isEmpty() || isFinished()) {
        return QString();
    }
    QString error;
    return RunbookTemplate::render(currentStep().command, m_variables, RunbookTemplate::Mode::Plain,
                                   &error)
        .value_or(QString());
}

QHash<QString, QString> RunbookEngine::revealedSecrets() const {
    QHash<QString, QString> secrets;
    if (isFinished() ||
        m_steps.value(m_run.currentStep).state != RunbookStepState::WaitingForOperator) {
        return secrets;
    }
    for (const QString& name : currentStep().reveal) {
        if (const auto value = m_variables.value(name)) {
            secrets.insert(name, RunbookVariables::plainText(*value));
        }
    }
    return secrets;
}

// --- bookkeeping ------------------------------------------------------------------------

const RunbookStep& RunbookEngine::currentStep() const {
    static const RunbookStep none;
    const RunbookStep* step = m_runbook.step(m_run.currentStep);
    return step ? *step : none;
}

QString RunbookEngine::stepName() const {
    return QStringLiteral("'%1'").arg(m_run.currentStep);
}

QString RunbookEngine::secretKey(const QString& name) const {
    return QStringLiteral("runbook-run:%1:%2").arg(m_run.id, name);
}

IncidentTimelineEntry RunbookEngine::entry(const QString& kind, const QString& text,
                                           QJsonObject data, const QString& author) {
    IncidentTimelineEntry result;
    result.entryId = IncidentTimelineEntry::newEntryId();
    result.runId = m_run.id;
    result.sequence = m_nextSequence++;
    result.timeMs = nowMs();
    result.author = author.isEmpty() ? m_run.author : author;
    result.kind = kind;
    result.text = m_variables.scrub(text);
    data.insert(QStringLiteral("run_id"), m_run.id);
    data.insert(QStringLiteral("runbook_id"), m_run.runbookId);
    if (!m_run.currentStep.isEmpty() && kind != u"run.started") {
        data.insert(QStringLiteral("step"), m_run.currentStep);
        result.stepId = m_run.currentStep;
    }
    result.data = m_variables.scrub(QJsonValue(data)).toObject();
    result.sync = m_run.incidentLink == IncidentLink::None ? IncidentTimelineEntry::Sync::LocalOnly
                                                           : IncidentTimelineEntry::Sync::Queued;
    return result;
}

bool RunbookEngine::commit(const QList<IncidentTimelineEntry>& entries, bool withStep) {
    if (m_broken) {
        return false;
    }
    m_run.updatedAtMs = nowMs();
    m_run.variables = m_variables.toJournal();
    const RunbookStepRecord* step =
        withStep && m_steps.contains(m_run.currentStep) ? &m_steps[m_run.currentStep] : nullptr;
    if (!m_journal || !m_journal->record(m_run, step, entries)) {
        // Nothing that is not written down may happen: the run stops here.
        m_broken = true;
        cancelPending();
        m_errorString =
            m_journal ? m_journal->errorString() : QStringLiteral("The runbook journal is gone.");
        Q_EMIT journalFailed(m_errorString);
        return false;
    }
    if (step) {
        m_model->update(*step);
        m_model->setCurrentStep(m_run.currentStep);
    }
    for (const IncidentTimelineEntry& added : entries) {
        Q_EMIT timelineEntryAdded(added);
    }
    if (step) {
        Q_EMIT stepChanged(step->stepId, step->state);
    }
    return true;
}

void RunbookEngine::applyCaptures(const RunbookCallOutcome& outcome) {
    for (const RunbookCapture& capture : currentStep().captures) {
        if (!outcome.captured.contains(capture.variable)) {
            continue;
        }
        const QJsonValue value = outcome.captured.value(capture.variable);
        m_variables.set(capture.variable, value, capture.secret);
        if (capture.secret && m_secrets) {
            m_secrets->writeToken(secretKey(capture.variable), RunbookVariables::plainText(value),
                                  this, {});
        }
    }
}

std::optional<qint64> RunbookEngine::durationMs(const QString& text, QString* error) const {
    const auto rendered =
        RunbookTemplate::render(text, m_variables, RunbookTemplate::Mode::Plain, error);
    if (!rendered) {
        return std::nullopt;
    }
    // A duration input is held as seconds.
    bool isNumber = false;
    const double seconds = rendered->toDouble(&isNumber);
    if (isNumber) {
        return static_cast<qint64>(seconds * 1000.0);
    }
    const auto milliseconds = RunbookDuration::parseMs(*rendered);
    if (!milliseconds) {
        *error = QStringLiteral("\"%1\" is not a duration").arg(*rendered);
    }
    return milliseconds;
}

QString RunbookEngine::render(const QString& text) const {
    QString error;
    return RunbookTemplate::render(text, m_variables, RunbookTemplate::Mode::Redacted, &error)
        .value_or(text);
}

void RunbookEngine::cancelPending() {
    delete m_escalationListener;
    m_timer->stop();
    m_timer->disconnect(this);
    m_call->cancel();
}

void RunbookEngine::finish(RunbookRunState state, const QString& outcome) {
    m_run.state = state;
    m_run.outcome = m_variables.scrub(outcome);
    m_run.nextStep.clear();
    m_run.finishedAtMs = nowMs();
    const QStringList secrets = m_variables.secretNames();
    if (!commit({entry(QStringLiteral("run.finished"), outcome,
                       QJsonObject{{QStringLiteral("state"), RunbookRunRecord::stateName(state)}})},
                false)) {
        return;
    }
    if (m_secrets) {
        for (const QString& name : secrets) {
            m_secrets->deleteToken(secretKey(name), this, {});
        }
    }
    Q_EMIT stateChanged(state);
    Q_EMIT finished(state, m_run.outcome);
}

}  // namespace recops::console
