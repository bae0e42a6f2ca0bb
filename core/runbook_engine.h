// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident_timeline_entry.h"
#include "core/runbook.h"
#include "core/runbook_call.h"
#include "core/runbook_run_record.h"
#include "core/runbook_step_record.h"
#include "core/runbook_variables.h"

#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace recops::console {

class ApiClient;
class RunbookJournal;
class RunbookStepModel;
class SecretStore;

/**
 * Runs one runbook, step by step, against recopsd: the state machine behind the runbook
 * runner page and `recops-console --run-runbook`.
 *
 * Steps run asynchronously through the console's ApiClient. Each transition — a step
 * starts, a call is sent, a decision is taken, a person confirms — is written to the
 * RunbookJournal first, in one transaction with its timeline entry, and only then acted
 * upon and signalled; IncidentTimelineSync uploads the entries when the server can take
 * them. A run therefore survives a console that stops (resume() continues it from the
 * journal) and keeps going while the server is down.
 *
 * A step that waits for a person (a destructive action's confirmation, a manual step, an
 * approval) blocks the run until confirm(), approve() or reject() is called. A failed step
 * goes to its on_failure target; without one the run halts for retry(), skip() or abort()
 * (or, with HaltPolicy::EndRun, ends as failed: nobody is there to decide).
 *
 * Decisions, assertions and waits explain themselves in words
 * ("p95_ms = 240 > 100 → step 'reduce-load'"); the explanations go into the step model
 * and the timeline. Secret captures are never journaled; with a SecretStore they are
 * kept in the keyring under the run's id until the run ends, so a resumed run has them.
 *
 * Signals are emitted after the journal has the transition and the engine has settled;
 * slots may call the operator methods directly.
 */
class RunbookEngine : public QObject {
    Q_OBJECT

public:
    enum class HaltPolicy { PauseForOperator, EndRun };
    Q_ENUM(HaltPolicy)

    /// Steps one run may enter, loops included: a guard against a loop that a person
    /// keeps confirming (or --yes confirms) for ever.
    static constexpr int kMaximumStepEntries = 500;

    struct StartOptions {
        /// Who runs it (the token's identity); authors the timeline.
        QString author;
        /// An incident that exists on the server already; empty opens one when the
        /// runbook says so.
        QString incidentId;
        /// The alert the run answers, when it was started from one, with its labels: both
        /// go into the run.started entry.
        QString alertName;
        QJsonObject alertLabels;
    };

    RunbookEngine(ApiClient* client, RunbookJournal* journal, QObject* parent = nullptr);
    ~RunbookEngine() override;

    void setHaltPolicy(HaltPolicy policy) { m_haltPolicy = policy; }
    /// Keeps secret captures across a restart, in the keyring; nullptr keeps them in memory.
    void setSecretStore(SecretStore* secrets);

    /**
     * Types @p texts (`--input name=value`) by the runbook's inputs and adds the defaults;
     * nullopt with one message per problem (unknown name, wrong type, missing input).
     */
    static std::optional<QJsonObject> resolveInputs(const Runbook& runbook,
                                                    const QHash<QString, QString>& texts,
                                                    QStringList* errors);

    /// Starts a run of @p runbook with typed @p inputs. False, with errorString(), when the
    /// journal cannot record it or an input is missing.
    bool start(const Runbook& runbook, const QJsonObject& inputs, const StartOptions& options);
    /// Continues the journaled run @p runId where it was. False when there is no such run
    /// or its definition cannot be read.
    bool resume(const QString& runId);

    /// Confirms the waiting destructive action (then sends it), or checks the waiting
    /// manual step's box. False when nothing waits for that.
    bool confirm(const QString& who);
    bool approve(const QString& who, const QString& comment = {});
    bool reject(const QString& who, const QString& reason);
    /// Skips the current step (a reason is required) and goes on with its successor; a
    /// skipped decision takes its default.
    bool skip(const QString& who, const QString& reason);
    /// Runs a halted or interrupted step again.
    bool retry(const QString& who);
    bool abort(const QString& who, const QString& reason);

    QString runId() const { return m_run.id; }
    const RunbookRunRecord& run() const { return m_run; }
    RunbookRunState state() const { return m_run.state; }
    bool isFinished() const { return m_run.isFinished(); }
    const Runbook& runbook() const { return m_runbook; }
    QString currentStepId() const { return m_run.currentStep; }
    RunbookStepRecord currentStepRecord() const { return m_steps.value(m_run.currentStep); }
    RunbookStepModel* stepModel() const { return m_model; }
    const RunbookVariables& variables() const { return m_variables; }
    QString errorString() const { return m_errorString; }
    /// The waiting manual step's command with its secrets filled in, for the clipboard.
    QString currentCommandForClipboard() const;
    /// The secrets the waiting manual step reveals, by name.
    QHash<QString, QString> revealedSecrets() const;

Q_SIGNALS:
    void stateChanged(recops::console::RunbookRunState state);
    void stepChanged(const QString& stepId, recops::console::RunbookStepState state);
    void timelineEntryAdded(const recops::console::IncidentTimelineEntry& entry);
    /// The current step waits for confirm(), approve()/reject(), or retry()/skip().
    void waitingForPerson(const QString& stepId, recops::console::RunbookStepState state);
    void halted(const QString& stepId, const QString& reason);
    void finished(recops::console::RunbookRunState state, const QString& outcome);
    /// The journal refused a write: the run stops where it is (nothing unrecorded happens).
    void journalFailed(const QString& message);

private:
    // Transitions.
    void enterStep(const QString& target);
    void moveTo(const QString& target);
    void dispatch();
    void sendAttempt(const QList<IncidentTimelineEntry>& leading);
    void onCallFinished(const RunbookCallOutcome& outcome);
    void onPollFinished(const RunbookCallOutcome& outcome);
    void poll();
    void decide();
    void escalate();
    void succeedStep(const QString& kind, const QString& text, const QJsonObject& data = {},
                     const QString& target = {});
    void failStep(const QString& reason);
    void waitFor(RunbookStepState state, const QString& text, const QJsonObject& data);
    void finish(RunbookRunState state, const QString& outcome);
    void continueResumed();

    // Bookkeeping.
    RunbookStepRecord& current() { return m_steps[m_run.currentStep]; }
    const RunbookStep& currentStep() const;
    IncidentTimelineEntry entry(const QString& kind, const QString& text, QJsonObject data = {},
                                const QString& author = {});
    bool commit(const QList<IncidentTimelineEntry>& entries, bool withStep = true);
    void applyCaptures(const RunbookCallOutcome& outcome);
    std::optional<qint64> durationMs(const QString& text, QString* error) const;
    QString render(const QString& text) const;
    QString stepName() const;
    void cancelPending();
    QString secretKey(const QString& name) const;

    QPointer<ApiClient> m_client;
    QPointer<RunbookJournal> m_journal;
    QPointer<SecretStore> m_secrets;
    RunbookCall* m_call;
    /// Listens for the call of the escalate step in progress.
    QPointer<QObject> m_escalationListener;
    QTimer* m_timer;
    RunbookStepModel* m_model;
    HaltPolicy m_haltPolicy = HaltPolicy::PauseForOperator;
    Runbook m_runbook;
    RunbookRunRecord m_run;
    QHash<QString, RunbookStepRecord> m_steps;
    RunbookVariables m_variables;
    qint64 m_nextSequence = 0;
    QString m_lastObservation;
    QString m_errorString;
    bool m_broken = false;
};

}  // namespace recops::console
