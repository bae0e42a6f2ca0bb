// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_manifest.h"
#include "core/record_table_model.h"

namespace recops::console {

/// A version's artifacts from its manifest: path, size and SHA-256.
class ManifestFileModel : public RecordTableModel<ManifestFile> {
    Q_OBJECT

public:
    enum Column { PathColumn, SizeColumn, Sha256Column, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< bytes for the size column
    };
    Q_ENUM(Role)

    explicit ManifestFileModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const ManifestFile& file) const override { return file.path; }
};

}  // namespace recops::console
