// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace recops::console {

class ProfileStore;

/// A profile in an import file whose name is taken by a different saved profile.
struct ProfileImportConflict {
    ConnectionProfile saved;
    ConnectionProfile incoming;
};

/// What an import did: nothing at all when errors is not empty.
struct ProfileImportOutcome {
    /// "profiles[2].url: The address must start with http:// or https://."
    QStringList errors;
    QList<ConnectionProfile> imported;
    /// Names already saved with the very same settings.
    QStringList unchanged;
    /// Names already saved with other settings: left as they are, reported.
    QList<ProfileImportConflict> conflicts;

    bool succeeded() const { return errors.isEmpty(); }
};

/**
 * Connection profiles to and from a JSON file, to hand a team's servers to a colleague:
 *
 *     {"format": "recops-console-profiles", "version": 1, "exported_at": "…",
 *      "profiles": [{"name": "prod-eu", "url": "https://…", "environment": "production",
 *                    "tls": {"ca_certificate_path": "", "allow_self_signed": false}}]}
 *
 * Without secrets: tokens live in the keyring and are never exported; a file that carries
 * one is refused. Ids are local and not exported either. Import checks the whole file
 * first, with the same rules as the profile dialog, and names each problem by its place
 * ("profiles[1].environment"); a file with any problem imports nothing. A name that is
 * already saved with other settings is a conflict: reported, never overwritten.
 */
class ProfileExchange {
    Q_DECLARE_TR_FUNCTIONS(ProfileExchange)

public:
    static constexpr char kFormat[] = "recops-console-profiles";
    static constexpr int kFormatVersion = 1;

    static QByteArray toJson(const QList<ConnectionProfile>& profiles,
                             const QDateTime& exportedAtUtc);

    /// The profiles of a file (without ids), or the errors that make it unusable.
    struct Parsed {
        QList<ConnectionProfile> profiles;
        QStringList errors;
    };
    static Parsed parse(const QByteArray& json);

    /// Imports @p json into @p store (see the class comment).
    static ProfileImportOutcome importInto(ProfileStore& store, const QByteArray& json);

    /// Writes every profile of @p store to @p filePath; false with @p error.
    static bool exportToFile(const ProfileStore& store, const QString& filePath, QString* error);
    /// Reads @p filePath and imports it.
    static ProfileImportOutcome importFromFile(ProfileStore& store, const QString& filePath);

    /// A few lines for a message box: what was imported, skipped, or why nothing was.
    static QString summarize(const ProfileImportOutcome& outcome);
};

}  // namespace recops::console
