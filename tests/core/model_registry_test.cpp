// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Reading recopsd's model registry, trainer, rollout and drift answers. The files in
// data/models/ are answers of a real recopsd (generate, train, a second training, an alias,
// a canary, drift over live traffic); the hand-made bodies below are the broken shapes a
// reader must name precisely.
#include "core/change_summary.h"
#include "core/connection_profile.h"
#include "core/drift_report.h"
#include "core/gate_result.h"
#include "core/json_reader.h"
#include "core/model_catalog.h"
#include "core/model_version.h"
#include "core/model_version_details.h"
#include "core/registry_change.h"
#include "core/registry_format.h"
#include "core/rollout_status.h"
#include "core/token_role.h"
#include "core/training_job.h"
#include "core/training_request.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace recops::console;

namespace {

QJsonDocument fixture(const char* name) {
    QFile file(QStringLiteral(RECOPS_MODEL_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", name);
    }
    return QJsonDocument::fromJson(file.readAll());
}

QJsonDocument parse(const char* json) {
    return QJsonDocument::fromJson(QByteArray(json));
}

}  // namespace

class ModelRegistryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void readsTheRegisteredModels() {
        QString error;
        const auto catalog = ModelCatalog::fromJson(fixture("models.json"), &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->servingModel, QStringLiteral("default"));
        QCOMPARE(catalog->models.size(), 1);
        QCOMPARE(catalog->models.at(0).name, QStringLiteral("default"));
        QCOMPARE(catalog->models.at(0).productionVersion, std::optional<int>(1));
        QCOMPARE(catalog->models.at(0).latestVersion, 4);
    }

    void readsVersionsWithStagesAliasesAndHeadlineMetrics() {
        QString error;
        const auto list = ModelVersionList::fromJson(fixture("versions.json"), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->model, QStringLiteral("default"));
        QCOMPARE(list->versions.size(), 4);
        QCOMPARE(list->versions.at(0).version, 4);  // newest first, as recopsd lists them
        QCOMPARE(list->versions.at(0).stage, ModelStage::Staging);
        QCOMPARE(list->versions.at(0).label, QStringLiteral("baseline popularity"));
        const ModelVersion* second = list->find(2);
        QVERIFY(second);
        QCOMPARE(second->aliases, QStringList{QStringLiteral("champion")});
        QCOMPARE(second->algorithmName(), QStringLiteral("als"));
        QVERIFY(second->algorithm.startsWith(u"als:factors=64"));
        QVERIFY(qAbs(second->metrics.value(QStringLiteral("ndcg@10")) - 0.45063944) < 1e-6);
        QVERIFY(second->createdAtUtc.isValid());
        QCOMPARE(second->createdAtUtc.timeSpec(), Qt::UTC);
        QCOMPARE(list->production()->version, 1);
        QVERIFY(list->production()->everProduction);
        QVERIFY(!list->find(7));
    }

    void readsAVersionsManifestAndFullMetrics() {
        QString error;
        const auto details = ModelVersionDetails::fromJson(fixture("version-2.json"), &error);
        QVERIFY2(details, qPrintable(error));
        QCOMPARE(details->version.version, 2);
        QCOMPARE(details->manifest.files.size(), 6);
        const ManifestFile& factors = details->manifest.files.at(1);
        QCOMPARE(factors.path, QStringLiteral("model/als_item_factors.bin"));
        QCOMPARE(factors.bytes, 512072);
        QCOMPARE(factors.sha256.size(), 64);
        QCOMPARE(details->manifest.parameters.value(QStringLiteral("factors")),
                 QStringLiteral("64"));
        QCOMPARE(details->manifest.data.value(QLatin1StringView("events")).toInt(), 400000);
        QVERIFY(details->manifest.firstEventUtc().isValid());
        QVERIFY(details->manifest.firstEventUtc() < details->manifest.lastEventUtc());
        QVERIFY(!details->manifest.windowFromUtc().isValid());  // trained on every event
        QCOMPARE(details->metrics.k, 10);
        QCOMPARE(details->metrics.cohorts.size(), 2);
        const MetricCohort* newUsers = details->metrics.cohort(QStringLiteral("new_users"));
        QVERIFY(newUsers);
        QCOMPARE(newUsers->definition, QStringLiteral("fewer than 20 training interactions"));
        QCOMPARE(newUsers->metrics.value(QStringLiteral("users")), 515.0);
        // The headline is metrics.json's "overall", not its top-level numbers.
        QCOMPARE(details->version.metrics, details->metrics.overall);
        QVERIFY(!details->version.metrics.contains(QStringLiteral("train_seconds")));
        QVERIFY(details->metrics.document.contains(QLatin1StringView("split")));
    }

