// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/alert.h"

#include <mutex>
#include <string>
#include <vector>

namespace recops::common {
class Logger;
}

namespace recops::alerting {

class AlertBook;
class NotificationDispatcher;
class OnCallDirectory;
class SilenceBook;

/// Who one paging reached.
struct PageOutcome {
    /// Contacts whose notification was queued, in the order given.
    std::vector<std::string> paged;
    /// Contacts that are unknown or have no webhook, so nothing was sent to them.
    std::vector<std::string> unreachable;
};

/// "paged a, b (no webhook: c)", or "paged nobody".
std::string describePage(const PageOutcome& outcome);

/**
 * Pages people about firing alerts, level by level, until someone acknowledges.
 *
 * At each run, for every firing alert that is neither acknowledged nor silenced, the
 * escalation policy that matches it (kept for the alert's life once chosen) says which steps
 * are due, counted from when the alert fired. Only the latest due step is paged: after a
 * silence ends or the server was down, people get the page that is due now rather than every
 * page they missed. Contacts paged about an alert are told when it resolves.
 */
class Escalator {
public:
    Escalator(AlertBook& alerts, const SilenceBook& silences, const OnCallDirectory& onCall,
              NotificationDispatcher& dispatcher, common::Logger& logger);

    /// Where links in notifications point; set once the server knows its address.
    void setExternalUrl(std::string url);

    /// Pages what is due at @p now, and tells who was paged about the @p resolved alerts.
    void run(TimePoint now, const std::vector<Alert>& resolved);

    /// Who page() would reach among @p contactIds, nothing sent.
    PageOutcome reach(const std::vector<std::string>& contactIds) const;

    /**
     * Queues a firing notification about @p subject for each of @p contactIds, in each
     * contact's format, through the dispatcher (its delivery log and retries). @p linkPath,
     * when not empty, is the path under the external URL that the notifications link to
     * instead of the alert: an escalated incident goes out as an alert-shaped subject that
     * links to the incident.
     */
    PageOutcome page(const Alert& subject, const std::vector<std::string>& contactIds,
                     std::size_t step, TimePoint now, const std::string& linkPath = {});

private:
    void escalate(const Alert& alert, TimePoint now);
    void notifyResolved(const Alert& alert, TimePoint now);
    std::string externalUrl() const;

    AlertBook& m_alerts;
    const SilenceBook& m_silences;
    const OnCallDirectory& m_onCall;
    NotificationDispatcher& m_dispatcher;
    common::Logger& m_logger;
    mutable std::mutex m_urlMutex;
    std::string m_externalUrl;
};

}  // namespace recops::alerting
