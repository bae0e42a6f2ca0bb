// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace recops::console {

class DataSource;

/**
 * "stale — last update 14:02:11, 2 min ago": shown above the current page while any of
 * its data sources is stale, with the reason in its tooltip and accessible description.
 * It counts the minutes on by itself and hides once the data is fresh again.
 */
class StalenessBadge : public QWidget {
    Q_OBJECT

public:
    explicit StalenessBadge(QWidget* parent = nullptr);

    /// Follows @p sources (the current page's), replacing the earlier ones.
    void setSources(const QList<DataSource*>& sources);
    QString text() const;
    /// Why the data is stale (the last error), as in the tooltip.
    QString reason() const;

private:
    void refreshText();

    QList<QPointer<DataSource>> m_sources;
    QList<QMetaObject::Connection> m_connections;
    QLabel* m_label;
    QTimer* m_ticker;
};

}  // namespace recops::console
