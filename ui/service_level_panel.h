// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/chart_range.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace recops::console {

class ServerConnection;
class ServiceLevelHistory;
class SloChartView;
class SloTableModel;

/**
 * The dashboard's service levels: one card per SLO, the one with the least error budget
 * left first, with its burn rates; and charts over a chosen range (15 min to 30 days) of
 * request rate, latency P50/P95/P99 against the P95 objective, 5xx error rate,
 * availability and its error budget burning down, cache hit rate and data drift, with the
 * spans that broke an objective shaded. It refreshes on an interval until paused.
 */
class ServiceLevelPanel : public QWidget {
    Q_OBJECT

public:
    /// The cache hit rate the runbooks hold the service to (recopsd has no SLO for it).
    static constexpr double kCacheHitObjectivePercent = 85.0;

    explicit ServiceLevelPanel(ServerConnection* connection, QWidget* parent = nullptr);

    ServiceLevelHistory* history() const { return m_history; }
    SloTableModel* sloModel() const { return m_sloModel; }
    /// The SLOs in card order (least budget left first).
    QSortFilterProxyModel* sortedSlos() const { return m_sortedSlos; }
    QComboBox* rangeBox() const { return m_rangeBox; }
    QPushButton* pauseButton() const { return m_pauseButton; }
    /// The chart of @p key: "request_rate", "latency", "error_rate", "availability",
    /// "budget", "cache_hit_rate", "drift".
    SloChartView* chart(const QString& key) const { return m_charts.value(key); }
    QList<SloChartView*> charts() const;
    /// The cards' texts, in order, for tests and accessibility.
    QStringList cardTexts() const;

    void setRange(ChartRange range);
    void setPaused(bool paused);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    SloChartView* addChart(const QString& key, SloChartView* chart, int row, int column);
    void showSlo();
    void showSeries(const QString& series);
    void showLatency();
    void showErrorRate();
    void showAvailability();
    void showCacheHitRate();
    void showDrift();
    void showCards();
    void followState();

    QPointer<ServerConnection> m_connection;
    ServiceLevelHistory* m_history;
    SloTableModel* m_sloModel;
    QSortFilterProxyModel* m_sortedSlos;
    QComboBox* m_rangeBox;
    QPushButton* m_pauseButton;
    QLabel* m_refreshNote;
    QHBoxLayout* m_cards;
    QGridLayout* m_grid;
    QHash<QString, SloChartView*> m_charts;
};

}  // namespace recops::console
