// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_session.h"

#include "core/api_client.h"
#include "core/incident_timeline_sync.h"
#include "core/runbook_engine.h"
#include "core/runbook_journal.h"
#include "core/runbook_launch.h"
#include "core/runbook_loader.h"
#include "core/runbook_report.h"
#include "core/secret_store.h"

#include <QSaveFile>

namespace recops::console {

RunbookSession::RunbookSession(ApiClient* client, RunbookJournal* journal, SecretStore* secrets,
                               QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_secrets(secrets)
    , m_sync(new IncidentTimelineSync(client, journal, this)) {
    m_sync->start();
}

RunbookSession::~RunbookSession() = default;

// Out of line: turning the QPointer into a plain pointer needs the complete RunbookJournal,
// which the header only declares (files that include it need not know the journal).
RunbookJournal* RunbookSession::journal() const {
    return m_journal;
}

bool RunbookSession::hasRunInProgress() const {
    return m_engine && !m_engine->isFinished();
}

void RunbookSession::setOperator(const TokenIdentity& identity) {
    m_identity = identity;
}

QString RunbookSession::operatorName() const {
    return m_identity.isValid() ? m_identity.operatorName()
                                : QStringLiteral("recops-console (token not identified)");
}

QString RunbookSession::serverUrl() const {
    return m_client ? m_client->baseUrl().toString() : QString();
}

QString RunbookSession::startRefusal(const Runbook& runbook) const {
    if (!m_journal || !m_journal->isOpen()) {
        return tr("The local store is not open, so the run could not be journaled.");
    }
    if (hasRunInProgress()) {
        return tr("The run of '%1' is still in progress: finish or abort it before starting "
                  "another.")
            .arg(m_engine->run().title);
    }
    return RunbookLaunch::roleRefusal(runbook, m_identity.role);
}

QString RunbookSession::resumeRefusal(const RunbookRunRecord& run) const {
    if (run.isFinished()) {
        return tr("The run has finished.");
    }
    if (!m_journal || !m_journal->isOpen()) {
        return tr("The local store is not open.");
    }
    if (m_engine && m_engine->runId() == run.id && !m_engine->isFinished()) {
        return tr("The run is in progress in this window.");
    }
    if (hasRunInProgress()) {
        return tr("The run of '%1' is in progress: finish or abort it first.")
            .arg(m_engine->run().title);
    }
    if (run.serverUrl != serverUrl()) {
        return tr("This run was made against %1; connect to that server to resume it.")
            .arg(run.serverUrl);
    }
    RunbookIssues issues;
    const auto runbook =
        RunbookLoader::fromDefinition(run.definition, run.runbookId + u".json", &issues);
    if (!runbook) {
        return tr("The runbook journaled with the run does not load: %1")
            .arg(issues.value(0).toString());
    }
    return RunbookLaunch::roleRefusal(*runbook, m_identity.role);
}

RunbookEngine* RunbookSession::newEngine() {
    detach();
    m_engine = new RunbookEngine(m_client, m_journal, this);
    m_engine->setSecretStore(m_secrets);
    connect(m_engine, &RunbookEngine::stateChanged, this, &RunbookSession::runChanged);
    connect(m_engine, &RunbookEngine::stepChanged, this, &RunbookSession::runChanged);
    connect(m_engine, &RunbookEngine::timelineEntryAdded, this, &RunbookSession::runChanged);
    connect(m_engine, &RunbookEngine::journalFailed, this, &RunbookSession::problem);
    return m_engine;
}

bool RunbookSession::start(const RunbookLaunch& launch) {
    const QString refusal = startRefusal(launch.runbook());
    const auto inputs = launch.inputs();
    if (!refusal.isEmpty() || !inputs) {
        m_errorString = refusal.isEmpty() ? tr("Some input has no valid value.") : refusal;
        return false;
    }
    RunbookEngine* engine = newEngine();
    RunbookEngine::StartOptions options;
    options.author = operatorName();
    options.alertName = launch.alertName();
    options.alertLabels = launch.alertLabels();
    if (!engine->start(launch.runbook(), *inputs, options)) {
        m_errorString = engine->errorString();
        detach();
        return false;
    }
    // The run is journaled and its first step queued: whoever shows it sees it whole.
    Q_EMIT engineChanged(engine);
    return true;
}

bool RunbookSession::resume(const QString& runId) {
    const auto run = m_journal ? m_journal->run(runId) : std::nullopt;
    if (!run) {
        m_errorString = tr("The journal has no run %1.").arg(runId);
        return false;
    }
    if (const QString refusal = resumeRefusal(*run); !refusal.isEmpty()) {
        m_errorString = refusal;
        return false;
    }
    RunbookEngine* engine = newEngine();
    if (!engine->resume(runId)) {
        m_errorString = engine->errorString();
        detach();
        return false;
    }
    Q_EMIT engineChanged(engine);
    return true;
}

void RunbookSession::detach() {
    if (!m_engine) {
        return;
    }
    RunbookEngine* engine = m_engine;
    m_engine = nullptr;
    engine->disconnect(this);
    Q_EMIT engineChanged(nullptr);
    // Later: the engine may be the sender of the signal that led here.
    engine->deleteLater();
}

void RunbookSession::followServer() {
    if (m_engine && m_engine->run().serverUrl != serverUrl()) {
        detach();
    }
    m_sync->syncNow();
}

QString RunbookSession::recordedApprover(const QString& approver) const {
    const QString name = approver.trimmed();
    if (name.isEmpty() || name == operatorName() || name == m_identity.name) {
        return operatorName();
    }
    return QStringLiteral("%1 (entered by %2)").arg(name, operatorName());
}

bool RunbookSession::confirm() {
    return m_engine && m_engine->confirm(operatorName());
}

bool RunbookSession::approve(const QString& approver, const QString& comment) {
    return m_engine && m_engine->approve(recordedApprover(approver), comment);
}

bool RunbookSession::reject(const QString& approver, const QString& reason) {
    return m_engine && !reason.trimmed().isEmpty() &&
           m_engine->reject(recordedApprover(approver), reason.trimmed());
}

bool RunbookSession::skip(const QString& reason) {
    return m_engine && m_engine->skip(operatorName(), reason);
}

bool RunbookSession::retry() {
    return m_engine && m_engine->retry(operatorName());
}

bool RunbookSession::abort(const QString& reason) {
    return m_engine && !reason.trimmed().isEmpty() &&
           m_engine->abort(operatorName(), reason.trimmed());
}

bool RunbookSession::exportReport(const QString& runId, const QString& path) {
    const QString report = m_journal ? RunbookReport::markdown(*m_journal, runId) : QString();
    if (report.isEmpty()) {
        m_errorString = tr("The journal has no run %1.").arg(runId);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0 || !file.commit()) {
        m_errorString = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace recops::console
