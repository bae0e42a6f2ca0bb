// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace recops::console {

/// What a connection profile points at. Production is drawn apart so nobody mistakes it.
enum class EnvironmentTag {
    Production,
    Staging,
    Development,
    Demo,
};

/// Helpers to name environment tags in files, on the command line and on screen.
class EnvironmentTags {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentTags)

public:
    static QList<EnvironmentTag> all();
    /// Stable, untranslated key kept in the profile store: "production", "staging"...
    static QString key(EnvironmentTag tag);
    /// Parses a key; "prod" and "dev" are accepted too. Case does not matter.
    static std::optional<EnvironmentTag> fromKey(const QString& key);
    /// Translated name for the screen.
    static QString displayName(EnvironmentTag tag);
};

}  // namespace recops::console
