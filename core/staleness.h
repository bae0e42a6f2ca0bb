// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace recops::console {

class DataSource;

/// The words for how old data is, shared by every page's staleness badge.
class Staleness {
    Q_DECLARE_TR_FUNCTIONS(Staleness)

public:
    /// "just now", "42 s ago", "2 min ago", "3 h ago", "2 d ago".
    static QString ago(const QDateTime& thenUtc, const QDateTime& nowUtc);
    /**
     * "stale — last update 14:02:11, 2 min ago" (local time; the date too when it was not
     * today), or "stale — never updated" without a last update.
     */
    static QString badgeText(const QDateTime& lastUpdateUtc, const QDateTime& nowUtc);
    /// The stale source among @p sources whose data is oldest; nullptr when none is stale.
    static const DataSource* oldestStale(const QList<const DataSource*>& sources);
};

}  // namespace recops::console
