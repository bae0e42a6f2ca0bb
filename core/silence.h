// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace recops::console {

struct Alert;

/// One label matcher, with Alertmanager's operators: =, !=, =~, !~.
struct SilenceMatcher {
    QString name;
    QString op = QStringLiteral("=");
    QString value;

    /// "team=ml", "alertname=~High.*".
    QString text() const { return name + op + value; }
    QJsonObject toJson() const;

    friend bool operator==(const SilenceMatcher&, const SilenceMatcher&) = default;
};

/// A silence as GET /api/v1/silences lists it.
struct Silence {
    QString id;
    QList<SilenceMatcher> matchers;
    QDateTime startsAtUtc;
    QDateTime endsAtUtc;
    QString createdBy;
    QString comment;
    QDateTime createdAtUtc;
    QString state;  ///< pending, active, expired

    bool isExpired() const { return state == u"expired"; }
    /// "alertname=ServiceNotReady, severity=critical".
    QString matcherText() const;

    friend bool operator==(const Silence&, const Silence&) = default;
};

/// GET /api/v1/silences, oldest first.
struct SilenceList {
    QList<Silence> silences;

    static std::optional<SilenceList> fromJson(const QJsonDocument& document, QString* error);
};

/// The body of POST /api/v1/silences: matchers, a duration from now and why.
struct SilenceRequest {
    Q_DECLARE_TR_FUNCTIONS(SilenceRequest)

public:
    static constexpr qint64 kMaximumDurationSeconds = 366LL * 24 * 3600;
    static constexpr int kMaximumCommentLength = 1000;

    QList<SilenceMatcher> matchers;
    qint64 durationSeconds = 3600;
    QString comment;

    /// One equality matcher per label of @p alert, in label order.
    static SilenceRequest forAlert(const Alert& alert);
    /// Why recopsd would refuse it (no matcher, a bad duration, no comment); empty when
    /// it would not.
    QString problem() const;
    QJsonObject toJson() const;
};

}  // namespace recops::console
