// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"
#include "core/runbook_command_line.h"
#include "core/runbook_run_record.h"
#include "core/runbook_step_record.h"

#include <QObject>
#include <QString>

class QSocketNotifier;
class QTimer;

namespace recops::console {

class ApiClient;
class IncidentTimelineSync;
class IncidentTimelineEntry;
class LocalStore;
class RunbookEngine;
class RunbookJournal;
class SecretStore;

/**
 * `recops-console --run-runbook ID` and `--list-runbooks`: a runbook run without a window,
 * on a QCoreApplication (no display, no widgets).
 *
 * The run's timeline goes to standard output as JSON lines, one entry per line, as it is
 * journaled; messages for people go to standard error. The token comes from RECOPS_TOKEN
 * or the profile's keyring entry; its identity (GET /api/v1/whoami) authors the timeline
 * and, with --yes, the confirmations and approvals. Without --yes the run stops at the
 * first step that needs a person. The exit code says how it ended (RunbookExitCode).
 */
class HeadlessRunbookRunner : public QObject {
    Q_OBJECT

public:
    explicit HeadlessRunbookRunner(RunbookCommandLineOptions options, QObject* parent = nullptr);
    ~HeadlessRunbookRunner() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void list();
    void prepare();
    void useToken(const QString& token);
    void identify();
    void begin();
    void onTimelineEntry(const IncidentTimelineEntry& entry);
    void onWaiting(const QString& stepId, RunbookStepState state);
    void onRunFinished(RunbookRunState state);
    void awaitSync();
    void end(RunbookExitCode code);
    void watchSignals();
    bool writeSecrets();
    void say(const QString& message) const;

    RunbookCommandLineOptions m_options;
    Runbook m_runbook;
    QJsonObject m_inputs;
    ApiClient* m_client;
    LocalStore* m_store;
    RunbookJournal* m_journal;
    SecretStore* m_secrets = nullptr;
    RunbookEngine* m_engine = nullptr;
    IncidentTimelineSync* m_sync = nullptr;
    QTimer* m_syncDeadline = nullptr;
    QSocketNotifier* m_signalNotifier = nullptr;
    QString m_token;
    QString m_identity;
    RunbookExitCode m_exitCode = RunbookExitCode::Succeeded;
    bool m_needsPerson = false;
    bool m_interrupted = false;
    bool m_ended = false;
};

}  // namespace recops::console