    void namesTheFieldThatIsNotWhatTheContractSays() {
        QString error;
        QVERIFY(!ModelVersionList::fromJson(parse("[1, 2]"), &error));
        QCOMPARE(error, QStringLiteral("The answer is not a JSON object."));
        QVERIFY(!ModelVersionList::fromJson(parse("{\"model\": \"m\"}"), &error));
        QCOMPARE(error, QStringLiteral("versions is missing"));
        QVERIFY(!ModelVersionList::fromJson(
            parse("{\"model\": \"m\", \"versions\": [{\"model\": \"m\", \"version\": 1, "
                  "\"stage\": \"None\", \"aliases\": [], \"algorithm\": \"ease\", "
                  "\"created_at\": \"2026-03-01T10:00:00Z\"}, {\"model\": \"m\", "
                  "\"version\": 2, \"stage\": \"Live\"}]}"),
            &error));
        QCOMPARE(error, QStringLiteral("versions[1].stage is not a stage: \"Live\""));
        QVERIFY(!ModelVersionList::fromJson(
            parse("{\"model\": \"m\", \"versions\": [{\"model\": \"m\", \"version\": 1.5}]}"),
            &error));
        QCOMPARE(error, QStringLiteral("versions[0].version is not an integer"));
        QVERIFY(!ModelVersionList::fromJson(
            parse("{\"model\": \"m\", \"versions\": [{\"model\": \"m\", \"version\": 1, "
                  "\"stage\": \"None\", \"aliases\": [\"a\", 3]}]}"),
            &error));
        QCOMPARE(error, QStringLiteral("versions[0].aliases[1] is not a string"));
        QVERIFY(!ModelVersionList::fromJson(
            parse("{\"model\": \"m\", \"versions\": [{\"model\": \"m\", \"version\": 1, "
                  "\"stage\": \"None\", \"aliases\": [], \"algorithm\": \"ease\", "
                  "\"created_at\": \"yesterday\"}]}"),
            &error));
        QCOMPARE(error, QStringLiteral("versions[0].created_at is not an ISO 8601 time: "
                                       "\"yesterday\""));
        QVERIFY(!RolloutStatus::fromJson(
            parse("{\"active\": true, \"candidate_version\": 2, \"percent\": 5, \"arms\": "
                  "{\"production\": {\"requests\": 1, \"error_rate\": 0, \"latency_ms\": "
                  "{\"p50\": 1, \"p95\": \"slow\"}}}}"),
            &error));
        QCOMPARE(error, QStringLiteral("arms.production.latency_ms.p95 is not a number"));
    }

    void readsTheStageHistoryAndFindsTheRollbackTarget() {
        QString error;
        const auto history = RegistryHistory::fromJson(fixture("history.json"), &error);
        QVERIFY2(history, qPrintable(error));
        QVERIFY(history->changes.size() >= 6);
        const RegistryChange& forced = history->changes.at(0);
        QCOMPARE(forced.kind, RegistryChangeKind::Stage);
        QCOMPARE(forced.version, 4);
        QCOMPARE(forced.fromStage, std::optional<ModelStage>(ModelStage::None));
        QCOMPARE(forced.toStage, std::optional<ModelStage>(ModelStage::Staging));
        QVERIFY(forced.forced);
        QCOMPARE(forced.comment, QStringLiteral("baseline for comparison"));
        QCOMPARE(GateResults::failedCount(forced.gates), 2);
        bool sawAlias = false;
        for (const RegistryChange& change : history->changes) {
            if (change.kind == RegistryChangeKind::AliasSet) {
                sawAlias = true;
                QCOMPARE(change.alias, QStringLiteral("champion"));
                QVERIFY(!change.toStage);
            }
        }
        QVERIFY(sawAlias);

        // Nothing has left Production yet: no rollback.
        const auto versions = ModelVersionList::fromJson(fixture("versions.json"), &error);
        QVERIFY(versions);
        QCOMPARE(history->rollbackTarget(1, *versions), std::nullopt);

        // Once 2 replaced 1 and 3 replaced 2, a rollback from 3 goes to 2, the newest that
        // left Production; from 2 it goes to 1; a deleted version is skipped.
        RegistryHistory promoted;
        const auto move = [](qint64 id, int version, ModelStage from, ModelStage to) {
            RegistryChange change;
            change.id = id;
            change.version = version;
            change.kind = RegistryChangeKind::Stage;
            change.fromStage = from;
            change.toStage = to;
            return change;
        };
        promoted.changes = {move(4, 2, ModelStage::Production, ModelStage::Archived),
                            move(3, 3, ModelStage::Staging, ModelStage::Production),
                            move(2, 1, ModelStage::Production, ModelStage::Archived),
                            move(1, 2, ModelStage::None, ModelStage::Production)};
        QCOMPARE(promoted.rollbackTarget(3, *versions), std::optional<int>(2));
        QCOMPARE(promoted.rollbackTarget(2, *versions), std::optional<int>(1));
        ModelVersionList withoutTwo = *versions;
        withoutTwo.versions.removeIf([](const ModelVersion& v) { return v.version == 2; });
        QCOMPARE(promoted.rollbackTarget(3, withoutTwo), std::optional<int>(1));
    }

