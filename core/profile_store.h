// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"
#include "core/local_schema.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QSqlDatabase;

namespace recops::console {

class LocalDatabase;

/**
 * The saved connection profiles, in the console's local database (LocalDatabase, SQLite
 * through Qt Sql, in the user's data directory) as its "profiles" component.
 *
 * The schema is versioned and migrated forward on open; a file written by a newer console
 * is refused rather than damaged. The store holds no secret: there is no token column,
 * tokens go through SecretStore.
 */
class ProfileStore : public QObject {
    Q_OBJECT

public:
    /// The version of the profiles component this build writes (the steps of schema()).
    static constexpr int kSchemaVersion = 1;

    /// A store that opens a database of its own with open().
    explicit ProfileStore(QObject* parent = nullptr);
    /// A store on @p database, already opened by its owner (LocalStore).
    explicit ProfileStore(LocalDatabase* database, QObject* parent = nullptr);
    ~ProfileStore() override;

    /// The profiles table and its migrations.
    static LocalSchema schema();
    /// The local database's default file (LocalDatabase::defaultFilePath()).
    static QString defaultFilePath();

    /**
     * Opens or creates a database of this store's own at @p filePath and migrates every
     * component. For a store created without a database; false on failure.
     */
    bool open(const QString& filePath);
    bool isOpen() const;
    /// Closes a database this store opened itself.
    void close();
    QString filePath() const;
    /// Why the last operation failed.
    QString errorString() const { return m_errorString; }
    /// The version of the profiles component in the open file.
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
    bool fail(const QString& message);
    QSqlDatabase database() const;

    QPointer<LocalDatabase> m_database;
    LocalDatabase* m_ownDatabase = nullptr;
    QString m_errorString;
};

}  // namespace recops::console
