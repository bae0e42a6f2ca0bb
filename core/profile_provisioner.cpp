// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/profile_provisioner.h"

#include "core/profile_store.h"

#include <QTimer>

namespace recops::console {

ProfileProvisioner::ProfileProvisioner(ProfileStore* profiles, SecretStore* secrets,
                                       QObject* parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets) {}

void ProfileProvisioner::finishSoon(const Outcome& outcome) {
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

void ProfileProvisioner::run(const ProvisioningRequest& request) {
    Outcome outcome;
    if (!m_profiles || !m_profiles->isOpen()) {
        outcome.message = tr("The profile store is not open.");
        finishSoon(outcome);
        return;
    }
    const std::optional<ConnectionProfile> existing = m_profiles->findByName(request.profileName);
    if (!existing && !request.url) {
        outcome.message = tr("There is no profile named \"%1\"; give --server URL to create it.")
                              .arg(request.profileName);
        finishSoon(outcome);
        return;
    }

    ConnectionProfile profile = existing.value_or(ConnectionProfile());
    if (!existing) {
        profile.name = request.profileName;
    }
    if (request.url) {
        profile.url = *request.url;
    }
    if (request.environment) {
        profile.environment = *request.environment;
    }
    if (request.caCertificatePath) {
        profile.tls.caCertificatePath = *request.caCertificatePath;
    }
    if (request.allowSelfSigned) {
        profile.tls.allowSelfSigned = *request.allowSelfSigned;
    }
    if (!existing || profile != *existing) {
        if (!m_profiles->save(profile)) {
            outcome.message = m_profiles->errorString();
            finishSoon(outcome);
            return;
        }
    }
    outcome.profile = profile;
    outcome.created = !existing;
    const QString what = outcome.created ? tr("Created the profile \"%1\".").arg(profile.name)
                                         : tr("Updated the profile \"%1\".").arg(profile.name);

    if (!request.token) {
        outcome.succeeded = true;
        outcome.message = what;
        finishSoon(outcome);
        return;
    }
    if (!m_secrets) {
        outcome.message = tr("No secret store is available for the token.");
        finishSoon(outcome);
        return;
    }
    m_secrets->writeToken(
        profile.id, *request.token, this, [this, outcome, what](const SecretStore::Result& result) {
            Outcome done = outcome;
            done.succeeded = result.succeeded();
            done.tokenStorage = result.storage;
            if (!result.succeeded()) {
                done.message = tr("%1 The token was not stored: %2").arg(what, result.message);
            } else if (result.storage == SecretStore::Storage::Keyring) {
                done.message = tr("%1 Its token is in the system keyring.").arg(what);
            } else {
                done.message = tr("%1 %2").arg(what, result.message);
            }
            Q_EMIT finished(done);
        });
}

}  // namespace recops::console
