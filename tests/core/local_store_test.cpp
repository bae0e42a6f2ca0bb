// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The local store: one file, a version per component, profiles-only files from earlier
// consoles brought forward, files from newer consoles refused untouched, and the chart and
// alert histories with their retention.
#include "core/local_store.h"

#include "core/alert_history_store.h"
#include "core/chart_history_store.h"
#include "core/local_database.h"
#include "core/profile_store.h"
#include "support/raw_sqlite.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

using recops::console::testing::executeRawSql;

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Exactly what a console before the shared store wrote: user_version 1, the profiles table.
QStringList legacyProfilesFile() {
    return {ProfileStore::schema().steps.at(0).at(0),
            QStringLiteral("INSERT INTO profiles VALUES ('p-1', 'staging', 'http://127.0.0.1:1', "
                           "'staging', '', 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
            QStringLiteral("PRAGMA user_version = 1")};
}

ConnectionProfile makeProfile(const QString& name) {
    ConnectionProfile profile;
    profile.name = name;
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:8470"));
    return profile;
}

}  // namespace

class LocalStoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_directory.emplace();
        QVERIFY(m_directory->isValid());
        m_path = m_directory->filePath(QStringLiteral("console.sqlite"));
    }

    void createsEveryComponentAtItsVersion() {
        LocalDatabase database;
        QVERIFY2(database.open(m_path), qPrintable(database.errorString()));
        for (const LocalSchema& schema : LocalSchemas::all()) {
            QVERIFY(schema.version() >= 1);
            QCOMPARE(database.componentVersion(schema.component), schema.version());
        }
        QCOMPARE(database.componentVersion(QStringLiteral("no-such-component")), 0);
        QSqlQuery query(database.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), LocalDatabase::kFileFormatVersion);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(QFile::permissions(m_path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void bringsAProfilesOnlyFileForwardAndKeepsItsProfiles() {
        executeRawSql(m_path, legacyProfilesFile());
        LocalStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(store.database()->componentVersion(QStringLiteral("profiles")), 1);
        QCOMPARE(store.database()->componentVersion(QStringLiteral("chart_history")),
                 ChartHistoryStore::schema().version());
        const auto profile = store.profiles()->findById(QStringLiteral("p-1"));
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("staging"));
        QVERIFY(store.chartHistory()->append(QStringLiteral("p-1"), QStringLiteral("s"),
                                             SeriesSample{1'000, 2.0}));
    }

    void aFeatureAddsItsTablesThroughItsOwnComponent() {
        {
            LocalDatabase database;
            QVERIFY(database.open(m_path));
        }
        // What a feature built later does: one more LocalSchema, migrated on the next open.
        QList<LocalSchema> schemas = LocalSchemas::all();
        schemas.append(
            {QStringLiteral("journal_test"),
             {{QStringLiteral("CREATE TABLE journal_test (id INTEGER PRIMARY KEY, "
                              "at_ms INTEGER NOT NULL) STRICT")},
              {QStringLiteral("ALTER TABLE journal_test ADD COLUMN note TEXT"),
               QStringLiteral("CREATE INDEX journal_test_at ON journal_test (at_ms)")}}});
        LocalDatabase database;
        QVERIFY2(database.open(m_path, schemas), qPrintable(database.errorString()));
        QCOMPARE(database.componentVersion(QStringLiteral("journal_test")), 2);
        QSqlQuery query(database.database());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO journal_test (at_ms, note) VALUES (1, 'x')")));
        database.close();

        // An older console that does not know the component leaves it alone.
        LocalDatabase older;
        QVERIFY(older.open(m_path));
        QCOMPARE(older.componentVersion(QStringLiteral("journal_test")), 2);
    }

    void aFailingStepChangesNothing() {
        QList<LocalSchema> schemas = LocalSchemas::all();
        schemas.append({QStringLiteral("broken"),
                        {{QStringLiteral("CREATE TABLE broken_a (x INTEGER) STRICT"),
                          QStringLiteral("CREATE TABLE broken_a (x INTEGER) STRICT")}}});
        LocalDatabase database;
        QVERIFY(!database.open(m_path, schemas));
        QVERIFY(database.errorString().contains(QStringLiteral("broken")));
        QVERIFY(!database.isOpen());
        LocalDatabase again;
        QVERIFY(again.open(m_path));
        QCOMPARE(again.componentVersion(QStringLiteral("broken")), 0);
        QSqlQuery query(again.database());
        QVERIFY(!query.exec(QStringLiteral("SELECT * FROM broken_a")));  // rolled back
    }

    void refusesAComponentFromANewerConsoleAndLeavesTheFileAlone() {
        {
            LocalDatabase database;
            QVERIFY(database.open(m_path));
        }
        executeRawSql(m_path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                               QStringLiteral("UPDATE schema_versions SET version = 99 WHERE "
                                              "component = 'chart_history'")});
        const QByteArray before = contentsOf(m_path);
        LocalDatabase database;
        QVERIFY(!database.open(m_path));
        QVERIFY(database.errorString().contains(QStringLiteral("newer recops-console")));
        QVERIFY(database.errorString().contains(QStringLiteral("chart_history at version 99")));
        QCOMPARE(contentsOf(m_path), before);
    }

    void movesTheLegacyFileToTheSharedOne() {
        const QString data = m_directory->filePath(QStringLiteral("xdg"));
        qputenv("XDG_DATA_HOME", data.toUtf8());
        QCOMPARE(QFileInfo(LocalDatabase::defaultFilePath()).fileName(),
                 QStringLiteral("console.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(LocalDatabase::legacyFilePath()).absolutePath()));
        executeRawSql(LocalDatabase::legacyFilePath(), legacyProfilesFile());
        {
            LocalStore store;
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            QVERIFY(store.profiles()->findById(QStringLiteral("p-1")));
            QCOMPARE(store.database()->filePath(), LocalDatabase::defaultFilePath());
        }
        QVERIFY(!QFileInfo::exists(LocalDatabase::legacyFilePath()));
        QVERIFY(QFileInfo::exists(LocalDatabase::defaultFilePath()));
        qunsetenv("XDG_DATA_HOME");
    }

    void keepsChartHistoryPerProfileAndSeriesWithinTheRetention() {
        LocalStore store;
        QVERIFY(store.open(m_path));
        ChartHistoryStore* history = store.chartHistory();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString series = QStringLiteral("health.round_trip_ms");
        QVERIFY(history->append(QStringLiteral("a"), series,
                                QList<SeriesSample>{{now - 3 * kDayMs, 5.0},
                                                    {now - 2'000, 1.5},
                                                    {now - 1'000, std::nullopt},
                                                    {now, 2.5}}));
        QVERIFY(history->append(QStringLiteral("b"), series, SeriesSample{now, 99.0}));
        QVERIFY(
            history->append(QStringLiteral("a"), QStringLiteral("other"), SeriesSample{now, 7}));

        const QList<SeriesSample> recent =
            history->range(QStringLiteral("a"), series, now - 60'000, now);
        QCOMPARE(recent, (QList<SeriesSample>{
                             {now - 2'000, 1.5}, {now - 1'000, std::nullopt}, {now, 2.5}}));
        // A limit keeps the newest, still oldest first.
        QCOMPARE(history->range(QStringLiteral("a"), series, 0, now, 2),
                 (QList<SeriesSample>{{now - 1'000, std::nullopt}, {now, 2.5}}));
        QCOMPARE(history->range(QStringLiteral("a"), series, 0, now).size(), 4);
        QCOMPARE(history->series(QStringLiteral("a")),
                 (QStringList{QStringLiteral("health.round_trip_ms"), QStringLiteral("other")}));

        store.setHistoryRetentionDays(1);  // prunes at once
        QCOMPARE(history->range(QStringLiteral("a"), series, 0, now).size(), 3);
        QCOMPARE(history->prune(now), 0);
        QCOMPARE(history->prune(now + 2 * kDayMs), 5);  // all five left are older than a day then
    }

    void removingAProfileRemovesItsHistory() {
        LocalStore store;
        QVERIFY(store.open(m_path));
        ConnectionProfile profile = makeProfile(QStringLiteral("gone"));
        QVERIFY(store.profiles()->save(profile));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(
            store.chartHistory()->append(profile.id, QStringLiteral("s"), SeriesSample{now, 1}));
        QVERIFY(store.alertHistory()->recordSnapshot(
            profile.id, {{QStringLiteral("a-1"), QStringLiteral("firing"), 0, 0, {}}}, now));
        QVERIFY(store.profiles()->remove(profile.id));
        QVERIFY(store.chartHistory()->series(profile.id).isEmpty());
        QVERIFY(store.alertHistory()->entries(profile.id).isEmpty());
    }

    void keepsEveryAlertSeenWithItsFirstSightingAndLatestRecord() {
        LocalStore store;
        QVERIFY(store.open(m_path));
        AlertHistoryStore* alerts = store.alertHistory();
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60'000;
        const QJsonObject firing{{QStringLiteral("id"), QStringLiteral("a-1")},
                                 {QStringLiteral("rule"), QStringLiteral("HighLatency")},
                                 {QStringLiteral("labels"), QJsonObject{{QStringLiteral("severity"),
                                                                         QStringLiteral("page")}}}};
        QVERIFY(
            alerts->recordSnapshot(QStringLiteral("p"),
                                   {{QStringLiteral("a-1"), QStringLiteral("firing"), 0, 0, firing},
                                    {QStringLiteral("a-2"), QStringLiteral("pending"), 0, 0, {}}},
                                   t0));
        QJsonObject acknowledged = firing;
        acknowledged.insert(QStringLiteral("state"), QStringLiteral("acknowledged"));
        QVERIFY(alerts->recordSnapshot(
            QStringLiteral("p"),
            {{QStringLiteral("a-1"), QStringLiteral("acknowledged"), 0, 0, acknowledged}},
            t0 + 30'000));

        const QList<AlertHistoryEntry> entries = alerts->entries(QStringLiteral("p"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).alertKey, QStringLiteral("a-1"));  // most recently seen first
        QCOMPARE(entries.at(0).state, QStringLiteral("acknowledged"));
        QCOMPARE(entries.at(0).firstSeenMs, t0);
        QCOMPARE(entries.at(0).lastSeenMs, t0 + 30'000);
        QCOMPARE(entries.at(0).record, acknowledged);
        QCOMPARE(entries.at(1).alertKey, QStringLiteral("a-2"));
        QCOMPARE(entries.at(1).lastSeenMs, t0);
        QCOMPARE(alerts->entries(QStringLiteral("p"), t0 + 1).size(), 1);
        QVERIFY(alerts->entries(QStringLiteral("other")).isEmpty());

        QCOMPARE(alerts->prune(t0 + AlertHistoryStore::kDefaultRetentionDays * kDayMs + 1), 1);
        QCOMPARE(alerts->entries(QStringLiteral("p")).size(), 1);
    }

private:
    std::optional<QTemporaryDir> m_directory;
    QString m_path;
};

QTEST_GUILESS_MAIN(LocalStoreTest)
#include "local_store_test.moc"
