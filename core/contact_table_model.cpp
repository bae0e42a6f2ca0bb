// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/contact_table_model.h"

namespace recops::console {

ContactTableModel::ContactTableModel(QObject* parent) : RecordTableModel(parent) {}

QString ContactTableModel::webhookText(const Contact& contact) {
    if (!contact.webhook) {
        return tr("none");
    }
    QString text = tr("%1: %2").arg(contact.webhook->format, contact.webhook->url);
    if (contact.webhook->routingKeySet) {
        text += tr(" (routing key set)");
    }
    return text;
}

int ContactTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Contact& contact = *recordAt(index.row());
    switch (role) {
        case IdRole:
            return contact.id;
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case SortRole:
            switch (index.column()) {
                case IdColumn:
                    return contact.id;
                case NameColumn:
                    return contact.name;
                case RoleColumn:
                    return contact.role;
                case EmailColumn:
                    return contact.email;
                case PhoneColumn:
                    return contact.phone;
                case WebhookColumn:
                    return webhookText(contact);
                default:
                    return {};
            }
        default:
            return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case IdColumn:
            return tr("Id");
        case NameColumn:
            return tr("Name");
        case RoleColumn:
            return tr("Role");
        case EmailColumn:
            return tr("Email");
        case PhoneColumn:
            return tr("Phone");
        case WebhookColumn:
            return tr("Webhook");
        default:
            return {};
    }
}

}  // namespace recops::console
