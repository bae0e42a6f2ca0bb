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
