// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"
#include "core/secret_store.h"

#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace recops::console {

class ProfileStore;

/// What a script asks for: a profile with these fields, and optionally its token.
struct ProvisioningRequest {
    QString profileName;
    std::optional<QUrl> url;
    std::optional<EnvironmentTag> environment;
    std::optional<QString> caCertificatePath;
    std::optional<bool> allowSelfSigned;
    /// The token to store for the profile; nullopt leaves the stored one alone.
    std::optional<QString> token;
};

/**
 * Creates or updates a connection profile and stores its token, without a dialog: the
 * command line's `--profile NAME --server URL --environment TAG --token-stdin`.
 *
 * An existing profile keeps the fields the request leaves out. A new profile needs a URL.
 * The token goes to the keyring; when there is none, to the session store, and the result
 * says so.
 */
class ProfileProvisioner : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        bool succeeded = false;
        ConnectionProfile profile;
        bool created = false;
        SecretStore::Storage tokenStorage = SecretStore::Storage::None;
        /// An error when it failed; otherwise what happened, in one or two sentences.
        QString message;
    };

    ProfileProvisioner(ProfileStore* profiles, SecretStore* secrets, QObject* parent = nullptr);

    /// Starts provisioning; finished() follows (never synchronously).
    void run(const ProvisioningRequest& request);

Q_SIGNALS:
    void finished(const recops::console::ProfileProvisioner::Outcome& outcome);

private:
    void finishSoon(const Outcome& outcome);

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
};

}  // namespace recops::console
