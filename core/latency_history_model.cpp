// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/latency_history_model.h"

#include <algorithm>

#include <QLocale>

namespace recops::console {

LatencyHistoryModel::LatencyHistoryModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity)) {}

void LatencyHistoryModel::addSample(const QDateTime& timestampUtc, double latencyMs,
                                    bool succeeded) {
    if (m_samples.size() >= m_capacity) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_samples.removeFirst();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_samples.size());
    beginInsertRows(QModelIndex(), row, row);
    m_samples.append({timestampUtc, latencyMs, succeeded});
    endInsertRows();
}

void LatencyHistoryModel::clear() {
    if (m_samples.isEmpty()) {
        return;
    }
    beginResetModel();
    m_samples.clear();
    endResetModel();
}

double LatencyHistoryModel::maximumLatencyMs() const {
    double maximum = 0.0;
    for (const Sample& sample : m_samples) {
        if (sample.succeeded) {
            maximum = std::max(maximum, sample.latencyMs);
        }
    }
    return maximum;
}

int LatencyHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_samples.size());
}

int LatencyHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LatencyHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Sample& sample = m_samples.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TimeColumn:
                    return static_cast<double>(sample.timestampUtc.toMSecsSinceEpoch());
                case LatencyColumn:
                    return sample.latencyMs;
                case SucceededColumn:
                    return sample.succeeded;
                default:
                    return {};
            }
        case Qt::ToolTipRole:
            return sample.succeeded ? tr("%1: %2 ms")
                                          .arg(QLocale().toString(sample.timestampUtc.toLocalTime(),
                                                                  QLocale::ShortFormat),
                                               QLocale().toString(sample.latencyMs, 'f', 1))
                                    : tr("%1: no answer")
                                          .arg(QLocale().toString(sample.timestampUtc.toLocalTime(),
                                                                  QLocale::ShortFormat));
        case TimestampRole:
            return sample.timestampUtc;
        case LatencyMsRole:
            return sample.latencyMs;
        case SucceededRole:
            return sample.succeeded;
        default:
            return {};
    }
}

QVariant LatencyHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case TimeColumn:
            return tr("Time");
        case LatencyColumn:
            return tr("Latency (ms)");
        case SucceededColumn:
            return tr("Answered");
        default:
            return {};
    }
}

}  // namespace recops::console
