// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace recops::console {

/// The pages of the console, in sidebar order (Ctrl+1 is the first).
enum class ConsolePage {
    Dashboard,
    Alerts,
    Models,
    Backups,
    Contacts,
    Runbooks,
    Incidents,
};

/// Names of the pages on the command line (--screenshot) and in the saved UI state.
class ConsolePages {
public:
    static QList<ConsolePage> all();
    /// "dashboard", "alerts"...: stable, untranslated.
    static QString key(ConsolePage page);
    static std::optional<ConsolePage> fromKey(const QString& key);
    /// "dashboard, alerts, ...", for error messages and --help.
    static QString keyList();
};

}  // namespace recops::console
