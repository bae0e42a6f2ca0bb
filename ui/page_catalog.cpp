// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/page_catalog.h"

namespace recops::console {

PageDescription PageCatalog::describe(ConsolePage page) {
    switch (page) {
        case ConsolePage::Dashboard:
            return {page, tr("Dashboard"), QStringLiteral(":/icons/dashboard.svg"),
                    tr("Service levels and the server's health: SLO cards with error budgets "
                       "and burn rates, charts from 15 minutes to 30 days, status, version, "
                       "uptime, serving model and store.")};
        case ConsolePage::Alerts:
            return {page, tr("Alerts"), QStringLiteral(":/icons/alerts.svg"),
                    tr("The alert queue: pending, firing, acknowledged and silenced alerts "
                       "computed from the SLO windows, with acknowledge and silence actions.")};
        case ConsolePage::Models:
            return {page, tr("Models"), QStringLiteral(":/icons/models.svg"),
                    tr("The model registry: every version with its evaluation metrics, and its "
                       "stage (None, Staging, Production, Archived), with promotion and "
                       "rollback.")};
        case ConsolePage::Backups:
            return {page, tr("Backups"), QStringLiteral(":/icons/backups.svg"),
                    tr("Backups against the 24 h recovery point and 2 h recovery time "
                       "objectives, with backup, verify and restore.")};
        case ConsolePage::Contacts:
            return {page, tr("Contacts"), QStringLiteral(":/icons/contacts.svg"),
                    tr("Escalation policies and the contacts they page, level by level, until "
                       "someone acknowledges, with a dry run of who is paged when.")};
        case ConsolePage::Runbooks:
            return {page, tr("Runbooks"), QStringLiteral(":/icons/runbooks.svg"),
                    tr("Guided runbooks: step-by-step incident procedures that call recopsd, "
                       "check what comes back, branch, and record a timeline, journaled "
                       "locally so they work while the server is down.")};
        case ConsolePage::Incidents:
            return {page, tr("Incidents"), QStringLiteral(":/icons/incidents.svg"),
                    tr("Open and past incidents with their timelines, shared by the whole "
                       "team.")};
    }
    Q_UNREACHABLE();
    return {};
}

}  // namespace recops::console
