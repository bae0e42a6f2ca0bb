// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/backup_table_model.h"

#include "core/registry_format.h"

namespace recops::console {

BackupTableModel::BackupTableModel(QObject* parent) : RecordTableModel(parent) {}

QString BackupTableModel::statusText(const QString& status) {
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
    return status;
}

QString BackupTableModel::verificationText(const Backup& backup) {
    if (!backup.verification) {
        return tr("not verified");
    }
    const BackupVerification& verification = *backup.verification;
    if (verification.status == u"passed") {
        return tr("passed %1").arg(RegistryFormat::time(verification.checkedAtUtc));
    }
    if (verification.status == u"failed") {
        return tr("failed: %n problem(s)", nullptr, static_cast<int>(verification.problems.size()));
    }
    if (verification.status == u"queued") {
        return tr("verification queued");
    }
    if (verification.status == u"running") {
        return tr("verifying");
    }
    return verification.status;
}

QString BackupTableModel::triggerText(const Backup& backup) {
    if (backup.trigger == u"schedule") {
        return tr("schedule");
    }
    if (backup.trigger == u"command_line") {
        return tr("command line");
    }
    if (!backup.requestedBy.isEmpty()) {
        return backup.requestedBy;
    }
    return backup.trigger;
}

int BackupTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Backup& backup = *recordAt(index.row());
    switch (role) {
        case IdRole:
            return backup.id;
        case SucceededRole:
            return backup.isSucceeded();
        case VerifiedRole:
            return backup.verification && backup.verification->status == u"passed";
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case TimeColumn:
                    return RegistryFormat::time(backup.timeUtc());
                case StatusColumn:
                    if (role == Qt::ToolTipRole && !backup.error.isEmpty()) {
                        return backup.error;
                    }
                    return statusText(backup.status);
                case SizeColumn:
                    return backup.sizeBytes ? RegistryFormat::bytes(*backup.sizeBytes) : QString();
                case VerifiedColumn:
                    if (role == Qt::ToolTipRole && backup.verification &&
                        !backup.verification->problems.isEmpty()) {
                        return backup.verification->problems.join(QLatin1Char('\n'));
                    }
                    return verificationText(backup);
                case TriggerColumn:
                    return triggerText(backup);
                case LabelColumn:
                    return backup.label;
                case IdColumn:
                    return backup.id;
                default:
                    return {};
            }
        case SortRole:
            switch (index.column()) {
                case TimeColumn:
                    return backup.timeUtc();
                case SizeColumn:
                    return backup.sizeBytes.value_or(-1);
                default:
                    return data(index, Qt::DisplayRole);
            }
        default:
            return {};
    }
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case TimeColumn:
            return tr("Time");
        case StatusColumn:
            return tr("Status");
        case SizeColumn:
            return tr("Size");
        case VerifiedColumn:
            return tr("Verified");
        case TriggerColumn:
            return tr("Requested by");
        case LabelColumn:
            return tr("Label");
        case IdColumn:
            return tr("Backup id");
        default:
            return {};
    }
}

}  // namespace recops::console
