// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/manifest_file_model.h"

#include "core/registry_format.h"

#include <QLocale>

namespace recops::console {

ManifestFileModel::ManifestFileModel(QObject* parent) : RecordTableModel(parent) {}

int ManifestFileModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManifestFileModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ManifestFile& file = *recordAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case PathColumn:
                return file.path;
            case SizeColumn:
                return role == Qt::ToolTipRole ? tr("%1 bytes").arg(QLocale().toString(file.bytes))
                                               : RegistryFormat::bytes(file.bytes);
            case Sha256Column:
                return file.sha256;
            default:
                return {};
        }
    }
    if (role == SortRole) {
        return index.column() == SizeColumn ? QVariant(file.bytes) : data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant ManifestFileModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case PathColumn:
            return tr("File");
        case SizeColumn:
            return tr("Size");
        case Sha256Column:
            return tr("SHA-256");
        default:
            return {};
    }
}

}  // namespace recops::console
