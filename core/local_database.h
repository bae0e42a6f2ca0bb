// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/local_schema.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace recops::console {

/**
 * The console's local SQLite file (Qt Sql) in the user's data directory: one connection
 * shared by every store that keeps something on this machine (profiles, chart history,
 * alert history, and whatever a feature adds through a LocalSchema).
 *
 * open() checks the whole file before it writes a byte: a file whose format or any of
 * whose components was written by a newer console is refused, with a message, and left
 * untouched. Components this build does not know (added by a newer console) are left
 * alone. Then the file switches to WAL (so appends every few seconds cost no fsync each)
 * and every known component is migrated forward, one transaction per step.
 */
class LocalDatabase : public QObject {
    Q_OBJECT

public:
    /**
     * SQLite user_version of the file layout: 1 was a profiles-only file (the profiles
     * table at version 1, nothing else); 2 keeps a version per component in
     * schema_versions.
     */
    static constexpr int kFileFormatVersion = 2;

    explicit LocalDatabase(QObject* parent = nullptr);
    ~LocalDatabase() override;

    /// AppDataLocation/console.sqlite.
    static QString defaultFilePath();
    /// AppDataLocation/profiles.sqlite: where consoles before the shared store kept
    /// profiles. openDefault() moves it to defaultFilePath() once.
    static QString legacyFilePath();

    /// Opens or creates @p filePath and migrates @p schemas. False, with errorString().
    bool open(const QString& filePath, const QList<LocalSchema>& schemas = LocalSchemas::all());
    /// Opens defaultFilePath(), after moving a legacy profiles.sqlite there if it is alone.
    bool openDefault();
    bool isOpen() const;
    void close();

    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_errorString; }
    /// The connection, for the stores built on this file.
    QSqlDatabase database() const;
    /// The version of @p component in the open file; 0 when it has none yet.
    int componentVersion(const QString& component) const;

private:
    bool fail(const QString& message);
    bool readVersions(QHash<QString, int>* versions, int* format);
    bool upgradeLayout(int format);
    bool migrate(const LocalSchema& schema, int from);

    QString m_connectionName;
    QString m_filePath;
    QString m_errorString;
};

}  // namespace recops::console
