// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/preferences.h"

#include <algorithm>

#include <QStandardPaths>

namespace recops::console {

QList<IntPreference> Preferences::all() {
    return {kHealthPollIntervalMs, kHealthProbeTimeoutMs, kRetryMaximumDelayMs, kRequestTimeoutMs,
            kHistoryRetentionDays};
}

QList<StringPreference> Preferences::allText() {
    return {kRunbookUserFolder};
}

QString Preferences::defaultFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/preferences.ini");
}

Preferences::Preferences(const QString& filePath) : m_settings(filePath, QSettings::IniFormat) {}

int Preferences::value(const IntPreference& preference) const {
    bool ok = false;
    const int stored =
        m_settings.value(QLatin1StringView(preference.key), preference.defaultValue).toInt(&ok);
    if (!ok || stored < preference.minimum || stored > preference.maximum) {
        return preference.defaultValue;
    }
    return stored;
}

void Preferences::setValue(const IntPreference& preference, int value) {
    m_settings.setValue(QLatin1StringView(preference.key),
                        std::clamp(value, preference.minimum, preference.maximum));
}

QString Preferences::value(const StringPreference& preference) const {
    const QString stored = m_settings.value(QLatin1StringView(preference.key)).toString().trimmed();
    return stored.isEmpty() ? QString::fromUtf8(preference.defaultValue) : stored;
}

void Preferences::setValue(const StringPreference& preference, const QString& value) {
    m_settings.setValue(QLatin1StringView(preference.key), value.trimmed());
}

}  // namespace recops::console
