// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/silence.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace recops::console {

/// One level of an escalation policy: who is paged, and how long to wait for an
/// acknowledgment before the next level.
struct EscalationLevel {
    QStringList contacts;
    double delaySeconds = 0.0;

    friend bool operator==(const EscalationLevel&, const EscalationLevel&) = default;
};

/// An escalation policy of GET/PUT /api/v1/escalation-policies.
struct EscalationPolicy {
    Q_DECLARE_TR_FUNCTIONS(EscalationPolicy)

public:
    static constexpr int kMaximumLevels = 20;
    static constexpr int kMaximumRepeat = 10;
    static constexpr double kMaximumDelaySeconds = 86'400.0;

    QString id;
    QString name;
    /// Which alerts it escalates, Alertmanager's way; none: every alert.
    QList<SilenceMatcher> matchers;
    QList<EscalationLevel> levels;
    int repeat = 0;

    /// "alertname=HighLatencyP95, severity=critical"; "every alert" when none.
    QString matcherText() const;
    /// Reads matchers written as matcherText() does; nullopt, with @p error, when one is not
    /// name, operator (=, !=, =~, !~) and value.
    static std::optional<QList<SilenceMatcher>> parseMatchers(const QString& text, QString* error);
    /// Why recopsd would refuse it (bad id, no level, a level without contacts, a bad delay
    /// or repeat, an unknown contact of @p knownContacts); empty when it would not.
    QString problem(const QStringList& knownContacts) const;
    QJsonObject toJson() const;

    friend bool operator==(const EscalationPolicy&, const EscalationPolicy&) = default;
};

/// GET /api/v1/escalation-policies, in the order they are tried.
struct EscalationPolicyList {
    QList<EscalationPolicy> policies;

    static std::optional<EscalationPolicyList> fromJson(const QJsonDocument& document,
                                                        QString* error);
    /// The body of PUT /api/v1/escalation-policies.
    QJsonDocument toJson() const;
};

}  // namespace recops::console
