// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/alert.h"
#include "monitoring/rule_evaluator.h"
#include "store/alert_record.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace recops::store {
class AlertStore;
}

namespace recops::alerting {

/// Why an acknowledgment was refused.
enum class AcknowledgeRefusal { NotFound, AlreadyAcknowledged, Resolved };

/// One history entry with the alert it is about, as the alert is now.
struct AlertHistoryEntry {
    store::AlertEventRecord event;
    Alert alert;
};

/**
 * Every alert: the active ones (pending and firing) in memory, with their current values,
 * and every change persisted in the store with a history entry in the same transaction, so
 * that the record survives restarts and resolved alerts stay available.
 *
 * The evaluation thread applies rule transitions and records escalations; request threads
 * read and acknowledge. One mutex guards the active set.
 */
class AlertBook {
public:
    explicit AlertBook(store::AlertStore& store);

    /// Reads the alerts that were active when the server stopped; returns them as the rule
    /// evaluator should resume them.
    std::vector<monitoring::ActiveAlert> load();

    /// Applies one evaluation: creates, fires, resolves. Returns the alerts that resolved.
    std::vector<Alert> apply(const monitoring::EvaluationResult& result, TimePoint now);

    /// Pending and firing alerts, oldest first.
    std::vector<Alert> active() const;
    /// Resolved alerts, most recently resolved first.
    std::vector<Alert> resolved(std::size_t limit) const;
    /// The alert with @p id, active or not.
    std::optional<Alert> find(std::string_view id) const;

    std::variant<Alert, AcknowledgeRefusal> acknowledge(std::string_view id, std::string by,
                                                        std::string comment, TimePoint now);

    /// Records that escalation step @p step of @p policyId paged @p contactIds.
    void recordEscalation(std::string_view id, const std::string& policyId, std::size_t step,
                          const std::vector<std::string>& contactIds, const std::string& detail,
                          TimePoint now);

    std::vector<AlertHistoryEntry> history(const store::AlertEventQuery& query) const;

    /// The actor of the server's own history entries.
    static constexpr std::string_view kServerActor = "recopsd";

private:
    /// Caller holds m_mutex.
    void save(const Alert& alert, std::string_view kind, std::string actor, std::string detail,
              TimePoint at);
    Alert* activeById(std::string_view id);

    store::AlertStore& m_store;
    mutable std::mutex m_mutex;
    /// Active alerts by fingerprint.
    std::map<std::string, Alert> m_active;
};

}  // namespace recops::alerting
