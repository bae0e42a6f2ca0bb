// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/staleness.h"

#include "core/data_source.h"

#include <QLocale>

namespace recops::console {

QString Staleness::ago(const QDateTime& thenUtc, const QDateTime& nowUtc) {
    const qint64 seconds = std::max<qint64>(0, thenUtc.secsTo(nowUtc));
    if (seconds < 5) {
        return tr("just now");
    }
    if (seconds < 60) {
        return tr("%1 s ago").arg(seconds);
    }
    if (seconds < 3'600) {
        return tr("%1 min ago").arg(seconds / 60);
    }
    if (seconds < 86'400) {
        return tr("%1 h ago").arg(seconds / 3'600);
    }
    return tr("%1 d ago").arg(seconds / 86'400);
}

QString Staleness::badgeText(const QDateTime& lastUpdateUtc, const QDateTime& nowUtc) {
    if (!lastUpdateUtc.isValid()) {
        return tr("stale — never updated");
    }
    const QDateTime local = lastUpdateUtc.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == nowUtc.toLocalTime().date()
                             ? locale.toString(local.time(), QStringLiteral("HH:mm:ss"))
                             : locale.toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return tr("stale — last update %1, %2").arg(when, ago(lastUpdateUtc, nowUtc));
}

const DataSource* Staleness::oldestStale(const QList<const DataSource*>& sources) {
    const DataSource* oldest = nullptr;
    for (const DataSource* source : sources) {
        if (source && source->isStale() &&
            (!oldest || source->lastSuccessUtc() < oldest->lastSuccessUtc())) {
            oldest = source;
        }
    }
    return oldest;
}

}  // namespace recops::console
