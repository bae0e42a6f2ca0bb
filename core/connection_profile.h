// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/environment_tag.h"
#include "core/tls_options.h"

#include <QString>
#include <QUrl>

namespace recops::console {

/**
 * A saved way to reach one recopsd: where it is, what it is, and how to trust it.
 *
 * The token is deliberately not a member: it lives in the system keyring (SecretStore),
 * keyed by id, and never in the profile store or any settings file.
 */
struct ConnectionProfile {
    /// Stable identifier (a UUID); survives renames and keys the token in the keyring.
    QString id;
    QString name;
    QUrl url;
    EnvironmentTag environment = EnvironmentTag::Development;
    TlsOptions tls;

    bool isProduction() const { return environment == EnvironmentTag::Production; }
    /// A profile exists in the store once it has an id.
    bool isSaved() const { return !id.isEmpty(); }

    /// A fresh identifier for a new profile.
    static QString newId();

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

/// recopsd's default address, used when no profile and no --server are given.
inline constexpr char kDefaultServerUrl[] = "http://127.0.0.1:8470";

}  // namespace recops::console
