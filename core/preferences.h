// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QList>
#include <QSettings>
#include <QString>

namespace recops::console {

/// One numeric preference, declared once: its key, default, bounds and meaning.
struct IntPreference {
    const char* key;
    int defaultValue;
    int minimum;
    int maximum;
    const char* description;
};

/// One text preference, declared once: its key, default and meaning.
struct StringPreference {
    const char* key;
    /// Empty when the default is worked out at run time (the description says how).
    const char* defaultValue;
    const char* description;
};

/**
 * The console's preferences: the values a user sets on purpose (AppConfigLocation/
 * preferences.ini), declared below as data so that reading, validating and documenting
 * them happen in one place. Out-of-range or unreadable values fall back to the default.
 * UI state lives elsewhere (RecentState); secrets never appear here.
 */
class Preferences {
public:
    static constexpr IntPreference kHealthPollIntervalMs{
        "health/poll_interval_ms", 2'000, 250, 60'000,
        "How often recopsd's /healthz is polled while the server answers."};
    static constexpr IntPreference kHealthProbeTimeoutMs{
        "health/probe_timeout_ms", 2'000, 250, 30'000,
        "How long one health check may take before the server counts as unreachable."};
    static constexpr IntPreference kRetryMaximumDelayMs{
        "health/retry_maximum_delay_ms", 30'000, 1'000, 600'000,
        "Longest wait between attempts to reach a server that stopped answering."};
    static constexpr IntPreference kRequestTimeoutMs{"api/request_timeout_ms", 10'000, 1'000,
                                                     300'000, "Deadline of an ordinary API call."};
    static constexpr IntPreference kHistoryRetentionDays{
        "history/retention_days", 30, 1, 3'650,
        "How many days of chart and alert history the local store keeps."};

    static constexpr StringPreference kRunbookUserFolder{
        "runbooks/user_folder", "",
        "The folder of the user's own runbooks (*.json files); empty for "
        "AppDataLocation/runbooks."};

    static QList<IntPreference> all();
    static QList<StringPreference> allText();
    /// AppConfigLocation/preferences.ini.
    static QString defaultFilePath();

    explicit Preferences(const QString& filePath = defaultFilePath());

    int value(const IntPreference& preference) const;
    /// Stores @p value clamped into the preference's bounds.
    void setValue(const IntPreference& preference, int value);
    /// The stored text without surrounding spaces; the default when none is stored.
    QString value(const StringPreference& preference) const;
    void setValue(const StringPreference& preference, const QString& value);

    QString filePath() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

}  // namespace recops::console
