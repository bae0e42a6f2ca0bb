// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/json_properties_model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace recops::console {

JsonPropertiesModel::JsonPropertiesModel(QObject* parent) : QAbstractTableModel(parent) {}

void JsonPropertiesModel::flatten(const QJsonObject& object, const QString& prefix,
                                  QList<Row>& rows) {
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            flatten(it.value().toObject(), path, rows);
        } else {
            rows.append({path, it.value()});
        }
    }
}

void JsonPropertiesModel::setObject(const QJsonObject& object) {
    QList<Row> rows;
    flatten(object, QString(), rows);
    if (rows == m_rows) {
        return;
    }
    bool sameNames = rows.size() == m_rows.size();
    for (qsizetype row = 0; sameNames && row < rows.size(); ++row) {
        sameNames = rows.at(row).path == m_rows.at(row).path;
    }
    if (!sameNames) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The usual case while polling: same fields, some values moved (uptime, counters).
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows.at(row).value != m_rows.at(row).value) {
            m_rows[row].value = rows.at(row).value;
            const QModelIndex cell = index(static_cast<int>(row), ValueColumn);
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

void JsonPropertiesModel::clear() {
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int JsonPropertiesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JsonPropertiesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString JsonPropertiesModel::displayText(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Null:
            return tr("none");
        case QJsonValue::Bool:
            return value.toBool() ? tr("yes") : tr("no");
        case QJsonValue::Double: {
            const double number = value.toDouble();
            if (number == static_cast<double>(static_cast<qint64>(number))) {
                return QLocale().toString(static_cast<qint64>(number));
            }
            return QLocale().toString(number, 'g', 6);
        }
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Object:
            return QString::fromUtf8(
                QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        case QJsonValue::Undefined:
            break;
    }
    return QString();
}

QVariant JsonPropertiesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return index.column() == NameColumn ? row.path : displayText(row.value);
        case Qt::TextAlignmentRole:
            if (index.column() == ValueColumn && row.value.isDouble()) {
                return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            }
            return {};
        case PathRole:
            return row.path;
        case JsonValueRole:
            return QVariant::fromValue(row.value);
        default:
            return {};
    }
}

QVariant JsonPropertiesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case NameColumn:
            return tr("Property");
        case ValueColumn:
            return tr("Value");
        default:
            return {};
    }
}

}  // namespace recops::console
