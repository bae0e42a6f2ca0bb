// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/recent_state.h"

#include <QStandardPaths>

namespace recops::console {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLastPageKey = QStringLiteral("window/last_page");
const QString kLastProfileKey = QStringLiteral("connection/last_profile_id");
}  // namespace

QString RecentState::defaultFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recent.ini");
}

RecentState::RecentState(const QString& filePath) : m_settings(filePath, QSettings::IniFormat) {}

QByteArray RecentState::windowGeometry() const {
    return m_settings.value(kGeometryKey).toByteArray();
}

void RecentState::setWindowGeometry(const QByteArray& geometry) {
    m_settings.setValue(kGeometryKey, geometry);
}

QByteArray RecentState::windowState() const {
    return m_settings.value(kStateKey).toByteArray();
}

void RecentState::setWindowState(const QByteArray& state) {
    m_settings.setValue(kStateKey, state);
}

ConsolePage RecentState::lastPage() const {
    return ConsolePages::fromKey(m_settings.value(kLastPageKey).toString())
        .value_or(ConsolePage::Dashboard);
}

void RecentState::setLastPage(ConsolePage page) {
    m_settings.setValue(kLastPageKey, ConsolePages::key(page));
}

QString RecentState::lastProfileId() const {
    return m_settings.value(kLastProfileKey).toString();
}

void RecentState::setLastProfileId(const QString& id) {
    m_settings.setValue(kLastProfileKey, id);
}

}  // namespace recops::console
