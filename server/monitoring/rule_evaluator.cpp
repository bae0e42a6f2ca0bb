// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/rule_evaluator.h"

#include <exception>
#include <set>

namespace recops::monitoring {

RuleEvaluator::RuleEvaluator(std::vector<AlertRule> rules) : m_rules(std::move(rules)) {}

Labels RuleEvaluator::labelsOf(const AlertRule& rule, const Labels& extra) {
    Labels labels = rule.labels;
    for (const auto& [name, value] : extra) {
        labels[name] = value;
    }
    labels["alertname"] = rule.name;
    labels["severity"] = std::string(severityName(rule.severity));
    return labels;
}

void RuleEvaluator::resume(const ActiveAlert& alert) {
    m_active.insert_or_assign(alert.fingerprint, alert);
}

EvaluationResult RuleEvaluator::evaluate(const RuleInputs& inputs) {
    EvaluationResult result;
    std::set<std::string> seen;
    std::set<std::string> failedRules;
    for (const AlertRule& rule : m_rules) {
        std::vector<RuleObservation> observations;
        try {
            observations = rule.evaluate(inputs);
        } catch (const std::exception& error) {
            result.failures.emplace_back(rule.name, error.what());
            failedRules.insert(rule.name);
            continue;
        }
        for (RuleObservation& observation : observations) {
            if (!observation.active) {
                continue;
            }
            Labels labels = labelsOf(rule, observation.labels);
            std::string fingerprint = labelFingerprint(labels);
            seen.insert(fingerprint);
            auto found = m_active.find(fingerprint);
            if (found == m_active.end()) {
                ActiveAlert alert{rule.name,     std::move(labels),   fingerprint,
                                  rule.severity, AlertPhase::Pending, inputs.now,
                                  std::nullopt,  observation.value,   observation.summary};
                found = m_active.emplace(std::move(fingerprint), std::move(alert)).first;
                if (rule.forDuration.count() > 0) {
                    result.transitions.push_back({TransitionKind::Pending, found->second});
                }
            }
            ActiveAlert& alert = found->second;
            alert.value = observation.value;
            alert.summary = std::move(observation.summary);
            if (alert.phase == AlertPhase::Pending &&
                inputs.now - alert.activeSince >= rule.forDuration) {
                alert.phase = AlertPhase::Firing;
                alert.firingSince = inputs.now;
                result.transitions.push_back({TransitionKind::Firing, alert});
            }
        }
    }
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (seen.contains(it->first) || failedRules.contains(it->second.rule)) {
            result.active.push_back(it->second);
            ++it;
            continue;
        }
        const bool fired = it->second.phase == AlertPhase::Firing;
        result.transitions.push_back(
            {fired ? TransitionKind::Resolved : TransitionKind::Cleared, it->second});
        it = m_active.erase(it);
    }
    return result;
}

}  // namespace recops::monitoring