    void readsGatesFromAnAnswerAndFromAProblem() {
        QString error;
        const QJsonDocument dryRun = fixture("dry-run-failing.json");
        JsonReader reader = JsonReader::root(dryRun);
        const QList<GateResult> gates = GateResults::read(reader, u"gates");
        QVERIFY(reader.ok());
        QCOMPARE(gates.size(), 6);
        QCOMPARE(GateResults::failedCount(gates), 6);
        QCOMPARE(gates.at(0).gate, QStringLiteral("staging.ndcg@10"));
        QCOMPARE(gates.at(0).threshold, 0.35);
        QCOMPARE(GateResults::summary(gates), QStringLiteral("Gates failed: 6 of 6"));

        const QJsonArray problemGates =
            fixture("refused-gates.json").object().value(QLatin1StringView("gates")).toArray();
        const auto refused = GateResults::fromJson(problemGates, &error);
        QVERIFY2(refused, qPrintable(error));
        QCOMPARE(refused->size(), 2);
        QVERIFY(!GateResults::fromJson(QJsonArray{QStringLiteral("x")}, &error));
        QCOMPARE(error, QStringLiteral("gates[0] is not an object"));
        QCOMPARE(GateResults::summary({}), QStringLiteral("No gates apply"));
        QCOMPARE(GateResults::summary({GateResult{QStringLiteral("g"), true, 1, 1, {}}}),
                 QStringLiteral("All gates passed (1 of 1)"));
    }

    void readsTrainingJobsAndTheTrainersProgress() {
        QString error;
        const auto status = TrainerStatus::fromJson(fixture("trainer-status-running.json"), &error);
        QVERIFY2(status, qPrintable(error));
        QVERIFY(status->running);
        QCOMPARE(status->running->job.status, QStringLiteral("running"));
        QCOMPARE(status->running->phase, QStringLiteral("reading events"));
        QCOMPARE(status->running->etaSeconds, std::nullopt);
        QVERIFY(!status->running->job.isFinished());
        QVERIFY(status->scheduleExpression.isEmpty());

        const auto idle = TrainerStatus::fromJson(
            parse("{\"queued\": [], \"running\": null, \"schedule\": {\"model\": \"default\", "
                  "\"expression\": \"0 3 * * *\", \"next_run\": \"2026-03-02T03:00:00Z\"}}"),
            &error);
        QVERIFY2(idle, qPrintable(error));
        QVERIFY(!idle->running);
        QCOMPARE(idle->scheduleExpression, QStringLiteral("0 3 * * *"));
        QVERIFY(idle->scheduleNextRunUtc.isValid());

        const auto history = TrainingJobList::fromJson(fixture("trainer-history.json"), &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->jobs.size(), 2);
        const TrainingJob& popularity = history->jobs.at(0);
        QCOMPARE(popularity.status, QStringLiteral("succeeded"));
        QCOMPARE(popularity.resultVersion(), std::optional<int>(4));
        QVERIFY(popularity.algorithm().startsWith(u"popularity"));
        QVERIFY(popularity.isFinished());
        QVERIFY(popularity.startedAtUtc <= popularity.finishedAtUtc);
    }

    void readsACanaryAndItsArms() {
        QString error;
        const auto status = RolloutStatus::fromJson(fixture("rollout-status.json"), &error);
        QVERIFY2(status, qPrintable(error));
        QVERIFY(status->active);
        QCOMPARE(status->candidateVersion, 2);
        QCOMPARE(status->percent, 10.0);
        QVERIFY(status->candidateServing);
        QCOMPARE(status->production.modelVersion, QStringLiteral("default@1"));
        QCOMPARE(status->candidate.requests, 40);
        QVERIFY(status->production.p99Ms > status->production.p50Ms);
        const auto inactive =
            RolloutStatus::fromJson(parse("{\"active\": false, \"model\": \"default\"}"), &error);
        QVERIFY2(inactive, qPrintable(error));
        QVERIFY(!inactive->active);
    }

