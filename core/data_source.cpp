// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/data_source.h"

namespace recops::console {

DataSource::DataSource(QObject* parent) : QObject(parent) {}

void DataSource::setState(DataState state) {
    const bool wasSettled = isSettled();
    m_state = state;
    Q_EMIT statusChanged(m_state);
    if (!wasSettled && isSettled()) {
        Q_EMIT settled();
    }
}

void DataSource::beginLoading() {
    if (!m_hasData && m_state != DataState::Loading) {
        setState(DataState::Loading);
    }
}

void DataSource::succeed(const QDateTime& atUtc) {
    m_hasData = true;
    m_lastSuccessUtc = atUtc;
    m_lastAttemptUtc = atUtc;
    m_lastError = ApiError();
    Q_EMIT dataChanged();
    setState(DataState::Fresh);
}

void DataSource::fail(const ApiError& error, const QDateTime& atUtc) {
    m_lastAttemptUtc = atUtc;
    m_lastError = error;
    const int status = error.kind() == ApiError::Kind::Http ? error.httpStatus() : 0;
    if (status == 404 || status == 405 || status == 501) {
        // Not a failure of the server but a resource it does not have: nothing to keep.
        if (m_hasData) {
            m_hasData = false;
            Q_EMIT dataChanged();
        }
        setState(DataState::Unsupported);
        return;
    }
    setState(m_hasData ? DataState::Stale : DataState::Failed);
}

void DataSource::reset(DataState state) {
    const bool hadData = m_hasData;
    m_hasData = false;
    m_lastSuccessUtc = QDateTime();
    m_lastAttemptUtc = QDateTime();
    m_lastError = ApiError();
    if (hadData) {
        Q_EMIT dataChanged();
    }
    setState(state);
}

}  // namespace recops::console
