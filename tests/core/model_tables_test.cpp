// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Models page's tables, each under QAbstractItemModelTester and behind the filter and
// sort proxy every table of the console uses: versions, the comparison of two versions,
// cohort metrics, manifest files, gates, stage history, training jobs, canary arms, drift.
#include "core/cohort_metrics_model.h"
#include "core/drift_feature_model.h"
#include "core/gate_result_model.h"
#include "core/label_filter_proxy_model.h"
#include "core/manifest_file_model.h"
#include "core/metric_comparison_model.h"
#include "core/model_version_details.h"
#include "core/model_version_table_model.h"
#include "core/rollout_arm_model.h"
#include "core/stage_history_model.h"
#include "core/training_job_model.h"
#include "tests/core/support/recorded_answer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace recops::console;

namespace {

using recops::testing::column;

QJsonDocument fixture(const char* name) {
    return recops::testing::recordedAnswer(RECOPS_MODEL_TEST_DATA, name);
}

template <typename T>
T read(const char* name) {
    return recops::testing::readRecorded<T>(RECOPS_MODEL_TEST_DATA, name);
}

}  // namespace

class ModelTablesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void versionsShowStageAliasesAndAColumnPerHeadlineMetric() {
        ModelVersionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions(read<ModelVersionList>("versions.json"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.metricNames(),
                 (QStringList{QStringLiteral("ndcg@10"), QStringLiteral("precision@10"),
                              QStringLiteral("recall@10"), QStringLiteral("map@10"),
                              QStringLiteral("coverage@10"), QStringLiteral("gini@10")}));
        QCOMPARE(model.columnCount(), ModelVersionTableModel::FirstMetricColumn + 6);
        QCOMPARE(column(model, ModelVersionTableModel::VersionColumn),
                 (QStringList{QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"),
                              QStringLiteral("1")}));
        QCOMPARE(column(model, ModelVersionTableModel::StageColumn),
                 (QStringList{QStringLiteral("Staging"), QStringLiteral("None"),
                              QStringLiteral("None"), QStringLiteral("Production")}));
        QCOMPARE(model.index(2, ModelVersionTableModel::AliasesColumn).data().toString(),
                 QStringLiteral("champion"));
        QCOMPARE(model.index(2, ModelVersionTableModel::FirstMetricColumn).data().toString(),
                 QStringLiteral("0.4506"));
        QCOMPARE(
            model.headerData(ModelVersionTableModel::FirstMetricColumn, Qt::Horizontal).toString(),
            QStringLiteral("ndcg@10"));

        // The serving version and the canary are told apart in roles and in words.
        model.setServingVersion(1);
        model.setCanary(2, 10.0);
        QVERIFY(model.index(3, 0).data(ModelVersionTableModel::ServingRole).toBool());
        QVERIFY(!model.index(2, 0).data(ModelVersionTableModel::ServingRole).toBool());
        QCOMPARE(model.index(2, ModelVersionTableModel::StageColumn)
                     .data(Qt::AccessibleTextRole)
                     .toString(),
                 QStringLiteral("None, canary 10.0 %"));
        QCOMPARE(model.index(3, ModelVersionTableModel::StageColumn)
                     .data(Qt::AccessibleTextRole)
                     .toString(),
                 QStringLiteral("Production, serving"));
        QCOMPARE(model.index(3, ModelVersionTableModel::StageColumn).data().toString(),
                 QStringLiteral("Production"));
        const QVariantList badges = model.index(2, ModelVersionTableModel::StageColumn)
                                        .data(ModelVersionTableModel::BadgesRole)
                                        .toList();
        QCOMPARE(badges.size(), 2);
        QCOMPARE(badges.at(1).toMap().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("canary"));
        QCOMPARE(model.index(2, ModelVersionTableModel::AliasesColumn)
                     .data(ModelVersionTableModel::BadgesRole)
                     .toList()
                     .constFirst()
                     .toMap()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("champion"));
        QCOMPARE(model.index(3, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("1, served now"));

        // A poll with the same versions keeps the rows (and a view's selection).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ModelVersionList moved = read<ModelVersionList>("versions.json");
        moved.versions[1].stage = ModelStage::Staging;
        model.setVersions(moved);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        // A new version resets.
        moved.versions.prepend(moved.versions.at(0));
        moved.versions[0].version = 5;
        model.setVersions(moved);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);
    }

