// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace recops::console {

/// The kinds of value a runbook input takes.
enum class RunbookInputType { String, Integer, Number, Boolean, Duration };

/// One input of a runbook, given when a run starts (`--input name=value`).
struct RunbookInput {
    QString name;
    RunbookInputType type = RunbookInputType::String;
    QString description;
    /// The typed default; an input without one must be given.
    std::optional<QJsonValue> defaultValue;

    static QString typeName(RunbookInputType type);
    static std::optional<RunbookInputType> typeFromName(const QString& name);
    /// Converts the text of `--input name=text` into the input's type (a duration into
    /// seconds); nullopt with @p error when it does not fit.
    std::optional<QJsonValue> convert(const QString& text, QString* error) const;
};

enum class RunbookStepKind { Check, Action, Decision, Manual, WaitUntil, Approval, Escalate, Note };

/// Where a step's variable comes from in the answer to its call.
struct RunbookCapture {
    QString variable;
    /// "/json/pointer" into the body, "http_status", "latency_ms", "problem_type",
    /// "problem_detail", "error", or "metric:NAME{label=\"v\"}" for a Prometheus text body.
    QString source;
    /// Kept in memory only, never written down (a created token's secret).
    bool secret = false;
    /// The number of elements (array) or members (object) rather than the value itself.
    bool count = false;
};

/// The HTTP call of a check, action or wait_until step. Strings may hold `${name}`.
struct RunbookRequest {
    QByteArray method = "GET";
    QString path;
    QMap<QString, QString> query;
    /// The JSON body; undefined when the call sends none.
    QJsonValue body = QJsonValue(QJsonValue::Undefined);
    /// A `${name}` whose value is the bearer token for this call instead of the
    /// connection's (to check a token just created).
    QString token;
    /// Statuses other than 2xx that count as an answer rather than a failure.
    QList<int> acceptStatus;
    /// The answer is text (Prometheus exposition), not JSON.
    bool textResponse = false;
};

struct RunbookRetry {
    int count = 0;
    /// Delay before the first retry (a duration or `${name}`); it doubles each time.
    QString backoff = QStringLiteral("1s");
};

struct RunbookDecisionCase {
    QString condition;
    QString target;
};

/// One step. Which fields matter depends on the kind; the loader rejects the others.
struct RunbookStep {
    QString id;
    RunbookStepKind kind = RunbookStepKind::Note;
    QString title;
    QString description;

    std::optional<RunbookRequest> request;  ///< check, action, wait_until
    QList<RunbookCapture> captures;         ///< check, action, wait_until
    QString assertion;                      ///< check, action: must hold for success
    bool destructive = false;               ///< action: needs confirmation

    QList<RunbookDecisionCase> cases;  ///< decision, first match wins
    QString defaultTarget;             ///< decision

    QString instructions;  ///< manual
    QString command;       ///< manual: a command to copy
    QString checkbox;      ///< manual: the label of the "done" box
    QStringList reveal;    ///< manual: secret variables shown to the operator

    QString until;     ///< wait_until: the condition
    QString interval;  ///< wait_until: between polls
    QString prompt;    ///< approval
    QString reason;    ///< escalate
    QString text;      ///< note

    /// The step that follows; empty for the next one in the file. "end" finishes the run.
    QString next;
    /// Where a failed step leads; empty halts for the operator, "abort" ends the run failed.
    QString onFailure;
    RunbookRetry retry;
    /// Per call for check/action, overall for wait_until (a duration or `${name}`).
    QString timeout;

    bool makesCalls() const {
        return kind == RunbookStepKind::Check || kind == RunbookStepKind::Action ||
               kind == RunbookStepKind::WaitUntil;
    }
    static QString kindName(RunbookStepKind kind);
    static std::optional<RunbookStepKind> kindFromName(const QString& name);
};

/// A runbook: an incident procedure as data (see docs/runbooks.md for the format).
struct Runbook {
    /// Targets that are not steps.
    static constexpr char kEnd[] = "end";
    static constexpr char kAbort[] = "abort";

    QString id;
    QString title;
    QString description;
    /// Alert names this runbook answers.
    QStringList triggers;
    /// The severity of the incident a run opens.
    QString severity = QStringLiteral("warning");
    /// Whether a run opens an incident on the server (and syncs its timeline there).
    bool opensIncident = true;
    QList<RunbookInput> inputs;
    QList<RunbookStep> steps;
    /// Items of the post-incident checklist particular to this runbook.
    QStringList postIncidentChecklist;

    /// Where it was loaded from (":/runbooks/service-down.json", a user file).
    QString sourceFile;
    bool builtIn = false;
    /// The document as loaded; a run journals it so that it resumes with the same steps.
    QJsonObject definition;

    int indexOf(const QString& stepId) const;
    const RunbookStep* step(const QString& stepId) const;
    const RunbookInput* input(const QString& name) const;
    /// The target a step goes to when it succeeds: its `next`, the following step, or end.
    QString successorOf(int index) const;
    /// Whether any manual step reveals a secret to the operator.
    bool revealsSecrets() const;
    /// The ids of the action steps: the calls that change state on the server.
    QStringList actionStepIds() const;
    /**
     * Whether a run changes state on the server: an action, an escalation, or the incident
     * it opens. A runbook that only reads (checks, waits, decisions, notes, and no incident)
     * may run while production is locked.
     */
    bool changesServerState() const;
};

}  // namespace recops::console
