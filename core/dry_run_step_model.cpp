// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/dry_run_step_model.h"

#include "core/escalation_policy_table_model.h"
#include "core/registry_format.h"

namespace recops::console {

DryRunStepModel::DryRunStepModel(QObject* parent) : RecordTableModel(parent) {}

QString DryRunStepModel::stateText(const QString& state) {
    if (state == u"paged") {
        return tr("paged");
    }
    if (state == u"due") {
        return tr("due now");
    }
    if (state == u"upcoming") {
        return tr("upcoming");
    }
    if (state == u"skipped") {
        return tr("skipped");
    }
    return state;
}

QString DryRunStepModel::contactsText(const DryRunStep& step) {
    QStringList names;
    for (const DryRunContact& contact : step.contacts) {
        names.append(
            tr("%1 (%2)").arg(contact.name.isEmpty() ? contact.id : contact.name,
                              contact.channel.isEmpty() ? tr("no webhook") : contact.channel));
    }
    return names.join(QStringLiteral(", "));
}

int DryRunStepModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DryRunStepModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DryRunStep& step = *recordAt(index.row());
    switch (role) {
        case StateRole:
            return step.state;
        case SortRole:
            // Times sort as times; the other columns as they read (step, cycle and level
            // are numbers already).
            if (index.column() == AfterColumn) {
                return step.afterSeconds;
            }
            if (index.column() == AtColumn) {
                return step.atUtc;
            }
            [[fallthrough]];
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case StepColumn:
                    return step.step;
                case CycleColumn:
                    return step.cycle;
                case LevelColumn:
                    return step.level;
                case AfterColumn:
                    return EscalationPolicyTableModel::delayText(step.afterSeconds);
                case AtColumn:
                    return step.atUtc.isValid() ? RegistryFormat::time(step.atUtc)
                                                : tr("when it fires");
                case StateColumn:
                    return stateText(step.state);
                case ContactsColumn:
                    return contactsText(step);
                default:
                    return {};
            }
        default:
            return {};
    }
}

QVariant DryRunStepModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case StepColumn:
            return tr("Step");
        case CycleColumn:
            return tr("Cycle");
        case LevelColumn:
            return tr("Level");
        case AfterColumn:
            return tr("After firing");
        case AtColumn:
            return tr("At");
        case StateColumn:
            return tr("State");
        case ContactsColumn:
            return tr("Paged");
        default:
            return {};
    }
}

}  // namespace recops::console