    void readsDriftAndPutsEachFeatureInItsBand() {
        QString error;
        const auto report = DriftReport::fromJson(fixture("drift.json"), &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->features.size() >= 3);
        const FeatureDrift& activity = report->features.at(0);
        QCOMPARE(activity.feature, QStringLiteral("user_activity"));
        QVERIFY(activity.psi);
        QCOMPARE(report->band(activity.psi), DriftBand::Severe);
        QCOMPARE(activity.bandName, QStringLiteral("severe"));
        QCOMPARE(activity.bins.size(), 8);
        QCOMPARE(activity.bins.at(7).bin, QStringLiteral("64+"));
        double baseline = 0.0;
        for (const DriftBin& bin : activity.bins) {
            baseline += bin.baseline;
        }
        QVERIFY(qAbs(baseline - 1.0) < 1e-6);
        QCOMPARE(report->features.at(1).psi, std::nullopt);  // too few observations
        QCOMPARE(report->band(std::nullopt), DriftBand::Unknown);
        QCOMPARE(report->band(0.19), DriftBand::Stable);
        QCOMPARE(report->band(0.2), DriftBand::Moderate);
        QCOMPARE(report->band(0.3), DriftBand::Significant);
        QCOMPARE(report->band(0.5), DriftBand::Severe);
    }

    void buildsTrainingRequestsAndSaysWhatIsWrong() {
        TrainingRequest request;
        request.algorithm = QStringLiteral("als");
        request.parameters = QStringLiteral("factors=32, iterations=5 solver=cg verbose=true");
        request.window = TrainingRequest::Window::LastDays;
        request.lastDays = 60;
        request.label = QStringLiteral("weekly");
        request.targetStage = ModelStage::Staging;
        QCOMPARE(request.problem(), QString());
        const QJsonObject body = request.toJson();
        QCOMPARE(body.value(QLatin1StringView("algorithm")).toString(), QStringLiteral("als"));
        const QJsonObject params = body.value(QLatin1StringView("params")).toObject();
        QCOMPARE(params.value(QLatin1StringView("factors")).toDouble(), 32.0);
        QCOMPARE(params.value(QLatin1StringView("solver")).toString(), QStringLiteral("cg"));
        QCOMPARE(params.value(QLatin1StringView("verbose")).toBool(), true);
        QCOMPARE(body.value(QLatin1StringView("window")).toObject(),
                 (QJsonObject{{QStringLiteral("last_days"), 60.0}}));
        QCOMPARE(body.value(QLatin1StringView("version_label")).toString(),
                 QStringLiteral("weekly"));
        QCOMPARE(body.value(QLatin1StringView("stage")).toString(), QStringLiteral("Staging"));
        QVERIFY(!body.contains(QLatin1StringView("dry_run")));
        QVERIFY(!body.contains(QLatin1StringView("model")));

        request.parameters = QStringLiteral("factors=32 iterations");
        QCOMPARE(request.problem(),
                 QStringLiteral("Parameters: \"iterations\" is not name=value, as in factors=64."));
        request.parameters = QStringLiteral("factors=32 factors=64");
        QCOMPARE(request.problem(), QStringLiteral("Parameters: factors is given twice."));
        request.parameters.clear();
        request.window = TrainingRequest::Window::Range;
        request.fromUtc = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
        request.toUtc = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(request.problem(), QStringLiteral("Window: the start must be before the end."));
        request.toUtc = QDateTime(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC);
        QCOMPARE(request.problem(), QString());
        QCOMPARE(request.toJson().value(QLatin1StringView("window")).toObject(),
                 (QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-03-02T00:00:00.000Z")},
                              {QStringLiteral("to"), QStringLiteral("2026-03-09T12:00:00.000Z")}}));
        request.dryRun = true;
        QVERIFY(request.problem().startsWith(u"A dry run registers nothing"));
        request.targetStage.reset();
        QCOMPARE(request.toJson().value(QLatin1StringView("dry_run")).toBool(), true);

