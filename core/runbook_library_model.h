// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"

#include <optional>

#include <QAbstractTableModel>
#include <QList>

namespace recops::console {

/**
 * The runbook library as a table, for the Runbooks page: one row per runbook (built-in
 * and the user's own, as RunbookLibrary loaded them) with its title, id, the alerts it
 * answers, how many steps it has and where it comes from. Titles and descriptions are
 * runbook content and are shown as written; the headers are translated.
 */
class RunbookLibraryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, IdColumn, TriggersColumn, StepsColumn, SourceColumn, ColumnCount };
    enum Role {
        RunbookIdRole = Qt::UserRole + 1,
        TriggersRole,            ///< QStringList: the alert names it answers
        DescriptionRole,         ///< QString
        BuiltInRole,             ///< bool
        ChangesServerStateRole,  ///< bool: see Runbook::changesServerState()
    };

    explicit RunbookLibraryModel(QObject* parent = nullptr);

    void setRunbooks(const QList<Runbook>& runbooks);
    const QList<Runbook>& runbooks() const { return m_runbooks; }
    std::optional<Runbook> runbook(int row) const;
    int rowOf(const QString& runbookId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Runbook> m_runbooks;
};

}  // namespace recops::console
