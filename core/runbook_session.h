// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"
#include "core/runbook_run_record.h"
#include "core/token_identity.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace recops::console {

class ApiClient;
class IncidentTimelineSync;
class RunbookEngine;
class RunbookJournal;
class RunbookLaunch;
class SecretStore;

/**
 * The runs of the console's window: at most one live run (a RunbookEngine driving it),
 * the background upload of every journaled timeline to the connected server
 * (IncidentTimelineSync), and the rules for starting and resuming a run. The Runbooks page
 * shows it and forwards the operator's decisions; nothing here needs a display.
 *
 * A run belongs to the server it was started against. When the connection moves to
 * another server, the live run is let go, as if the console had stopped: it stays in the
 * journal, unfinished, and resumes once the console is connected to its server again.
 *
 * Decisions are recorded in the operator's name (the token's identity). An approval names
 * the person who gave it; when that is not the operator, both are recorded.
 */
class RunbookSession : public QObject {
    Q_OBJECT

public:
    RunbookSession(ApiClient* client, RunbookJournal* journal, SecretStore* secrets,
                   QObject* parent = nullptr);
    ~RunbookSession() override;

    RunbookJournal* journal() const;
    IncidentTimelineSync* sync() const { return m_sync; }
    /// The engine of the live run; nullptr when no run is live.
    RunbookEngine* engine() const { return m_engine; }
    /// A live run that has not finished.
    bool hasRunInProgress() const;

    /// Who is at the console, as the server knows the token.
    void setOperator(const TokenIdentity& identity);
    /// How the operator is recorded: the token's identity, or the console when unknown.
    QString operatorName() const;

    /// Why @p runbook cannot be started now by the operator's token; empty when it can.
    QString startRefusal(const Runbook& runbook) const;
    /// Why @p run cannot be resumed now; empty when it can.
    QString resumeRefusal(const RunbookRunRecord& run) const;

    /// Starts a run of @p launch; false with errorString().
    bool start(const RunbookLaunch& launch);
    /// Makes the journaled run @p runId live and continues it; false with errorString().
    bool resume(const QString& runId);
    /// Lets the live run go; it stays in the journal as it is.
    void detach();
    /// The connection moved (another profile or address): a live run made against another
    /// server is let go, and the sync tries the new server at once.
    void followServer();

    // The operator's decisions on the live run; false when it does not wait for that.
    bool confirm();
    bool approve(const QString& approver, const QString& comment);
    bool reject(const QString& approver, const QString& reason);
    bool skip(const QString& reason);
    bool retry();
    bool abort(const QString& reason);

    /// Writes the post-incident report of run @p runId (Markdown) to @p path.
    bool exportReport(const QString& runId, const QString& path);
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    /// Another engine is live (or none: nullptr).
    void engineChanged(recops::console::RunbookEngine* engine);
    /// The live run moved on: its state, a step, a timeline entry.
    void runChanged();
    /// The journal could not record a transition: the live run stopped where it was.
    void problem(const QString& message);

private:
    QString serverUrl() const;
    QString recordedApprover(const QString& approver) const;
    RunbookEngine* newEngine();

    QPointer<ApiClient> m_client;
    QPointer<RunbookJournal> m_journal;
    QPointer<SecretStore> m_secrets;
    IncidentTimelineSync* m_sync;
    RunbookEngine* m_engine = nullptr;
    TokenIdentity m_identity;
    QString m_errorString;
};

}  // namespace recops::console
