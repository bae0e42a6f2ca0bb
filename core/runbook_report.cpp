// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_report.h"

#include "core/runbook_duration.h"
#include "core/runbook_journal.h"
#include "core/runbook_loader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace recops::console {

namespace {

QString time(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)
                  : QStringLiteral("—");
}

// Table cells hold one line without pipes.
QString cell(QString text) {
    text.replace(u'\n', u' ');
    text.replace(u'|', QStringLiteral("\\|"));
    return text;
}

QString json(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}  // namespace

QStringList RunbookReport::generalChecklist() {
    return {
        QStringLiteral("The service meets its SLOs again (availability, P95 ≤ 100 ms, P99 ≤ "
                       "500 ms, error rate ≤ 1 %), and the alert has resolved."),
        QStringLiteral("Everyone paged knows the incident is over; the incident is resolved "
                       "on the server."),
        QStringLiteral("The timeline is complete: every manual action taken outside the "
                       "console is added to it."),
        QStringLiteral("Root cause written down, with the evidence (logs, metrics, request "
                       "ids)."),
        QStringLiteral("Follow-up work filed: the fix, the missing alert or dashboard, the "
                       "runbook change."),
        QStringLiteral("The runbook still matches what was done; it is updated where it did "
                       "not."),
        QStringLiteral("A blameless review is scheduled for incidents that breached an SLO."),
    };
}

QString RunbookReport::markdown(const RunbookJournal& journal, const QString& runId) {
    const auto run = journal.run(runId);
    if (!run) {
        return QString();
    }
    return markdown(*run, journal.steps(runId), journal.timeline(runId));
}

QString RunbookReport::markdown(const RunbookRunRecord& run, const QList<RunbookStepRecord>& steps,
                                const QList<IncidentTimelineEntry>& timeline) {
    RunbookIssues issues;
    const auto runbook = RunbookLoader::fromDefinition(run.definition, run.runbookId, &issues);
    QString text;
    QTextStream out(&text);
    out << "# Post-incident report: " << run.title << "\n\n";
    out << "| | |\n|---|---|\n";
    out << "| Runbook | `" << run.runbookId << "` |\n";
    out << "| Run | `" << run.id << "` |\n";
    out << "| Server | " << run.serverUrl << " |\n";
    out << "| Incident | "
        << (run.incidentLink == IncidentLink::Created ? QStringLiteral("`%1`").arg(run.incidentId)
            : run.incidentLink == IncidentLink::Pending
                ? QStringLiteral("not on the server yet (queued)")
                : QStringLiteral("none (this runbook opens none)"))
        << " |\n";
    out << "| Run by | " << cell(run.author) << " |\n";
    out << "| Started | " << time(run.createdAtMs) << " |\n";
    out << "| Finished | " << time(run.finishedAtMs) << " |\n";
    if (run.finishedAtMs > 0) {
        out << "| Duration | " << RunbookDuration::format(run.finishedAtMs - run.createdAtMs)
            << " |\n";
    }
    out << "| Outcome | **" << RunbookRunRecord::stateName(run.state) << "** " << cell(run.outcome)
        << " |\n";
    if (!run.inputs.isEmpty()) {
        out << "| Inputs | `" << cell(json(run.inputs)) << "` |\n";
    }

    out << "\n## Timeline\n\n| Time (UTC) | Kind | Step | By | What |\n|---|---|---|---|---|\n";
    int queued = 0;
    for (const IncidentTimelineEntry& entry : timeline) {
        queued += entry.sync == IncidentTimelineEntry::Sync::Queued ? 1 : 0;
        out << "| " << time(entry.timeMs) << " | " << entry.kind << " | " << entry.stepId << " | "
            << cell(entry.author) << " | " << cell(entry.text) << " |\n";
    }
    if (queued > 0) {
        out << "\n"
            << queued << " of these entries are not on the server's incident timeline yet.\n";
    }

    const auto kindOf = [&](const QString& stepId) {
        const RunbookStep* step = runbook ? runbook->step(stepId) : nullptr;
        return step ? std::optional<RunbookStep>(*step) : std::nullopt;
    };
    out << "\n## Decisions\n\n";
    int decisions = 0;
    for (const IncidentTimelineEntry& entry : timeline) {
        if (entry.kind == u"decision") {
            ++decisions;
            out << "- **" << entry.stepId << "** (" << time(entry.timeMs) << "): " << entry.text
                << "\n";
        }
    }
    if (decisions == 0) {
        out << "No decision was taken.\n";
    }

    out << "\n## Actions\n\n";
    int actions = 0;
    for (const RunbookStepRecord& step : steps) {
        const auto definition = kindOf(step.stepId);
        if (!definition || definition->kind != RunbookStepKind::Action || step.executions == 0) {
            continue;
        }
        ++actions;
        out << "### " << (definition->title.isEmpty() ? step.stepId : definition->title) << " (`"
            << step.stepId << "`)\n\n";
        out << "- State: " << RunbookStepRecord::stateName(step.state)
            << (step.actor.isEmpty() ? QString()
                                     : QStringLiteral(", confirmed by %1").arg(step.actor))
            << "\n";
        out << "- Request: `" << cell(json(step.request)) << "`\n";
        out << "- Response: `" << cell(json(step.result)) << "`\n";
        if (!step.explanation.isEmpty()) {
            out << "- " << cell(step.explanation) << "\n";
        }
        out << "\n";
    }
    if (actions == 0) {
        out << "No action changed the server's state.\n";
    }

    out << "\n## Skipped steps\n\n";
    int skipped = 0;
    for (const IncidentTimelineEntry& entry : timeline) {
        if (entry.kind == u"step.skipped") {
            ++skipped;
            out << "- **" << entry.stepId
                << "**: " << entry.data.value(QStringLiteral("reason")).toString() << " ("
                << entry.author << ", " << time(entry.timeMs) << ")\n";
        }
    }
    if (skipped == 0) {
        out << "No step was skipped.\n";
    }

    out << "\n## Post-incident checklist\n\n";
    QStringList checklist = generalChecklist();
    if (runbook) {
        checklist.append(runbook->postIncidentChecklist);
    }
    for (const QString& item : checklist) {
        out << "- [ ] " << item << "\n";
    }
    return text;
}

}  // namespace recops::console
