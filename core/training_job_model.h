// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/record_table_model.h"
#include "core/training_job.h"

namespace recops::console {

/// The trainer's jobs: id, status, trigger, who, algorithm, label, times, the version a
/// job registered, and why a job failed.
class TrainingJobModel : public RecordTableModel<TrainingJob> {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StatusColumn,
        TriggerColumn,
        RequestedByColumn,
        AlgorithmColumn,
        LabelColumn,
        CreatedColumn,
        DurationColumn,
        ResultColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        JobIdRole,   ///< QString
        StatusRole,  ///< QString: "succeeded", "failed"...
    };
    Q_ENUM(Role)

    explicit TrainingJobModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The words for a job's status.
    static QString statusName(const QString& status);

protected:
    QString keyOf(const TrainingJob& job) const override { return job.id; }
};

}  // namespace recops::console
