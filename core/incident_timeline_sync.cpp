// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/incident_timeline_sync.h"

#include "core/api_client.h"
#include "core/api_reply.h"
#include "core/runbook_journal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace recops::console {

namespace {

// Answers that say "not now" rather than "never": the entry stays queued.
bool isTransient(const ApiError& error) {
    if (error.kind() != ApiError::Kind::Http) {
        return true;  // no answer: down, timed out, TLS
    }
    const int status = error.httpStatus();
    return status == 401 || status == 403 || status == 404 || status == 408 || status == 409 ||
           status == 429 || status >= 500;
}

QString describe(const ApiError& error) {
    if (error.httpStatus() == 404) {
        return QStringLiteral("%1 (the server has no incidents API yet, or not this incident)")
            .arg(error.summary());
    }
    return error.summary();
}

}  // namespace

IncidentTimelineSync::IncidentTimelineSync(ApiClient* client, RunbookJournal* journal,
                                           QObject* parent)
    : QObject(parent), m_client(client), m_journal(journal), m_retry(new QTimer(this)) {
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &IncidentTimelineSync::next);
    if (m_journal) {
        connect(m_journal, &RunbookJournal::timelineAppended, this, [this] {
            // New entries do not make a failing server answer: keep to the backoff then.
            if (m_status == Status::Idle) {
                next();
            }
        });
    }
}

IncidentTimelineSync::~IncidentTimelineSync() {
    stop();
}

QString IncidentTimelineSync::serverUrl() const {
    if (!m_serverUrl.isEmpty() || !m_client) {
        return m_serverUrl;
    }
    return m_client->baseUrl().toString();
}

void IncidentTimelineSync::setBackoffPolicy(const BackoffPolicy& policy, quint32 seed) {
    m_backoff = ReconnectBackoff(policy, seed);
}

void IncidentTimelineSync::start() {
    if (m_status != Status::Stopped) {
        return;
    }
    setStatus(Status::Idle);
    next();
}

void IncidentTimelineSync::stop() {
    m_retry->stop();
    if (ApiReply* reply = m_inFlight) {
        m_inFlight = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
    setStatus(Status::Stopped);
}

void IncidentTimelineSync::syncNow() {
    if (m_status == Status::Stopped || m_inFlight) {
        return;
    }
    m_retry->stop();
    next();
}

int IncidentTimelineSync::queuedCount() const {
    return m_journal ? m_journal->queuedCount(serverUrl()) : 0;
}

void IncidentTimelineSync::setStatus(Status status) {
    if (status == m_status) {
        return;
    }
    m_status = status;
    Q_EMIT statusChanged(status, m_lastProblem);
}

void IncidentTimelineSync::next() {
    if (m_status == Status::Stopped || m_inFlight || !m_journal || !m_client ||
        !m_journal->isOpen()) {
        return;
    }
    const QString server = serverUrl();
    const QList<RunbookRunRecord> awaiting = m_journal->runsAwaitingIncident(server);
    if (!awaiting.isEmpty()) {
        createIncident(awaiting.constFirst().id);
        return;
    }
    const QList<IncidentTimelineEntry> queued = m_journal->queuedEntries(server, 1);
    if (!queued.isEmpty()) {
        sendEntry(queued.constFirst().entryId);
        return;
    }
    m_lastProblem.clear();
    setStatus(Status::Idle);
}

void IncidentTimelineSync::track(ApiReply* reply) {
    m_inFlight = reply;
    setStatus(Status::Sending);
}

// A runbook names the severity of the alerts it answers (critical, warning, info); recopsd's
// incidents have their own scale (critical, high, medium, low).
QString IncidentTimelineSync::incidentSeverity(const QString& runbookSeverity) {
    if (runbookSeverity == u"warning") {
        return QStringLiteral("medium");
    }
    if (runbookSeverity == u"info") {
        return QStringLiteral("low");
    }
    return runbookSeverity;  // critical, or already an incident severity
}

void IncidentTimelineSync::createIncident(const QString& runId) {
    const auto run = m_journal->run(runId);
    if (!run) {
        return;
    }
    const QJsonObject body{
        {QStringLiteral("title"), run->title},
        {QStringLiteral("severity"), incidentSeverity(run->severity)},
        {QStringLiteral("summary"),
         QStringLiteral("Opened by the runbook '%1' (%2), run %3, started by %4.")
             .arg(run->title, run->runbookId, run->id, run->author)},
        {QStringLiteral("alert_ids"), QJsonArray()}};
    ApiReply* reply = m_client->call(Endpoint::IncidentCreate, {}, QJsonDocument(body));
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, runId] {
        if (reply != m_inFlight) {
            return;
        }
        m_inFlight = nullptr;
        const QString incidentId =
            reply->json().object().value(QStringLiteral("id")).toVariant().toString();
        if (reply->isSuccess() && !incidentId.isEmpty()) {
            if (!m_journal->setIncident(runId, incidentId)) {
                failed(m_journal->errorString());
                return;
            }
            m_backoff.reset();
            m_lastProblem.clear();
            Q_EMIT incidentCreated(runId, incidentId);
            next();
            return;
        }
        failed(reply->isSuccess()
                   ? QStringLiteral("POST /api/v1/incidents answered without an id")
                   : QStringLiteral("POST /api/v1/incidents: %1").arg(describe(reply->error())));
    });
}

void IncidentTimelineSync::sendEntry(const QString& entryId) {
    const QList<IncidentTimelineEntry> queued = m_journal->queuedEntries(serverUrl(), 1);
    if (queued.isEmpty() || queued.constFirst().entryId != entryId) {
        next();
        return;
    }
    const IncidentTimelineEntry entry = queued.constFirst();
    const auto run = m_journal->run(entry.runId);
    if (!run) {
        return;
    }
    const ApiEndpoint append = ApiEndpoint::of(Endpoint::IncidentTimelineAppend);
    const QString path = append.path({run->incidentId});
    ApiReply* reply =
        m_client->send(append.method, path, {}, QJsonDocument(entry.toContractJson()));
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, entryId, path] {
        if (reply != m_inFlight) {
            return;
        }
        m_inFlight = nullptr;
        if (reply->isSuccess()) {
            // 201 created, 200 already there: either way the server has it.
            m_journal->markSent(entryId, QDateTime::currentMSecsSinceEpoch());
            m_backoff.reset();
            m_lastProblem.clear();
            Q_EMIT entrySent(entryId);
            next();
            return;
        }
        const ApiError error = reply->error();
        const QString problem = QStringLiteral("POST %1: %2").arg(path, describe(error));
        if (isTransient(error)) {
            m_journal->markAttempt(entryId, problem);
            failed(problem);
            return;
        }
        m_journal->markRejected(entryId, problem);
        next();
    });
}

void IncidentTimelineSync::failed(const QString& problem) {
    m_lastProblem = problem;
    m_status = Status::Waiting;  // set before the signal, which carries the problem
    Q_EMIT statusChanged(m_status, m_lastProblem);
    m_retry->start(m_backoff.nextDelayMs());
}

}  // namespace recops::console
