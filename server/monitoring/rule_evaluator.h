// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/alert_rule.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace recops::monitoring {

/// Where an active alert is: its condition holds, for less (Pending) or more (Firing) than its
/// rule's `for` duration.
enum class AlertPhase { Pending, Firing };

/// An alert whose condition holds now.
struct ActiveAlert {
    std::string rule;
    /// alertname, severity, the rule's labels and the observation's.
    Labels labels;
    std::string fingerprint;
    Severity severity = Severity::Warning;
    AlertPhase phase = AlertPhase::Pending;
    RollingWindows::TimePoint activeSince;
    std::optional<RollingWindows::TimePoint> firingSince;
    double value = 0.0;
    std::string summary;
};

/// A change of an alert's state at one evaluation.
enum class TransitionKind {
    /// The condition started to hold; the alert waits for its `for` duration.
    Pending,
    /// The condition held long enough (or the rule has no `for`): the alert fires.
    Firing,
    /// A firing alert's condition stopped holding.
    Resolved,
    /// A pending alert's condition stopped holding before it fired.
    Cleared,
};

struct AlertTransition {
    TransitionKind kind = TransitionKind::Pending;
    ActiveAlert alert;
};

/// What one evaluation found.
struct EvaluationResult {
    std::vector<AlertTransition> transitions;
    /// Every alert active after the evaluation, with its current value and summary.
    std::vector<ActiveAlert> active;
    /// Rules that failed (threw) and what they said; their alerts keep their state.
    std::vector<std::pair<std::string, std::string>> failures;
};

/**
 * Runs alert rules and keeps their alerts' states, with Prometheus' semantics: an alert is
 * pending from the first evaluation its condition holds, firing once it has held for the
 * rule's `for` duration, and gone (resolved, or cleared when it never fired) at the first
 * evaluation it does not. Called from one thread.
 */
class RuleEvaluator {
public:
    explicit RuleEvaluator(std::vector<AlertRule> rules);

    EvaluationResult evaluate(const RuleInputs& inputs);

    /// Takes up an alert that was active when the server stopped, so that it keeps its
    /// activeSince (and does not wait its `for` again) if its condition still holds.
    void resume(const ActiveAlert& alert);

    const std::vector<AlertRule>& rules() const { return m_rules; }

    /// alertname, severity and the rule's labels, plus @p extra.
    static Labels labelsOf(const AlertRule& rule, const Labels& extra);

private:
    std::vector<AlertRule> m_rules;
    /// Active alerts by fingerprint.
    std::map<std::string, ActiveAlert> m_active;
};

}  // namespace recops::monitoring
