// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/training_job_model.h"

#include "core/health_report.h"
#include "core/model_stage.h"
#include "core/registry_format.h"

namespace recops::console {

TrainingJobModel::TrainingJobModel(QObject* parent) : RecordTableModel(parent) {}

QString TrainingJobModel::statusName(const QString& status) {
    if (status == u"queued") {
        return tr("queued");
    }
    if (status == u"running") {
        return tr("running");
    }
    if (status == u"succeeded") {
        return tr("succeeded");
    }
    if (status == u"failed") {
        return tr("failed");
    }
    if (status == u"cancelled") {
        return tr("cancelled");
    }
    return status;
}

int TrainingJobModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingJobModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TrainingJob& job = *recordAt(index.row());
    const qint64 durationMs = job.startedAtUtc.isValid() && job.finishedAtUtc.isValid()
                                  ? job.startedAtUtc.msecsTo(job.finishedAtUtc)
                                  : -1;
    switch (role) {
        case JobIdRole:
            return job.id;
        case StatusRole:
            return job.status;
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case IdColumn:
                    return job.id;
                case StatusColumn:
                    return statusName(job.status);
                case TriggerColumn:
                    return job.trigger;
                case RequestedByColumn:
                    return job.requestedBy;
                case AlgorithmColumn:
                    return job.algorithm().isEmpty() ? tr("recopsd's choice") : job.algorithm();
                case LabelColumn:
                    return job.request.value(QLatin1StringView("version_label")).toString();
                case CreatedColumn:
                    return RegistryFormat::time(job.createdAtUtc);
                case DurationColumn:
                    return durationMs < 0
                               ? QString()
                               : formatDuration(static_cast<double>(durationMs) / 1000.0);
                case ResultColumn: {
                    if (const auto version = job.resultVersion()) {
                        const auto stage = ModelStages::fromKey(
                            job.result.value(QLatin1StringView("stage")).toString());
                        return stage ? tr("version %1 (%2)")
                                           .arg(*version)
                                           .arg(ModelStages::displayName(*stage))
                                     : tr("version %1").arg(*version);
                    }
                    if (job.status == u"succeeded" &&
                        job.request.value(QLatin1StringView("dry_run")).toBool()) {
                        return tr("dry run: nothing registered");
                    }
                    return QString();
                }
                case ErrorColumn:
                    return job.error;
                default:
                    return {};
            }
        case SortRole:
            switch (index.column()) {
                case CreatedColumn:
                    return job.createdAtUtc;
                case DurationColumn:
                    return durationMs;
                case ResultColumn:
                    return job.resultVersion().value_or(0);
                default:
                    return data(index, Qt::DisplayRole);
            }
        default:
            return {};
    }
}

QVariant TrainingJobModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case IdColumn:
            return tr("Job");
        case StatusColumn:
            return tr("Status");
        case TriggerColumn:
            return tr("Trigger");
        case RequestedByColumn:
            return tr("Requested by");
        case AlgorithmColumn:
            return tr("Algorithm");
        case LabelColumn:
            return tr("Label");
        case CreatedColumn:
            return tr("Created");
        case DurationColumn:
            return tr("Duration");
        case ResultColumn:
            return tr("Result");
        case ErrorColumn:
            return tr("Error");
        default:
            return {};
    }
}

}  // namespace recops::console
