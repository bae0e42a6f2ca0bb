// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace recops::console {

class ProfileStore;

/**
 * The saved connection profiles as a list model, sorted by name, following the store's
 * changes row by row (so a view keeps its selection when another profile is added).
 *
 * Qt::DisplayRole is the name; the other fields have their own roles. Colours are the
 * view's business: the model says which environment a profile belongs to, the ui layer
 * decides how production looks.
 */
class ProfileListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        UrlRole,
        EnvironmentRole,     ///< EnvironmentTag as int
        EnvironmentKeyRole,  ///< "production", "staging"...
        IsProductionRole,
        AllowSelfSignedRole,
        CaCertificatePathRole,
    };
    Q_ENUM(Role)

    explicit ProfileListModel(ProfileStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The profile in @p row, or an empty profile when the row does not exist.
    ConnectionProfile profileAt(int row) const;
    /// The row of the profile with @p id, or -1.
    int rowOf(const QString& id) const;

    /// Reads every profile from the store again.
    void reload();

private:
    void onProfileAdded(const ConnectionProfile& profile);
    void onProfileUpdated(const ConnectionProfile& profile);
    void onProfileRemoved(const QString& id);
    int sortedRowFor(const QString& name, int ignoredRow) const;

    QPointer<ProfileStore> m_store;
    QList<ConnectionProfile> m_profiles;
};

}  // namespace recops::console
