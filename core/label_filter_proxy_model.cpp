// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/label_filter_proxy_model.h"

#include <QVariantMap>

namespace recops::console {

LabelFilterProxyModel::LabelFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void LabelFilterProxyModel::setQuery(const QString& text) {
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_query = FilterQuery::parse(text);
    invalidateFilter();
}

void LabelFilterProxyModel::setColumnLabel(int column, const QString& label) {
    m_columnLabels.insert(column, label);
    invalidateFilter();
}

QString LabelFilterProxyModel::columnLabel(int column) const {
    if (const auto named = m_columnLabels.constFind(column); named != m_columnLabels.cend()) {
        return *named;
    }
    if (!sourceModel()) {
        return QString();
    }
    return sourceModel()
        ->headerData(column, Qt::Horizontal, Qt::DisplayRole)
        .toString()
        .trimmed()
        .toLower()
        .replace(u' ', u'_');
}

void LabelFilterProxyModel::setLabelsRole(int role) {
    m_labelsRole = role;
    invalidateFilter();
}

std::optional<QString> LabelFilterProxyModel::labelValue(int sourceRow,
                                                         const QString& label) const {
    if (m_labelsRole >= 0) {
        const QVariantMap labels = sourceModel()->index(sourceRow, 0).data(m_labelsRole).toMap();
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (it.key().compare(label, Qt::CaseInsensitive) == 0) {
                return it.value().toString();
            }
        }
    }
    for (int column = 0; column < sourceModel()->columnCount(); ++column) {
        if (columnLabel(column).compare(label, Qt::CaseInsensitive) == 0) {
            return sourceModel()->index(sourceRow, column).data(Qt::DisplayRole).toString();
        }
    }
    return std::nullopt;
}

bool LabelFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_query.isEmpty() || sourceParent.isValid()) {
        return true;
    }
    QStringList text;
    for (int column = 0; column < sourceModel()->columnCount(); ++column) {
        text.append(sourceModel()->index(sourceRow, column).data(Qt::DisplayRole).toString());
    }
    if (m_labelsRole >= 0) {
        const QVariantMap labels = sourceModel()->index(sourceRow, 0).data(m_labelsRole).toMap();
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            text.append(it.key() + u'=' + it.value().toString());
        }
    }
    return m_query.matches(text.join(u'\n'), [this, sourceRow](const QString& label) {
        return labelValue(sourceRow, label);
    });
}

}  // namespace recops::console
