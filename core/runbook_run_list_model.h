// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook_run_record.h"

#include <optional>

#include <QAbstractTableModel>
#include <QList>

namespace recops::console {

/**
 * The runs in the journal as a table, newest first, for the Runbooks page: each run's
 * runbook, state, the step it is at, when it started, who ran it and against which
 * server. Runs that have not finished are the ones a restarted console offers to resume.
 */
class RunbookRunListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StateColumn,
        StepColumn,
        StartedColumn,
        AuthorColumn,
        ServerColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        RunbookIdRole,
        StateRole,       ///< RunbookRunRecord::stateName()
        IsFinishedRole,  ///< bool
        CreatedAtRole,   ///< qint64, Unix milliseconds
    };

    explicit RunbookRunListModel(QObject* parent = nullptr);

    /**
     * Shows @p runs. The same runs in the same order only update what changed (a view keeps
     * its selection as a run moves on); anything else resets the table.
     */
    void setRuns(const QList<RunbookRunRecord>& runs);
    std::optional<RunbookRunRecord> run(int row) const;
    int rowOf(const QString& runId) const;
    /// The runs that have not finished.
    QList<RunbookRunRecord> unfinished() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<RunbookRunRecord> m_runs;
};

}  // namespace recops::console
