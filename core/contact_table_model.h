// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/contact.h"
#include "core/record_table_model.h"

namespace recops::console {

/// The contacts escalation can page: id, name, role, email, phone, webhook.
class ContactTableModel : public RecordTableModel<Contact> {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        RoleColumn,
        EmailColumn,
        PhoneColumn,
        WebhookColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,  ///< QString
    };
    Q_ENUM(Role)

    explicit ContactTableModel(QObject* parent = nullptr);

    /// "slack: https://hooks.slack.com/…", "none".
    static QString webhookText(const Contact& contact);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Contact& contact) const override { return contact.id; }
};

}  // namespace recops::console
