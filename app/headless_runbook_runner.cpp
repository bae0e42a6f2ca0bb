// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The order of a headless run: load and check the runbook and its inputs, open the
// journal, find the server and token (profile, RECOPS_TOKEN, keyring), learn the token's
// identity, run, write the report, give the timeline a moment to reach the server, exit.
// Messages are in English: this path serves automation and logs (see docs/runbooks.md).
#include "app/headless_runbook_runner.h"

#include "core/api_client.h"
#include "core/api_reply.h"
#include "core/incident_timeline_entry.h"
#include "core/incident_timeline_sync.h"
#include "core/local_store.h"
#include "core/preferences.h"
#include "core/profile_store.h"
#include "core/runbook_engine.h"
#include "core/runbook_journal.h"
#include "core/runbook_library.h"
#include "core/runbook_report.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/token_identity.h"

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

namespace recops::console {

namespace {

// SIGINT/SIGTERM arrive on a pipe, so that the event loop handles them like any event.
int gSignalPipe[2] = {-1, -1};

void onSignal(int signal) {
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(gSignalPipe[1], &byte, 1);
}

RunbookExitCode exitCodeFor(RunbookRunState state) {
    switch (state) {
        case RunbookRunState::Succeeded:
            return RunbookExitCode::Succeeded;
        case RunbookRunState::Escalated:
            return RunbookExitCode::Escalated;
        case RunbookRunState::Aborted:
            return RunbookExitCode::Aborted;
        default:
            return RunbookExitCode::Failed;
    }
}

}  // namespace

HeadlessRunbookRunner::HeadlessRunbookRunner(RunbookCommandLineOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new ApiClient(this))
    , m_store(new LocalStore(this))
    , m_journal(m_store->runbookJournal()) {}

HeadlessRunbookRunner::~HeadlessRunbookRunner() {
    if (m_signalNotifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
}

void HeadlessRunbookRunner::say(const QString& message) const {
    QTextStream(stderr) << "recops-console: " << message << Qt::endl;
}

void HeadlessRunbookRunner::start() {
    if (m_options.mode == RunbookCommandLineOptions::Mode::List) {
        list();
        return;
    }
    prepare();
}

void HeadlessRunbookRunner::list() {
    RunbookLibrary library;
    library.load(m_options.runbookFolder.isEmpty() ? RunbookLibrary::defaultUserFolder()
                                                   : m_options.runbookFolder);
    QTextStream out(stdout);
    for (const Runbook& runbook : library.runbooks()) {
        out << runbook.id << '\t' << runbook.title << '\t' << runbook.triggers.join(u',') << '\t'
            << (runbook.builtIn ? "built-in" : runbook.sourceFile) << '\n';
    }
    out.flush();
    for (const RunbookIssue& issue : library.issues()) {
        say(issue.toString());
    }
    end(library.isValid() ? RunbookExitCode::Succeeded : RunbookExitCode::InvalidRunbook);
}

void HeadlessRunbookRunner::prepare() {
    RunbookLibrary library;
    library.load(m_options.runbookFolder.isEmpty() ? RunbookLibrary::defaultUserFolder()
                                                   : m_options.runbookFolder);
    const auto runbook = library.find(m_options.runbookId);
    if (!runbook) {
        const RunbookIssues issues = library.issuesFor(m_options.runbookId);
        for (const RunbookIssue& issue : issues) {
            say(issue.toString());
        }
        if (!issues.isEmpty()) {
            end(RunbookExitCode::InvalidRunbook);
            return;
        }
        QStringList ids;
        for (const Runbook& known : library.runbooks()) {
            ids.append(known.id);
        }
        say(QStringLiteral("There is no runbook \"%1\". Runbooks: %2.")
                .arg(m_options.runbookId, ids.join(u", ")));
        end(RunbookExitCode::UsageError);
        return;
    }
    m_runbook = *runbook;
    QStringList errors;
    const auto inputs = RunbookEngine::resolveInputs(m_runbook, m_options.inputs, &errors);
    if (!inputs) {
        for (const QString& error : errors) {
            say(QStringLiteral("--input: %1").arg(error));
        }
        end(RunbookExitCode::UsageError);
        return;
    }
    m_inputs = *inputs;
    if (m_runbook.revealsSecrets() && m_options.secretFile.isEmpty()) {
        say(QStringLiteral("%1 shows a secret to the operator (a new token); give --secret-file "
                           "FILE to receive it. Nothing was run.")
                .arg(m_runbook.id));
        end(RunbookExitCode::UsageError);
        return;
    }
    // The journal and the profiles are components of the local store, opened together;
    // opening it applies the history retention, which is the user's to set.
    m_store->setHistoryRetentionDays(Preferences().value(Preferences::kHistoryRetentionDays));
    if (!m_store->open()) {
        say(m_store->errorString());
        end(RunbookExitCode::RuntimeError);
        return;
    }

    ConnectionProfile profile;
    if (!m_options.profileName.isEmpty()) {
        const auto saved = m_store->profiles()->findByName(m_options.profileName);
        if (!saved) {
            say(QStringLiteral("There is no profile named \"%1\".").arg(m_options.profileName));
            end(RunbookExitCode::RuntimeError);
            return;
        }
        profile = *saved;
    }
    m_client->setBaseUrl(m_options.serverUrl.value_or(profile.url));
    TlsOptions tls = profile.tls;
    if (m_options.caCertificatePath) {
        tls.caCertificatePath = *m_options.caCertificatePath;
    }
    tls.allowSelfSigned = tls.allowSelfSigned || m_options.allowSelfSigned;
    m_client->setTlsOptions(tls);

    const QString fromEnvironment =
        qEnvironmentVariable(ServerConnection::kTokenEnvironmentVariable);
    if (!fromEnvironment.isEmpty() || !profile.isSaved()) {
        useToken(fromEnvironment);
        return;
    }
    m_secrets = new SecretStore(this);
    m_secrets->readToken(profile.id, this, [this](const SecretStore::Result& result) {
        if (!result.succeeded() && !result.message.isEmpty()) {
            say(result.message);
        }
        useToken(result.succeeded() ? result.token : QString());
    });
}

void HeadlessRunbookRunner::useToken(const QString& token) {
    m_token = token;
    m_client->setToken(token);
    identify();
}

void HeadlessRunbookRunner::identify() {
    // The token's id is part of the token itself: it names the operator even when the
    // server cannot be asked (the service-down runbook runs exactly then).
    static const QRegularExpression tokenId(QStringLiteral("^rcp_([0-9a-f]{16})_"));
    const QString id = tokenId.match(m_token).captured(1);
    m_identity = id.isEmpty() ? QStringLiteral("recops-console (no token)")
                              : QStringLiteral("token %1").arg(id);
    if (m_token.isEmpty()) {
        begin();
        return;
    }
    ApiReply* reply = m_client->call(Endpoint::Whoami, {}, {}, {}, 5'000);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        QString error;
        const auto identity =
            reply->isSuccess() ? TokenIdentity::fromJson(reply->json(), &error) : std::nullopt;
        if (identity) {
            m_identity = identity->operatorName();
        } else {
            say(QStringLiteral("Could not learn the token's identity (%1); the timeline names "
                               "it as %2.")
                    .arg(reply->isSuccess() ? error : reply->error().summary(), m_identity));
        }
        begin();
    });
}

void HeadlessRunbookRunner::begin() {
    m_engine = new RunbookEngine(m_client, m_journal, this);
    m_engine->setHaltPolicy(RunbookEngine::HaltPolicy::EndRun);
    m_sync = new IncidentTimelineSync(m_client, m_journal, this);
    connect(m_engine, &RunbookEngine::timelineEntryAdded, this,
            &HeadlessRunbookRunner::onTimelineEntry);
    // Queued: the engine has settled (and the entry is printed) before the answer.
    connect(m_engine, &RunbookEngine::waitingForPerson, this, &HeadlessRunbookRunner::onWaiting,
            Qt::QueuedConnection);
    connect(m_engine, &RunbookEngine::finished, this,
            [this](RunbookRunState state) { onRunFinished(state); });
    connect(m_engine, &RunbookEngine::journalFailed, this, [this](const QString& message) {
        say(QStringLiteral("The journal refused a write, so the run stopped: %1").arg(message));
        end(RunbookExitCode::RuntimeError);
    });
    watchSignals();
    RunbookEngine::StartOptions options;
    options.author = m_identity;
    options.incidentId = m_options.incidentId;
    if (!m_engine->start(m_runbook, m_inputs, options)) {
        say(m_engine->errorString());
        end(RunbookExitCode::RuntimeError);
        return;
    }
    m_sync->start();
}

void HeadlessRunbookRunner::onTimelineEntry(const IncidentTimelineEntry& entry) {
    const QByteArray line = QJsonDocument(entry.toJsonLine()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool HeadlessRunbookRunner::writeSecrets() {
    const QHash<QString, QString> secrets = m_engine->revealedSecrets();
    if (secrets.isEmpty()) {
        return true;
    }
    QSaveFile file(m_options.secretFile);
    if (!file.open(QIODevice::WriteOnly)) {
        say(QStringLiteral("Cannot write %1: %2").arg(m_options.secretFile, file.errorString()));
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        file.write(it.key().toUtf8() + '=' + it.value().toUtf8() + '\n');
    }
    if (!file.commit()) {
        say(QStringLiteral("Cannot write %1: %2").arg(m_options.secretFile, file.errorString()));
        return false;
    }
    say(QStringLiteral("Wrote %1 to %2.").arg(secrets.keys().join(u", "), m_options.secretFile));
    return true;
}

void HeadlessRunbookRunner::onWaiting(const QString& stepId, RunbookStepState state) {
    if (!m_engine || m_engine->isFinished() || m_engine->currentStepId() != stepId) {
        return;
    }
    if (!m_options.assumeYes) {
        m_needsPerson = true;
        const QString what = state == RunbookStepState::WaitingForApproval
                                 ? QStringLiteral("an approval")
                             : state == RunbookStepState::WaitingForOperator
                                 ? QStringLiteral("a person to do a manual step")
                                 : QStringLiteral("confirmation of a step that changes state");
        m_engine->abort(
            m_identity,
            QStringLiteral("step '%1' needs %2, and --yes was not given").arg(stepId, what));
        return;
    }
    const QString who = m_identity + QStringLiteral(" (--yes)");
    switch (state) {
        case RunbookStepState::WaitingForApproval:
            m_engine->approve(who, QStringLiteral("approved on the command line with --yes"));
            return;
        case RunbookStepState::WaitingForOperator:
            if (!writeSecrets()) {
                m_engine->abort(m_identity,
                                QStringLiteral("the revealed secret could not be written"));
                return;
            }
            m_engine->confirm(who);
            return;
        case RunbookStepState::WaitingForConfirmation:
            m_engine->confirm(who);
            return;
        default:
            m_engine->abort(m_identity, QStringLiteral("step '%1' needs a decision that --yes "
                                                       "does not take")
                                            .arg(stepId));
            return;
    }
}

void HeadlessRunbookRunner::onRunFinished(RunbookRunState state) {
    m_exitCode = m_needsPerson   ? RunbookExitCode::NeedsPerson
                 : m_interrupted ? RunbookExitCode::Aborted
                                 : exitCodeFor(state);
    say(QStringLiteral("run %1 ended %2: %3")
            .arg(m_engine->runId(), RunbookRunRecord::stateName(state), m_engine->run().outcome));
    if (!m_options.reportPath.isEmpty()) {
        QSaveFile report(m_options.reportPath);
        if (report.open(QIODevice::WriteOnly) &&
            report.write(RunbookReport::markdown(*m_journal, m_engine->runId()).toUtf8()) >= 0 &&
            report.commit()) {
            say(QStringLiteral("Wrote the report to %1.").arg(m_options.reportPath));
        } else {
            say(QStringLiteral("Cannot write the report to %1: %2")
                    .arg(m_options.reportPath, report.errorString()));
        }
    }
    awaitSync();
}

void HeadlessRunbookRunner::awaitSync() {
    const auto done = [this] {
        const int queued = m_sync->queuedCount();
        if (queued > 0) {
            say(QStringLiteral("%1 timeline entries stay queued in the journal and go to the "
                               "server's incident later%2.")
                    .arg(queued)
                    .arg(m_sync->lastProblem().isEmpty()
                             ? QString()
                             : QStringLiteral(" (last attempt: %1)").arg(m_sync->lastProblem())));
        }
        end(m_exitCode);
    };
    if (m_sync->queuedCount() == 0 || m_sync->status() == IncidentTimelineSync::Status::Waiting) {
        done();
        return;
    }
    connect(m_sync, &IncidentTimelineSync::statusChanged, this,
            [done](IncidentTimelineSync::Status status) {
                if (status == IncidentTimelineSync::Status::Idle ||
                    status == IncidentTimelineSync::Status::Waiting) {
                    done();
                }
            });
    m_syncDeadline = new QTimer(this);
    m_syncDeadline->setSingleShot(true);
    connect(m_syncDeadline, &QTimer::timeout, this, done);
    m_syncDeadline->start(static_cast<int>(m_options.syncWaitMs));
}

void HeadlessRunbookRunner::end(RunbookExitCode code) {
    if (m_ended) {
        return;
    }
    m_ended = true;
    if (m_sync) {
        m_sync->stop();
    }
    Q_EMIT finished(static_cast<int>(code));
}

void HeadlessRunbookRunner::watchSignals() {
    if (::pipe2(gSignalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return;
    }
    m_signalNotifier = new QSocketNotifier(gSignalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(gSignalPipe[0], &byte, 1) > 0) {
        }
        m_interrupted = true;
        if (m_engine && !m_engine->isFinished()) {
            m_engine->abort(m_identity, QStringLiteral("interrupted by a signal"));
        }
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

}  // namespace recops::console
