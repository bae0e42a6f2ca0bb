// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QObject>
#include <QString>

namespace recops::console {

class AlertHistoryStore;
class ChartHistoryStore;
class LocalDatabase;
class ProfileStore;
class RunbookJournal;

/**
 * Everything the console keeps on this machine, in one SQLite file (LocalDatabase): the
 * profiles' non-secret settings, chart history, alert history and the runbook journal,
 * each a small store on the shared connection. A feature with tables of its own adds a LocalSchema
 * to LocalSchemas::all() and builds its store on database().
 *
 * Removing a profile removes its history too. Secrets are never here (SecretStore), nor is
 * UI state (RecentState) or a preference (Preferences).
 */
class LocalStore : public QObject {
    Q_OBJECT

public:
    explicit LocalStore(QObject* parent = nullptr);
    ~LocalStore() override;

    /// Opens @p filePath; empty opens the default file (see LocalDatabase::openDefault()).
    bool open(const QString& filePath = QString());
    QString errorString() const;

    /// Applies the history retention to both histories and deletes what is older.
    void setHistoryRetentionDays(int days);

    LocalDatabase* database() const { return m_database; }
    ProfileStore* profiles() const { return m_profiles; }
    ChartHistoryStore* chartHistory() const { return m_chartHistory; }
    AlertHistoryStore* alertHistory() const { return m_alertHistory; }
    RunbookJournal* runbookJournal() const { return m_runbookJournal; }

private:
    void pruneHistory();

    LocalDatabase* m_database;
    ProfileStore* m_profiles;
    ChartHistoryStore* m_chartHistory;
    AlertHistoryStore* m_alertHistory;
    RunbookJournal* m_runbookJournal;
};

}  // namespace recops::console
