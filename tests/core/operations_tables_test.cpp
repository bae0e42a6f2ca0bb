// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Backups and Incidents pages' core against answers a real recopsd gave
// (tests/core/data/operations: a small generated dataset, a backup taken from the command
// line and verified, a second one taken over the API, a restore prepared; three incidents,
// one mitigated with a note, one resolved): the readers, the recovery point's three colours,
// and the backup, incident and timeline tables under QAbstractItemModelTester behind the
// console's filter proxy.
#include "core/backup.h"
#include "core/backup_table_model.h"
#include "core/incident.h"
#include "core/incident_table_model.h"
#include "core/incident_timeline_table_model.h"
#include "core/label_filter_proxy_model.h"
#include "core/recovery_point_status.h"
#include "tests/core/support/recorded_answer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace recops::console;

namespace {

using recops::testing::column;

QJsonDocument fixture(const char* name) {
    return recops::testing::recordedAnswer(RECOPS_OPERATIONS_TEST_DATA, name);
}

template <typename T>
T read(const char* name) {
    return recops::testing::readRecorded<T>(RECOPS_OPERATIONS_TEST_DATA, name);
}

}  // namespace

class OperationsTablesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void readsTheBackupsAndTheirRecoveryPoint() {
        const BackupList list = read<BackupList>("backups.json");
        QCOMPARE(list.backups.size(), 2);
        QCOMPARE(list.rpoSeconds, 86'400);
        QVERIFY(list.rpoMet);
        QVERIFY(list.lastSuccessAgeSeconds.has_value());
        QCOMPARE(list.scheduleIntervalSeconds, 21'600);
        QVERIFY(list.nextScheduledAtUtc.isValid());
        const Backup& newest = list.backups.at(0);
        QCOMPARE(newest.label, QStringLiteral("before the upgrade"));
        QCOMPARE(newest.requestedBy, QStringLiteral("alice"));
        QVERIFY(newest.isSucceeded());
        QVERIFY(!newest.verification);
        const Backup& first = list.backups.at(1);
        QCOMPARE(first.trigger, QStringLiteral("command_line"));
        QVERIFY(first.verification);
        QCOMPARE(first.verification->status, QStringLiteral("passed"));
        QVERIFY(first.verification->checkedAtUtc.isValid());
        QVERIFY(!first.restore);
        QVERIFY(first.sizeBytes.value_or(0) > 0);
        QVERIFY(!first.hasWorkInFlight());
    }

    void refusesABackupListThatIsNotTheContracts() {
        QJsonObject body = fixture("backups.json").object();
        body.remove(QStringLiteral("rpo_seconds"));
        QString error;
        QVERIFY(!BackupList::fromJson(QJsonDocument(body), &error));
        QVERIFY2(error.contains(u"rpo_seconds"), qPrintable(error));
    }

    void readsARestorePreview() {
        const RestorePreview preview = read<RestorePreview>("restore-preview.json");
        QVERIFY(preview.confirmation.startsWith(u"rst_"));
        QCOMPARE(preview.backupId, read<BackupList>("backups.json").backups.at(1).id);
        QVERIFY(preview.detail.contains(preview.backupId));
        QVERIFY(preview.expiresAtUtc.isValid());
    }

    void theRecoveryPointIsGreenAmberThenRed() {
        const qint64 rpo = 24 * 3600;
        QCOMPARE(RecoveryPointStatus(3600.0, rpo).level(), RecoveryPointStatus::Level::Met);
        // Amber from 75 % of the RPO (18 h of 24 h), red past it.
        QCOMPARE(RecoveryPointStatus(18 * 3600.0 - 1, rpo).level(),
                 RecoveryPointStatus::Level::Met);
        QCOMPARE(RecoveryPointStatus(18 * 3600.0, rpo).level(),
                 RecoveryPointStatus::Level::Nearing);
        QCOMPARE(RecoveryPointStatus(24 * 3600.0, rpo).level(),
                 RecoveryPointStatus::Level::Nearing);
        QCOMPARE(RecoveryPointStatus(24 * 3600.0 + 1, rpo).level(),
                 RecoveryPointStatus::Level::Missed);
        QCOMPARE(RecoveryPointStatus(std::nullopt, rpo).level(),
                 RecoveryPointStatus::Level::Missed);
        QCOMPARE(RecoveryPointStatus().level(), RecoveryPointStatus::Level::Unknown);
        QCOMPARE(RecoveryPointStatus(3 * 3600.0 + 600, rpo).text(),
                 QStringLiteral("Last successful backup 3 h 10 min ago, within the 24 h RPO."));
        QCOMPARE(RecoveryPointStatus(20 * 3600.0, rpo).text(),
                 QStringLiteral("Last successful backup 20 h ago: 83 % of the 24 h RPO. Take or "
                                "check a backup soon."));
        QCOMPARE(RecoveryPointStatus(std::nullopt, rpo).text(),
                 QStringLiteral("No successful backup: the 24 h RPO is not met."));
        QCOMPARE(RecoveryPointStatus::duration(3 * 86'400 + 7200), QStringLiteral("3 d 2 h"));
    }

    void theBackupTableFollowsTheList() {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        LabelFilterProxyModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setSortRole(BackupTableModel::SortRole);
        filter.setColumnLabel(BackupTableModel::TriggerColumn, QStringLiteral("trigger"));
        BackupList list = read<BackupList>("backups.json");
        model.setRecords(list.backups);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), static_cast<int>(BackupTableModel::ColumnCount));
        QCOMPARE(column(model, BackupTableModel::StatusColumn),
                 QStringList({QStringLiteral("succeeded"), QStringLiteral("succeeded")}));
        QCOMPARE(model.index(0, BackupTableModel::VerifiedColumn).data().toString(),
                 QStringLiteral("not verified"));
        QVERIFY(model.index(1, BackupTableModel::VerifiedColumn)
                    .data()
                    .toString()
                    .startsWith(u"passed "));
        QVERIFY(model.index(1, 0).data(BackupTableModel::VerifiedRole).toBool());
        QCOMPARE(model.index(1, BackupTableModel::TriggerColumn).data().toString(),
                 QStringLiteral("command line"));
        QCOMPARE(model.index(0, BackupTableModel::IdColumn).data(BackupTableModel::IdRole),
                 QVariant(list.backups.at(0).id));

        // Sorting by time puts the oldest first; filtering by label keeps the one taken over
        // the API.
        filter.sort(BackupTableModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, BackupTableModel::IdColumn).data().toString(),
                 list.backups.at(1).id);
        filter.setQuery(QStringLiteral("upgrade"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setQuery(QStringLiteral("trigger=command*"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, BackupTableModel::IdColumn).data().toString(),
                 list.backups.at(1).id);

        // A poll in which the second one failed verification changes that row only.
        filter.setQuery(QString());
        list.backups[0].verification =
            BackupVerification{QStringLiteral("failed"),
                               QDateTime::currentDateTimeUtc(),
                               {QStringLiteral("database.sqlite.zst: checksum mismatch")},
                               {}};
        model.setRecords(list.backups);
        QCOMPARE(model.index(0, BackupTableModel::VerifiedColumn).data().toString(),
                 QStringLiteral("failed: 1 problem(s)"));
        QCOMPARE(model.index(0, BackupTableModel::VerifiedColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("database.sqlite.zst: checksum mismatch"));
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
    }

    void readsTheIncidentsAndATimeline() {
        const IncidentList list = read<IncidentList>("incidents.json");
        QCOMPARE(list.incidents.size(), 3);
        QCOMPARE(list.incidents.at(0).id, 3);
        QCOMPARE(list.incidents.at(0).severity, QStringLiteral("critical"));
        QCOMPARE(list.incidents.at(1).status, QStringLiteral("resolved"));
        QVERIFY(list.incidents.at(1).resolvedAtUtc.isValid());
        QCOMPARE(list.incidents.at(2).createdBy, QStringLiteral("alice"));

        const IncidentDetails details = read<IncidentDetails>("incident.json");
        QCOMPARE(details.incident.id, 1);
        QCOMPARE(details.incident.status, QStringLiteral("mitigated"));
        QCOMPARE(details.incident.commander, QStringLiteral("alice"));
        QCOMPARE(details.timeline.size(), 3);
        QCOMPARE(details.timeline.at(0).kind, QStringLiteral("status"));
        QCOMPARE(details.timeline.at(1).kind, QStringLiteral("note"));
        QCOMPARE(details.timeline.at(1).dataText(), QString());
        QCOMPARE(details.timeline.at(2).dataText(),
                 QStringLiteral("{\"from\":\"open\",\"to\":\"mitigated\"}"));

        QJsonObject broken = fixture("incident.json").object();
        broken.insert(QStringLiteral("timeline"), QStringLiteral("none"));
        QString error;
        QVERIFY(!IncidentDetails::fromJson(QJsonDocument(broken), &error));
        QVERIFY2(error.contains(u"timeline"), qPrintable(error));
    }

    void theIncidentTablesFollowTheServer() {
        IncidentTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        LabelFilterProxyModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setSortRole(IncidentTableModel::SortRole);
        filter.setColumnLabel(IncidentTableModel::SeverityColumn, QStringLiteral("severity"));
        filter.setColumnLabel(IncidentTableModel::StatusColumn, QStringLiteral("status"));
        model.setRecords(read<IncidentList>("incidents.json").incidents);
        QCOMPARE(column(model, IncidentTableModel::IdColumn),
                 QStringList({QStringLiteral("#3"), QStringLiteral("#2"), QStringLiteral("#1")}));
        QCOMPARE(model.rowOfIncident(1), 2);
        QVERIFY(model.index(1, 0).data(IncidentTableModel::ResolvedRole).toBool());
        QVERIFY(!model.index(1, IncidentTableModel::ResolvedColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, IncidentTableModel::ResolvedColumn).data().toString().isEmpty());
        // Severity sorts by rank, not by name.
        filter.sort(IncidentTableModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(column(filter, IncidentTableModel::SeverityColumn),
                 QStringList({QStringLiteral("critical"), QStringLiteral("high"),
                              QStringLiteral("medium")}));
        filter.setQuery(QStringLiteral("status=mitigated"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, IncidentTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Recommendations slow in eu-west"));
        filter.setQuery(QStringLiteral("ingestion"));
        QCOMPARE(filter.rowCount(), 1);

        IncidentTimelineTableModel timeline;
        QAbstractItemModelTester timelineTester(
            &timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IncidentDetails details = read<IncidentDetails>("incident.json");
        timeline.setRecords(details.timeline);
        QCOMPARE(column(timeline, IncidentTimelineTableModel::KindColumn),
                 QStringList(
                     {QStringLiteral("status"), QStringLiteral("note"), QStringLiteral("status")}));
        QCOMPARE(timeline.index(1, IncidentTimelineTableModel::TextColumn).data().toString(),
                 QStringLiteral("Cache hit rate down to 40 %; warming the cache"));
        QCOMPARE(timeline.index(1, 0).data(IncidentTimelineTableModel::EntryIdRole),
                 QVariant(QStringLiteral("n1")));
        // A new entry is a new row; the ones before keep theirs.
        IncidentTimelineRecord note;
        note.entryId = QStringLiteral("note-2");
        note.timeUtc = details.timeline.constLast().timeUtc.addSecs(60);
        note.author = QStringLiteral("alice");
        note.kind = QStringLiteral("note");
        note.text = QStringLiteral("cache warm again");
        details.timeline.append(note);
        timeline.setRecords(details.timeline);
        QCOMPARE(timeline.rowCount(), 4);
        QCOMPARE(timeline.rowOfKey(QStringLiteral("note-2")), 3);
    }
};

QTEST_MAIN(OperationsTablesTest)
#include "operations_tables_test.moc"
