// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Preferences (declared as data, validated) and RecentState (UI state) live in separate
// files and do not leak into each other.
#include "core/preferences.h"
#include "core/recent_state.h"
#include "core/runbook_library.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;

class SettingsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void preferencesFallBackToTheirDeclaredDefaults() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("preferences.ini"));
        Preferences preferences(path);
        for (const IntPreference& preference : Preferences::all()) {
            QCOMPARE(preferences.value(preference), preference.defaultValue);
            QVERIFY(preference.minimum <= preference.defaultValue);
            QVERIFY(preference.defaultValue <= preference.maximum);
            QVERIFY(QByteArray(preference.description).size() > 10);
        }
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QLatin1StringView(Preferences::kHealthPollIntervalMs.key), 10);  // too low
            raw.setValue(QLatin1StringView(Preferences::kRequestTimeoutMs.key),
                         QStringLiteral("soon"));
        }
        Preferences reread(path);
        QCOMPARE(reread.value(Preferences::kHealthPollIntervalMs),
                 Preferences::kHealthPollIntervalMs.defaultValue);
        QCOMPARE(reread.value(Preferences::kRequestTimeoutMs),
                 Preferences::kRequestTimeoutMs.defaultValue);
        reread.setValue(Preferences::kHealthProbeTimeoutMs, 1'000'000);
        QCOMPARE(reread.value(Preferences::kHealthProbeTimeoutMs),
                 Preferences::kHealthProbeTimeoutMs.maximum);
    }

    void textPreferencesAreTrimmedAndFallBackWhenEmpty() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("preferences.ini"));
        for (const StringPreference& preference : Preferences::allText()) {
            QVERIFY(QByteArray(preference.description).size() > 10);
        }
        Preferences preferences(path);
        QCOMPARE(preferences.value(Preferences::kRunbookUserFolder), QString());
        // The user folder is worked out when the preference is empty.
        QCOMPARE(RunbookLibrary::defaultUserFolder(preferences),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     QStringLiteral("/runbooks"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QLatin1StringView(Preferences::kRunbookUserFolder.key),
                         QStringLiteral("  /srv/runbooks  "));
        }
        Preferences reread(path);
        QCOMPARE(reread.value(Preferences::kRunbookUserFolder), QStringLiteral("/srv/runbooks"));
        QCOMPARE(RunbookLibrary::defaultUserFolder(reread), QStringLiteral("/srv/runbooks"));
        reread.setValue(Preferences::kRunbookUserFolder, QStringLiteral("   "));
        QCOMPARE(reread.value(Preferences::kRunbookUserFolder), QString());
    }

    void recentStateRemembersTheWindowApartFromPreferences() {
        QTemporaryDir directory;
        const QString recentPath = directory.filePath(QStringLiteral("recent.ini"));
        const QString preferencesPath = directory.filePath(QStringLiteral("preferences.ini"));
        {
            RecentState recent(recentPath);
            QCOMPARE(recent.lastPage(), ConsolePage::Dashboard);
            recent.setLastPage(ConsolePage::Backups);
            recent.setWindowGeometry(QByteArray("geometry-bytes"));
            recent.setLastProfileId(QStringLiteral("id-7"));
            Preferences preferences(preferencesPath);
            preferences.setValue(Preferences::kRequestTimeoutMs, 4'000);
        }
        RecentState recent(recentPath);
        QCOMPARE(recent.lastPage(), ConsolePage::Backups);
        QCOMPARE(recent.windowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(recent.lastProfileId(), QStringLiteral("id-7"));

        QFile preferencesFile(preferencesPath);
        QVERIFY(preferencesFile.open(QIODevice::ReadOnly));
        const QByteArray preferencesText = preferencesFile.readAll();
        QVERIFY(preferencesText.contains("request_timeout_ms=4000"));
        QVERIFY(!preferencesText.contains("last_page"));
        QFile recentFile(recentPath);
        QVERIFY(recentFile.open(QIODevice::ReadOnly));
        QVERIFY(!recentFile.readAll().contains("timeout"));
    }
};

QTEST_GUILESS_MAIN(SettingsTest)
#include "settings_test.moc"