        TrainingRequest automatic;
        automatic.parameters = QStringLiteral("factors=8");
        QVERIFY(automatic.problem().startsWith(u"Parameters need an algorithm"));
        automatic.parameters.clear();
        QCOMPARE(automatic.toJson(), QJsonObject());  // recopsd chooses everything
    }

    void knowsWhatEachRoleMayDo() {
        QVERIFY(!TokenRole::fromName(QStringLiteral("viewer")).canChangeModels());
        QVERIFY(!TokenRole::fromName(QStringLiteral("client")).canChangeModels());
        QVERIFY(TokenRole::fromName(QStringLiteral("operator")).canChangeModels());
        QVERIFY(!TokenRole::fromName(QStringLiteral("operator")).canForce());
        QVERIFY(TokenRole::fromName(QStringLiteral("Admin")).canForce());
        QVERIFY(!TokenRole::fromName(QStringLiteral("root")).isKnown());
        QCOMPARE(TokenRole::fromName(QStringLiteral("viewer")).changeRefusal(),
                 QStringLiteral("Changing models needs the operator role; this token is a "
                                "viewer."));
        QCOMPARE(TokenRole::fromName(QStringLiteral("admin")).changeRefusal(), QString());
    }

    void writesDifferencesWithArrowAndSign() {
        QCOMPARE(RegistryFormat::difference(0.3841, 0.4506), QStringLiteral("▲ +0.0665 (+17.3 %)"));
        QCOMPARE(RegistryFormat::difference(0.5, 0.45), QStringLiteral("▼ −0.0500 (−10.0 %)"));
        QCOMPARE(RegistryFormat::difference(0.25, 0.25), QStringLiteral("= 0"));
        QCOMPARE(RegistryFormat::difference(0.0, 0.1), QStringLiteral("▲ +0.1000"));
        QCOMPARE(RegistryFormat::verdict(0.3, 0.4, true), MetricVerdict::Better);
        QCOMPARE(RegistryFormat::verdict(0.3, 0.4, false), MetricVerdict::Worse);
        QCOMPARE(ModelMetrics::direction(QStringLiteral("ndcg@10")),
                 MetricDirection::HigherIsBetter);
        QCOMPARE(ModelMetrics::direction(QStringLiteral("gini@10")),
                 MetricDirection::LowerIsBetter);
        QCOMPARE(ModelMetrics::direction(QStringLiteral("users")), MetricDirection::Neutral);
        QCOMPARE(ModelMetrics::ordered({QStringLiteral("users"), QStringLiteral("gini@10"),
                                        QStringLiteral("map@10"), QStringLiteral("ndcg@10")}),
                 (QStringList{QStringLiteral("ndcg@10"), QStringLiteral("map@10"),
                              QStringLiteral("gini@10"), QStringLiteral("users")}));
    }

    void confirmationsNameTheEnvironmentAndTheExactChange() {
        ConnectionProfile production;
        production.name = QStringLiteral("prod-eu");
        production.url = QUrl(QStringLiteral("https://recops.example:8470"));
        production.environment = EnvironmentTag::Production;
        QCOMPARE(ChangeSummary::environmentNotice(production),
                 QStringLiteral("On PRODUCTION — prod-eu (https://recops.example:8470): this "
                                "changes what live traffic is served."));
        ConnectionProfile staging = production;
        staging.name = QStringLiteral("staging");
        staging.environment = EnvironmentTag::Staging;
        QCOMPARE(ChangeSummary::environmentNotice(staging),
                 QStringLiteral("On Staging — staging (https://recops.example:8470)."));

        QString error;
        const auto versions = ModelVersionList::fromJson(fixture("versions.json"), &error);
        QVERIFY(versions);
        const ModelVersion& second = *versions->find(2);
        QCOMPARE(ChangeSummary::transition(second, ModelStage::Production),
                 QStringLiteral("Move version 2 of default (als) from None to Production."));
        const QList<GateResult> failing = {GateResult{QStringLiteral("g"), false, 0, 1, {}},
                                           GateResult{QStringLiteral("h"), true, 1, 1, {}}};
        const QString details = ChangeSummary::transitionDetails(
            second, ModelStage::Production, 1, failing, true, QStringLiteral("hotfix"));
        QVERIFY2(details.contains(u"Version 1 leaves Production and is archived"),
                 qPrintable(details));
        QVERIFY(details.contains(u"Gates failed: 1 of 2."));
        QVERIFY(details.contains(u"FORCED past failing gates (1)."));
        QVERIFY(details.contains(u"Comment: hotfix"));
        QCOMPARE(ChangeSummary::rollback(QStringLiteral("default"), 3, 1),
                 QStringLiteral("Roll default back from version 3 to version 1, which served in "
                                "Production before. No gates are checked."));
        QCOMPARE(ChangeSummary::rollout(QStringLiteral("default"), 2, 1, 10),
                 QStringLiteral("Send 10.0 % of default's traffic to version 2; Production "
                                "version 1 keeps 90.0 %."));
    }
};

QTEST_MAIN(ModelRegistryTest)
#include "model_registry_test.moc"
