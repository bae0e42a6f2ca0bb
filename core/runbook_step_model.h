// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"
#include "core/runbook_step_record.h"

#include <QAbstractTableModel>
#include <QList>

namespace recops::console {

/**
 * The steps of one run as a table, for the runbook runner page: one row per step of the
 * runbook, in file order, with its latest state, times, request, result and explanation.
 * RunbookEngine keeps it up to date; views only read it. Reset with no records, it shows
 * a runbook's steps before it runs (all pending).
 *
 * Headers, states and kinds are shown in the user's language; the request, the result and
 * the explanation are runbook content and stay as the journal has them.
 */
class RunbookStepModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StepColumn,
        KindColumn,
        StateColumn,
        StartedColumn,
        FinishedColumn,
        RequestColumn,
        ResultColumn,
        ExplanationColumn,
        ColumnCount
    };
    enum Role {
        StepIdRole = Qt::UserRole + 1,
        KindRole,         ///< RunbookStep::kindName()
        StateRole,        ///< RunbookStepRecord::stateName()
        StartedRole,      ///< QDateTime (UTC), invalid before the step started
        FinishedRole,     ///< QDateTime (UTC)
        RequestRole,      ///< QJsonObject
        ResultRole,       ///< QJsonObject
        ExplanationRole,  ///< QString
        IsCurrentRole,    ///< bool: the step the run is at
        IsWaitingRole,    ///< bool: the step waits for a person
        DestructiveRole,  ///< bool
    };

    explicit RunbookStepModel(QObject* parent = nullptr);

    /// A request as journaled, in one line: "POST /api/v1/tokens?limit=5".
    static QString requestSummary(const QJsonObject& request);
    /// A result as journaled, in one line: "HTTP 200 · 2.4 ms · status = \"healthy\"", or the
    /// error of a call that brought no answer.
    static QString resultSummary(const QJsonObject& result);

    void reset(const Runbook& runbook, const QList<RunbookStepRecord>& records);
    void update(const RunbookStepRecord& record);
    void setCurrentStep(const QString& stepId);
    RunbookStepRecord record(int row) const { return m_records.value(row); }
    int rowOf(const QString& stepId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<RunbookStep> m_steps;
    QList<RunbookStepRecord> m_records;
    QString m_currentStep;
};

}  // namespace recops::console
