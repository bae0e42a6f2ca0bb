// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/console_page.h"

#include <QStringList>

namespace recops::console {

QList<ConsolePage> ConsolePages::all() {
    return {ConsolePage::Dashboard, ConsolePage::Alerts,   ConsolePage::Models,
            ConsolePage::Backups,   ConsolePage::Contacts, ConsolePage::Runbooks,
            ConsolePage::Incidents};
}

QString ConsolePages::key(ConsolePage page) {
    switch (page) {
        case ConsolePage::Dashboard:
            return QStringLiteral("dashboard");
        case ConsolePage::Alerts:
            return QStringLiteral("alerts");
        case ConsolePage::Models:
            return QStringLiteral("models");
        case ConsolePage::Backups:
            return QStringLiteral("backups");
        case ConsolePage::Contacts:
            return QStringLiteral("contacts");
        case ConsolePage::Runbooks:
            return QStringLiteral("runbooks");
        case ConsolePage::Incidents:
            return QStringLiteral("incidents");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<ConsolePage> ConsolePages::fromKey(const QString& key) {
    const QString normalized = key.trimmed().toLower();
    for (ConsolePage page : all()) {
        if (ConsolePages::key(page) == normalized) {
            return page;
        }
    }
    return std::nullopt;
}

QString ConsolePages::keyList() {
    QStringList keys;
    for (ConsolePage page : all()) {
        keys.append(key(page));
    }
    return keys.join(u", ");
}

}  // namespace recops::console