    void versionsSortByValueAndFilterByLabel() {
        ModelVersionTableModel model;
        model.setVersions(read<ModelVersionList>("versions.json"));
        model.setServingVersion(1);
        LabelFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ModelVersionTableModel::SortRole);
        proxy.setLabelsRole(ModelVersionTableModel::LabelsRole);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ModelVersionTableModel::FirstMetricColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, ModelVersionTableModel::VersionColumn),
                 (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1"),
                              QStringLiteral("4")}));
        proxy.sort(ModelVersionTableModel::StageColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ModelVersionTableModel::StageColumn).data().toString(),
                 QStringLiteral("Production"));

        proxy.setQuery(QStringLiteral("stage=production"));
        QCOMPARE(column(proxy, ModelVersionTableModel::VersionColumn), QStringList{"1"});
        proxy.setQuery(QStringLiteral("algorithm=als*"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setQuery(QStringLiteral("aliases=champion"));
        QCOMPARE(column(proxy, ModelVersionTableModel::VersionColumn), QStringList{"2"});
        proxy.setQuery(QStringLiteral("serving=yes"));
        QCOMPARE(column(proxy, ModelVersionTableModel::VersionColumn), QStringList{"1"});
        proxy.setQuery(QStringLiteral("label=\"baseline popularity\""));
        QCOMPARE(column(proxy, ModelVersionTableModel::VersionColumn), QStringList{"4"});
    }

    void comparesEveryMetricOverallAndPerCohort() {
        const ModelVersionDetails production = read<ModelVersionDetails>("version-1.json");
        const ModelVersionDetails candidate = read<ModelVersionDetails>("version-2.json");
        MetricComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.compare(1, production.metrics, 2, candidate.metrics);
        // 7 numbers overall and in each of the two cohorts.
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.headerData(MetricComparisonModel::BaselineColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Version 1"));
        QCOMPARE(model.index(0, MetricComparisonModel::ScopeColumn).data().toString(),
                 QStringLiteral("overall"));
        QCOMPARE(model.index(0, MetricComparisonModel::MetricColumn).data().toString(),
                 QStringLiteral("ndcg@10"));
        QCOMPARE(model.index(0, MetricComparisonModel::DifferenceColumn).data().toString(),
                 QStringLiteral("▲ +0.0665 (+17.3 %)"));
        QCOMPARE(model.index(0, MetricComparisonModel::VerdictColumn).data().toString(),
                 QStringLiteral("better"));
        QStringList scopes = column(model, MetricComparisonModel::ScopeColumn);
        scopes.removeDuplicates();
        QCOMPARE(scopes,
                 (QStringList{QStringLiteral("overall"), QStringLiteral("established_users"),
                              QStringLiteral("new_users")}));
        // Coverage fell from 0.395 to 0.327: worse, and Gini fell too, which is better.
        const auto overallRow = [&model](const QString& metric) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, MetricComparisonModel::MetricColumn).data() == metric) {
                    return row;
                }
            }
            return -1;
        };
        const int coverage = overallRow(QStringLiteral("coverage@10"));
        const int gini = overallRow(QStringLiteral("gini@10"));
        const int users = overallRow(QStringLiteral("users"));
        QCOMPARE(model.index(coverage, 0).data(MetricComparisonModel::VerdictRole).toInt(),
                 static_cast<int>(MetricVerdict::Worse));
        QVERIFY(model.index(coverage, MetricComparisonModel::DifferenceColumn)
                    .data()
                    .toString()
                    .startsWith(u"▼ −0.0680"));
        QCOMPARE(model.index(gini, 0).data(MetricComparisonModel::VerdictRole).toInt(),
                 static_cast<int>(MetricVerdict::Better));
        QCOMPARE(model.index(users, MetricComparisonModel::VerdictColumn).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(model.count(MetricVerdict::Better) > model.count(MetricVerdict::Worse));

        // A cohort only one side has reads as missing on the other.
        ModelMetrics trimmed = production.metrics;
        trimmed.cohorts.removeLast();
        model.compare(1, trimmed, 2, candidate.metrics);
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.index(20, MetricComparisonModel::BaselineColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(model.index(20, 0).data(MetricComparisonModel::VerdictRole).toInt(),
                 static_cast<int>(MetricVerdict::NotComparable));

        LabelFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(QStringLiteral("verdict=worse scope=overall"));
        QVERIFY(proxy.rowCount() >= 1);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            QCOMPARE(proxy.index(row, MetricComparisonModel::VerdictColumn).data().toString(),
                     QStringLiteral("worse"));
        }
    }

    void showsAVersionsCohortsManifestAndGates() {
        const ModelVersionDetails details = read<ModelVersionDetails>("version-2.json");
        CohortMetricsModel cohorts;
        QAbstractItemModelTester cohortTester(
            &cohorts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cohorts.setMetrics(details.metrics);
        QCOMPARE(cohorts.columnCount(), 4);
        QCOMPARE(cohorts.headerData(2, Qt::Horizontal).toString(),
                 QStringLiteral("established_users"));
        QCOMPARE(cohorts.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("fewer than 20 training interactions"));
        QCOMPARE(cohorts.index(0, 0).data().toString(), QStringLiteral("ndcg@10"));
        QCOMPARE(cohorts.index(0, 3).data().toString(), QStringLiteral("0.3602"));
        QCOMPARE(cohorts.index(cohorts.rowCount() - 1, 0).data().toString(),
                 QStringLiteral("users"));
        QCOMPARE(cohorts.index(cohorts.rowCount() - 1, 3).data().toString(), QStringLiteral("515"));

        ManifestFileModel files;
        QAbstractItemModelTester fileTester(&files,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        files.setRecords(details.manifest.files);
        QCOMPARE(files.rowCount(), 6);
        QCOMPARE(files.index(1, ManifestFileModel::SizeColumn).data().toString(),
                 QStringLiteral("512.1 kB"));
        QCOMPARE(files.index(1, ManifestFileModel::SizeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("512,072 bytes"));
        QCOMPARE(files.index(1, ManifestFileModel::Sha256Column).data().toString(),
                 details.manifest.files.at(1).sha256);

        QString error;
        const QJsonArray gateArray =
            fixture("dry-run-failing.json").object().value(QLatin1StringView("gates")).toArray();
        GateResultModel gates;
        QAbstractItemModelTester gateTester(&gates,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        gates.setRecords(*GateResults::fromJson(gateArray, &error));
        QCOMPARE(gates.rowCount(), 6);
        QCOMPARE(gates.index(0, GateResultModel::VerdictColumn).data().toString(),
                 QStringLiteral("✗ failed"));
        QCOMPARE(gates.index(0, GateResultModel::ThresholdColumn).data().toString(),
                 QStringLiteral("0.3500"));
        QCOMPARE(gates.index(0, GateResultModel::DetailColumn).data().toString(),
                 QStringLiteral("ndcg@10 = 0.0740 < 0.3500"));
        QVERIFY(!gates.index(0, 0).data(GateResultModel::PassedRole).toBool());
    }

    void showsTheStageHistoryAndTrainingJobs() {
        StageHistoryModel history;
        QAbstractItemModelTester historyTester(
            &history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setRecords(read<RegistryHistory>("history.json").changes);
        QCOMPARE(history.index(0, StageHistoryModel::ForcedColumn).data().toString(),
                 QStringLiteral("forced"));
        QCOMPARE(history.index(0, StageHistoryModel::FromColumn).data().toString(),
                 QStringLiteral("None"));
        QCOMPARE(history.index(0, StageHistoryModel::ToColumn).data().toString(),
                 QStringLiteral("Staging"));
        QCOMPARE(history.index(0, StageHistoryModel::GatesColumn).data().toString(),
                 QStringLiteral("Gates failed: 2 of 2"));
        QVERIFY(history.index(0, StageHistoryModel::GatesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"✗ ndcg@10 = 0.0740 < 0.3500"));
        QCOMPARE(history.index(0, 0)
                     .data(StageHistoryModel::GatesRole)
                     .value<QList<GateResult>>()
                     .size(),
                 2);
        const QStringList changes = column(history, StageHistoryModel::ChangeColumn);
        QVERIFY(changes.contains(QStringLiteral("alias set “champion”")));
        QVERIFY(changes.contains(QStringLiteral("registered")));

        TrainingJobModel jobs;
        QAbstractItemModelTester jobTester(&jobs,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        jobs.setRecords(read<TrainingJobList>("trainer-history.json").jobs);
        QCOMPARE(jobs.rowCount(), 2);
        QCOMPARE(jobs.index(0, TrainingJobModel::StatusColumn).data().toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(jobs.index(0, TrainingJobModel::ResultColumn).data().toString(),
                 QStringLiteral("version 4 (None)"));
        QCOMPARE(jobs.index(0, TrainingJobModel::LabelColumn).data().toString(),
                 QStringLiteral("baseline popularity"));
        QVERIFY(jobs.index(0, TrainingJobModel::DurationColumn).data().toString().endsWith(u" s"));
        QVERIFY(jobs.index(0, TrainingJobModel::DurationColumn)
                    .data(TrainingJobModel::SortRole)
                    .toLongLong() > 0);
    }

    void putsTheCanaryArmsSideBySide() {
        RolloutArmModel arms;
        QAbstractItemModelTester tester(&arms,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(arms.rowCount(), 0);
        RolloutStatus status = read<RolloutStatus>("rollout-status.json");
        arms.setStatus(status);
        QCOMPARE(arms.rowCount(), static_cast<int>(RolloutArmModel::FigureCount));
        QCOMPARE(arms.headerData(RolloutArmModel::CandidateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Candidate (default@2)"));
        QCOMPARE(arms.index(RolloutArmModel::Requests, RolloutArmModel::ProductionColumn)
                     .data()
                     .toString(),
                 QStringLiteral("360"));
        QCOMPARE(arms.index(RolloutArmModel::LatencyP95, RolloutArmModel::CandidateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("4.33 ms"));
        // 4.33 ms against Production's 6.59: better.
        QCOMPARE(arms.index(RolloutArmModel::LatencyP95, RolloutArmModel::CandidateColumn)
                     .data(RolloutArmModel::VerdictRole)
                     .toInt(),
                 static_cast<int>(MetricVerdict::Better));
        QCOMPARE(arms.index(RolloutArmModel::Requests, RolloutArmModel::CandidateColumn)
                     .data(RolloutArmModel::VerdictRole)
                     .toInt(),
                 static_cast<int>(MetricVerdict::NotComparable));
        QCOMPARE(arms.index(RolloutArmModel::ErrorRate, RolloutArmModel::ProductionColumn)
                     .data()
                     .toString(),
                 QStringLiteral("0.00 %"));

        QSignalSpy changed(&arms, &QAbstractItemModel::dataChanged);
        status.candidate.requests = 41;
        arms.setStatus(status);
        QCOMPARE(changed.size(), 1);
        status.active = false;
        arms.setStatus(status);
        QCOMPARE(arms.rowCount(), 0);
    }

    void showsDriftPerFeatureInItsBand() {
        DriftFeatureModel drift;
        QAbstractItemModelTester tester(&drift,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        drift.setReport(read<DriftReport>("drift.json"));
        QVERIFY(drift.rowCount() >= 3);
        QCOMPARE(drift.index(0, DriftFeatureModel::FeatureColumn).data().toString(),
                 QStringLiteral("user_activity"));
        QCOMPARE(drift.index(0, DriftFeatureModel::PsiColumn).data().toString(),
                 QStringLiteral("0.692"));
        QCOMPARE(drift.index(0, DriftFeatureModel::BandColumn).data().toString(),
                 QStringLiteral("severe"));
        QCOMPARE(drift.index(0, 0).data(DriftFeatureModel::BandRole).toInt(),
                 static_cast<int>(DriftBand::Severe));
        QCOMPARE(drift.index(1, DriftFeatureModel::PsiColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(drift.index(1, DriftFeatureModel::BandColumn).data().toString(),
                 QStringLiteral("insufficient data"));

        LabelFilterProxyModel proxy;
        proxy.setSourceModel(&drift);
        proxy.setSortRole(DriftFeatureModel::SortRole);
        proxy.sort(DriftFeatureModel::PsiColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("user_activity"));
        proxy.setQuery(QStringLiteral("band=severe"));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_MAIN(ModelTablesTest)
#include "model_tables_test.moc"
