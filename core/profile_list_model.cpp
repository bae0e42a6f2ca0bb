// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/profile_list_model.h"

#include "core/profile_store.h"

namespace recops::console {

ProfileListModel::ProfileListModel(ProfileStore* store, QObject* parent)
    : QAbstractListModel(parent), m_store(store) {
    connect(store, &ProfileStore::profileAdded, this, &ProfileListModel::onProfileAdded);
    connect(store, &ProfileStore::profileUpdated, this, &ProfileListModel::onProfileUpdated);
    connect(store, &ProfileStore::profileRemoved, this, &ProfileListModel::onProfileRemoved);
    reload();
}

int ProfileListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ConnectionProfile& profile = m_profiles.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case NameRole:
            return profile.name;
        case Qt::ToolTipRole:
            return tr("%1 (%2)").arg(profile.url.toDisplayString(),
                                     EnvironmentTags::displayName(profile.environment));
        case Qt::AccessibleTextRole:
            return tr("%1, %2 profile")
                .arg(profile.name, EnvironmentTags::displayName(profile.environment));
        case IdRole:
            return profile.id;
        case UrlRole:
            return profile.url;
        case EnvironmentRole:
            return static_cast<int>(profile.environment);
        case EnvironmentKeyRole:
            return EnvironmentTags::key(profile.environment);
        case IsProductionRole:
            return profile.isProduction();
        case AllowSelfSignedRole:
            return profile.tls.allowSelfSigned;
        case CaCertificatePathRole:
            return profile.tls.caCertificatePath;
        default:
            return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(NameRole, "name");
    names.insert(UrlRole, "url");
    names.insert(EnvironmentRole, "environment");
    names.insert(EnvironmentKeyRole, "environmentKey");
    names.insert(IsProductionRole, "isProduction");
    names.insert(AllowSelfSignedRole, "allowSelfSigned");
    names.insert(CaCertificatePathRole, "caCertificatePath");
    return names;
}

ConnectionProfile ProfileListModel::profileAt(int row) const {
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : ConnectionProfile();
}

int ProfileListModel::rowOf(const QString& id) const {
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void ProfileListModel::reload() {
    beginResetModel();
    m_profiles = m_store ? m_store->profiles() : QList<ConnectionProfile>();
    endResetModel();
}

int ProfileListModel::sortedRowFor(const QString& name, int ignoredRow) const {
    int row = 0;
    for (int index = 0; index < m_profiles.size(); ++index) {
        if (index == ignoredRow) {
            continue;
        }
        if (m_profiles.at(index).name.compare(name, Qt::CaseInsensitive) < 0) {
            ++row;
        }
    }
    return row;
}

void ProfileListModel::onProfileAdded(const ConnectionProfile& profile) {
    const int row = sortedRowFor(profile.name, -1);
    beginInsertRows(QModelIndex(), row, row);
    m_profiles.insert(row, profile);
    endInsertRows();
}

void ProfileListModel::onProfileUpdated(const ConnectionProfile& profile) {
    const int oldRow = rowOf(profile.id);
    if (oldRow < 0) {
        onProfileAdded(profile);
        return;
    }
    // Position among the others once this one is taken out.
    const int newRow = sortedRowFor(profile.name, oldRow);
    if (newRow != oldRow) {
        // beginMoveRows wants the destination in the coordinates before the move.
        const int destination = newRow > oldRow ? newRow + 1 : newRow;
        beginMoveRows(QModelIndex(), oldRow, oldRow, QModelIndex(), destination);
        m_profiles.move(oldRow, newRow);
        endMoveRows();
    }
    m_profiles[newRow] = profile;
    const QModelIndex changed = index(newRow);
    Q_EMIT dataChanged(changed, changed);
}

void ProfileListModel::onProfileRemoved(const QString& id) {
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
}

}  // namespace recops::console
