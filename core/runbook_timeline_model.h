// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident_timeline_entry.h"

#include <QAbstractTableModel>
#include <QList>

namespace recops::console {

/**
 * One run's timeline as a table, for the run view: each entry's time, author, kind and
 * sentence as the journal holds them (timeline text is the team's record and is not
 * translated), and whether it has reached the server's incident: local only, queued,
 * sent or rejected.
 */
class RunbookTimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, AuthorColumn, KindColumn, TextColumn, SyncColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole,
        SyncRole,  ///< IncidentTimelineEntry::syncName()
        StepIdRole,
        TimeRole,       ///< qint64, Unix milliseconds
        DataRole,       ///< QJsonObject: the entry's details
        LastErrorRole,  ///< why the last upload attempt failed
    };

    explicit RunbookTimelineModel(QObject* parent = nullptr);

    /**
     * Shows @p entries, in sequence order. When they continue the entries shown (the same
     * ones first), the new ones are appended and only the upload states that changed are
     * updated; otherwise the table is reset (another run).
     */
    void setEntries(const QList<IncidentTimelineEntry>& entries);
    void clear();
    const QList<IncidentTimelineEntry>& entries() const { return m_entries; }
    /// How many entries are in each upload state.
    int count(IncidentTimelineEntry::Sync sync) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<IncidentTimelineEntry> m_entries;
};

}  // namespace recops::console
