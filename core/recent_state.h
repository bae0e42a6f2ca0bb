// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/console_page.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace recops::console {

/**
 * What the console remembers about how it was left (window geometry, last page, last
 * profile): UI state, kept apart from the preferences a user sets on purpose, like
 * Wireshark's "recent" file. Losing it costs nothing but a window position. It never
 * holds a secret.
 */
class RecentState {
public:
    /// AppDataLocation/recent.ini.
    static QString defaultFilePath();

    explicit RecentState(const QString& filePath = defaultFilePath());

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    ConsolePage lastPage() const;
    void setLastPage(ConsolePage page);

    /// Id of the profile that was open when the console last closed.
    QString lastProfileId() const;
    void setLastProfileId(const QString& id);

    void sync() { m_settings.sync(); }
    QString filePath() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

}  // namespace recops::console
