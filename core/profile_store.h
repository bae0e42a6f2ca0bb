// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QString>

namespace recops::console {

/**
 * The saved connection profiles, in a small SQLite database (Qt Sql) in the user's data
 * directory.
 *
 * The schema is versioned with SQLite's user_version and migrated forward on open; a file
 * written by a newer console is refused rather than damaged. The store holds no secret:
 * there is no token column, tokens go through SecretStore.
 */
class ProfileStore : public QObject {
    Q_OBJECT

public:
    /// The schema this build writes. Bump it together with a new step in the migration list.
    static constexpr int kSchemaVersion = 1;

    explicit ProfileStore(QObject* parent = nullptr);
    ~ProfileStore() override;

    /// AppDataLocation/profiles.sqlite.
    static QString defaultFilePath();

    /// Opens or creates the database at @p filePath and migrates it. False on failure.
    bool open(const QString& filePath);
    bool isOpen() const;
    void close();
    QString filePath() const { return m_filePath; }
    /// Why the last operation failed.
    QString errorString() const { return m_errorString; }
    /// The schema version found in the open file.
    int schemaVersion() const;

    /// Every profile, sorted by name.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> findById(const QString& id) const;
    /// Case-insensitive, like the uniqueness rule.
    std::optional<ConnectionProfile> findByName(const QString& name) const;

    /**
     * Validates and saves @p profile: inserts it (giving it an id) when it has none,
     * updates it otherwise. False, with errorString(), when it is invalid or the write fails.
     */
    bool save(ConnectionProfile& profile);
    /// Removes a profile; false when it does not exist.
    bool remove(const QString& id);

Q_SIGNALS:
    void profileAdded(const recops::console::ConnectionProfile& profile);
    void profileUpdated(const recops::console::ConnectionProfile& profile);
    void profileRemoved(const QString& id);

private:
    bool migrate();
    bool fail(const QString& message);

    QString m_connectionName;
    QString m_filePath;
    QString m_errorString;
};

}  // namespace recops::console
