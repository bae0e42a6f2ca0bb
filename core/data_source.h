// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/api_error.h"

#include <QDateTime>
#include <QObject>

namespace recops::console {

/// Where the data of one source stands.
enum class DataState {
    Empty,        ///< nothing to show, and nothing is being fetched (paused, not connected)
    Loading,      ///< no data yet, the first answer is awaited
    Fresh,        ///< the last fetch succeeded
    Stale,        ///< the last fetch failed: the last good data is kept and marked stale
    Failed,       ///< the last fetch failed and there is no earlier data
    Unsupported,  ///< the server has no such resource (404, 501): an older recopsd
};

/**
 * What every page shows data through: the last good value of something fetched from
 * recopsd, when it was fetched, and whether it is still current.
 *
 * A source keeps its last good data when a fetch fails and turns Stale, so pages never
 * blank out while the server is unreachable; the window's staleness badge, --screenshot's
 * settling and F5 work from this interface alone. ResourcePoller (one API resource on an
 * interval) and HealthDataSource (the health check) are the implementations; a page
 * watches its sources with PageWidget::watch().
 */
class DataSource : public QObject {
    Q_OBJECT

public:
    explicit DataSource(QObject* parent = nullptr);

    DataState state() const { return m_state; }
    bool hasData() const { return m_hasData; }
    bool isStale() const { return m_state == DataState::Stale; }
    /// Nothing is being waited for: what the source shows is final for now.
    bool isSettled() const { return m_state != DataState::Loading; }
    /// When the data shown was fetched (invalid before the first success).
    QDateTime lastSuccessUtc() const { return m_lastSuccessUtc; }
    /// When the last fetch ended, successful or not.
    QDateTime lastAttemptUtc() const { return m_lastAttemptUtc; }
    /// Why the last fetch failed (Kind::None after a success).
    ApiError lastError() const { return m_lastError; }

    /// What the data is, for people: "Server health", "Alert queue".
    QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }

    /// Fetches now rather than at the next interval.
    virtual void refresh() = 0;

Q_SIGNALS:
    /// The state, the error or one of the times changed.
    void statusChanged(recops::console::DataState state);
    /// A new value arrived, or the value was dropped (the profile changed).
    void dataChanged();
    /// The source became settled (see isSettled()).
    void settled();

protected:
    /// A fetch begins: Loading when there is nothing to show yet, otherwise unchanged.
    void beginLoading();
    /// A fetch brought a new value at @p atUtc.
    void succeed(const QDateTime& atUtc);
    /// A fetch failed at @p atUtc: Stale with data, Failed without, Unsupported on 404/501.
    void fail(const ApiError& error, const QDateTime& atUtc);
    /// Drops the value (another server, or the source was stopped): state @p state.
    void reset(DataState state);

private:
    void setState(DataState state);

    DataState m_state = DataState::Empty;
    bool m_hasData = false;
    QDateTime m_lastSuccessUtc;
    QDateTime m_lastAttemptUtc;
    ApiError m_lastError;
    QString m_title;
};

}  // namespace recops::console
