// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace recops::console {

/**
 * A JSON object from the server shown as a two-column property table (name, value).
 *
 * Nested objects are flattened into dotted names ("index.vectors"), so whatever fields
 * recopsd adds to its health report appear without a console change. Rows follow
 * QJsonObject's key order (alphabetical within each level).
 */
class JsonPropertiesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1,  ///< the dotted name
        JsonValueRole,                ///< the value as QJsonValue
    };
    Q_ENUM(Role)

    explicit JsonPropertiesModel(QObject* parent = nullptr);

    /// Replaces the rows. Rows whose name and value did not change stay untouched.
    void setObject(const QJsonObject& object);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// How a JSON value reads in a table cell.
    static QString displayText(const QJsonValue& value);

private:
    struct Row {
        QString path;
        QJsonValue value;
        friend bool operator==(const Row&, const Row&) = default;
    };
    static void flatten(const QJsonObject& object, const QString& prefix, QList<Row>& rows);

    QList<Row> m_rows;
};

}  // namespace recops::console
