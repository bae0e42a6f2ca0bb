// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Models page against the real recopsd, driven as a person would: the versions it
// lists are recopsd's; a promotion shows the dry run's gates and changes nothing until it
// is confirmed (production asks loudly, and is locked until unlocked); rollback returns to
// the version the confirmation names; aliases; a forced transition; a training job seen
// running and finishing; a canary started and aborted; a viewer sees no control that
// changes anything, an operator no force; recopsd going away leaves the page stale, not
// broken. Every change is checked over HTTP, not through the console.
#include "core/cohort_metrics_model.h"
#include "core/command_registry.h"
#include "core/drift_feature_model.h"
#include "core/gate_result_model.h"
#include "core/health_monitor.h"
#include "core/label_filter_proxy_model.h"
#include "core/manifest_file_model.h"
#include "core/model_version_table_model.h"
#include "core/production_lock.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/rollout_arm_model.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/stage_history_model.h"
#include "core/stage_transition.h"
#include "core/training_job_model.h"
#include "core/training_request.h"
#include "integration/support/child_process.h"
#include "integration/support/console_window.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "ui/alias_dialog.h"
#include "ui/canary_panel.h"
#include "ui/change_confirmation.h"
#include "ui/drift_panel.h"
#include "ui/main_window.h"
#include "ui/model_actions.h"
#include "ui/model_version_details_view.h"
#include "ui/model_versions_panel.h"
#include "ui/models_page.h"
#include "ui/stage_history_panel.h"
#include "ui/staleness_badge.h"
#include "ui/training_dialog.h"
#include "ui/training_panel.h"
#include "ui/transition_dialog.h"

#include <csignal>
#include <memory>
#include <utility>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

namespace {

/// A console window on the Models page.
struct Console : recops::testing::ConsoleWindow {
    ModelsPage* page() const { return pageAs<ModelsPage>(ConsolePage::Models); }
};

}  // namespace

class ConsoleModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
        m_dataDirectory = m_directory.filePath(QStringLiteral("data")).toStdString();
        try {
            // Version 1 (ALS) serves; version 2 (ALS, more factors) passes every gate against
            // it; version 3 (popularity) fails them.
            run({"generate", "--data-dir", m_dataDirectory, "--users", "600", "--items", "300",
                 "--events", "40000"});
            run({"train", "--data-dir", m_dataDirectory, "--algorithm", "als", "--stage",
                 "production"});
            run({"train", "--data-dir", m_dataDirectory, "--algorithm", "als", "--param",
                 "factors=48", "--label", "more factors"});
            run({"train", "--data-dir", m_dataDirectory, "--algorithm", "popularity"});
            m_admin = token("admin");
            m_operator = token("operator");
            m_viewer = token("viewer");
            m_recopsd.emplace(RecopsdOptions{
                .dataDirectory = m_dataDirectory,
                .arguments = {"--set", "drift.interval_ms=500", "--set", "drift.min_samples=20",
                              "--set", "serving.registry_poll_ms=200"}});
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QVERIFY(m_store.open(m_directory.filePath(QStringLiteral("console.sqlite"))));
    }

    void thePageListsRecopsdsVersions() {
        Console console = open(m_admin, EnvironmentTag::Staging);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() == 3, 15'000);
        QCOMPARE(page->currentModel(), QStringLiteral("default"));
        QCOMPARE(page->role().name(), QStringLiteral("admin"));

        const nlohmann::json listed = get("/api/v1/models/default/versions")["versions"];
        QCOMPARE(static_cast<int>(listed.size()), versions(page)->rowCount());
        for (int row = 0; row < versions(page)->rowCount(); ++row) {
            const ModelVersion* shown = versions(page)->recordAt(row);
            const nlohmann::json& version = listed[static_cast<std::size_t>(row)];
            QCOMPARE(shown->version, version["version"].get<int>());
            QCOMPARE(ModelStages::key(shown->stage),
                     QString::fromStdString(version["stage"].get<std::string>()));
            QCOMPARE(shown->algorithm,
                     QString::fromStdString(version["algorithm"].get<std::string>()));
        }
        // The serving version is selected and drawn apart; its manifest and metrics load.
        QTRY_VERIFY(versions(page)
                        ->index(versions(page)->rowCount() - 1, 0)
                        .data(ModelVersionTableModel::ServingRole)
                        .toBool());
        QCOMPARE(page->versionsPanel()->currentVersion(), 1);
        QTRY_VERIFY(page->versionsPanel()->details()->files()->rowCount() > 0);
        QVERIFY(page->versionsPanel()->details()->headline().startsWith(u"Version 1 · Production"));
        QVERIFY(page->versionsPanel()->details()->cohortMetrics()->columnCount() >= 3);
        // The stage history came too.
        QTRY_VERIFY(page->historyPanel()->model()->rowCount() >= 4);

        // Ctrl+F filters the versions.
        QVERIFY(console.window->focusFilter());
        QTest::keyClicks(page->filterEdit(), QStringLiteral("algorithm=popularity*"));
        QCOMPARE(page->versionsPanel()->filter()->rowCount(), 1);
        page->filterEdit()->clear();
    }

    void aPromotionShowsTheGatesAndChangesNothingUntilConfirmed() {
        Console console = open(m_admin, EnvironmentTag::Production);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() == 3, 15'000);
        page->versionsPanel()->view()->clearSelection();
        page->versionsPanel()->selectVersion(2);
        // Locked production: the promote button is there, disabled, saying why.
        QPushButton* promote = page->versionsPanel()->promoteButton();
        QVERIFY(promote->isVisible());
        QVERIFY(!promote->isEnabled());
        QVERIFY(promote->toolTip().contains(u"production profile"));
        QVERIFY(!console.window->commands()->isEnabled(QStringLiteral("models.promote")));
        console.window->productionLock()->unlock();
        QVERIFY(promote->isEnabled());

        promote->click();
        auto* dialog = qobject_cast<TransitionDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->transition()->state(), StageTransition::State::Evaluated,
                                  10'000);
        // Every gate with its verdict and recopsd's detail, before anything is confirmed.
        QCOMPARE(dialog->gatesView()->model()->rowCount(), 6);
        QVERIFY2(dialog->verdictText().startsWith(u"✓ All gates passed (6 of 6)"),
                 qPrintable(dialog->verdictText()));
        const QString detail =
            dialog->gatesView()->model()->index(2, GateResultModel::DetailColumn).data().toString();
        QVERIFY2(detail.contains(u"vs Production's"), qPrintable(detail));
        QCOMPARE(productionVersion(), 1);  // the dry run changed nothing

        QTest::keyClicks(dialog->commentEdit(), QStringLiteral("more factors, same quality"));
        QVERIFY(dialog->applyButton()->isEnabled());
        dialog->applyButton()->click();
        QMessageBox* question = dialog->confirmation();
        QVERIFY(question);
        QVERIFY2(question->text().contains(u"PRODUCTION — promote-test"),
                 qPrintable(question->text()));
        QVERIFY(question->text().contains(u"live traffic"));
        QVERIFY(question->text().contains(u"Move version 2 of default"));
        QCOMPARE(question->icon(), QMessageBox::Warning);
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        QVERIFY(question->informativeText().contains(u"Version 1 leaves Production"));
        QCOMPARE(productionVersion(), 1);  // asked, not done
        ChangeConfirmation::confirmButton(question)->click();

        QTRY_COMPARE_WITH_TIMEOUT(productionVersion(), 2, 10'000);
        QTRY_VERIFY(page->noticeText().startsWith(u"Version 2 of default is in Production now."));
        QVERIFY(page->noticeText().contains(u"Version 1 left Production for Archived."));
        const nlohmann::json change = get("/api/v1/models/default/history")["history"][0];
        QCOMPARE(change["to"].get<std::string>(), std::string("Production"));
        QCOMPARE(change["comment"].get<std::string>(), std::string("more factors, same quality"));
        QCOMPARE(change["gates"].size(), 6U);
        // The page follows: version 2 is Production, and recopsd serves it soon after.
        QTRY_COMPARE_WITH_TIMEOUT(versions(page)->version(2)->stage, ModelStage::Production,
                                  10'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            versions(page)
                ->index(versions(page)->rowOfKey(QStringLiteral("default@2")), 0)
                .data(ModelVersionTableModel::ServingRole)
                .toBool(),
            10'000);
    }

    void refusalsAreShownWithRecopsdsReasons() {
        Console console = open(m_admin, EnvironmentTag::Staging);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() == 3, 15'000);
        // Taking the Production version out of Production: a 422 from the dry run already.
        TransitionDialog* dialog = page->actions()->openTransition(2, ModelStage::Archived);
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->transition()->state(), StageTransition::State::Refused,
                                  10'000);
        QCOMPARE(dialog->transition()->error().httpStatus(), 422);
        QVERIFY2(dialog->verdictText().contains(u"recopsd refuses this change: 422 Transition "
                                                u"refused: moving the Production version out"),
                 qPrintable(dialog->verdictText()));
        QVERIFY(dialog->verdictText().contains(u"(request "));
        QVERIFY(!dialog->applyButton()->isEnabled());
        dialog->reject();
    }

    void aRollbackReturnsToTheVersionItNames() {
        Console console = open(m_admin, EnvironmentTag::Staging);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() == 3, 15'000);
        QPushButton* rollback = page->versionsPanel()->rollbackButton();
        QTRY_VERIFY(rollback->isEnabled());
        rollback->click();
        auto* question = qobject_cast<QMessageBox*>(page->actions()->currentDialog());
        QVERIFY(question);
        QVERIFY2(question->text().contains(u"Roll default back from version 2 to version 1"),
                 qPrintable(question->text()));
        QVERIFY(question->text().contains(u"Staging — rollback-test"));
        QCOMPARE(question->icon(), QMessageBox::Question);
        QCOMPARE(ChangeConfirmation::confirmButton(question)->text(),
                 QStringLiteral("Roll back to version 1"));
        ChangeConfirmation::confirmButton(question)->click();
        QTRY_COMPARE_WITH_TIMEOUT(productionVersion(), 1, 10'000);
        QTRY_VERIFY(page->noticeText().startsWith(u"Done: Roll default back"));
    }

    void aliasesAreSetMovedAndRemoved() {
        Console console = open(m_operator, EnvironmentTag::Staging);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() == 3, 15'000);
        AliasDialog* dialog = page->actions()->openAliases(2);
        QVERIFY(dialog);
        dialog->aliasBox()->setCurrentText(QStringLiteral("Champion!"));
        QVERIFY(!dialog->setButton()->isEnabled());
        QVERIFY(dialog->problemText().contains(u"a-z, 0-9"));
        dialog->aliasBox()->setCurrentText(QStringLiteral("champion"));
        QVERIFY(dialog->setButton()->isEnabled());
        dialog->setButton()->click();
        QVERIFY(
            dialog->confirmation()->text().contains(u"Set the alias champion of default to "
                                                    u"version 2."));
        ChangeConfirmation::confirmButton(dialog->confirmation())->click();
        QTRY_COMPARE_WITH_TIMEOUT(aliasesOf(2), QStringList{QStringLiteral("champion")}, 10'000);
        QTRY_COMPARE(versions(page)->version(2)->aliases, QStringList{QStringLiteral("champion")});

        // Moved to version 3, then removed.
        dialog = page->actions()->openAliases(3);
        dialog->aliasBox()->setCurrentText(QStringLiteral("champion"));
        dialog->versionBox()->setCurrentIndex(dialog->versionBox()->findData(3));
        QCOMPARE(dialog->setButton()->text(), QStringLiteral("&Move alias…"));
        dialog->setButton()->click();
        QVERIFY(dialog->confirmation()->text().contains(u"from version 2 to version 3"));
        ChangeConfirmation::confirmButton(dialog->confirmation())->click();
        QTRY_COMPARE_WITH_TIMEOUT(aliasesOf(3), QStringList{QStringLiteral("champion")}, 10'000);
        QCOMPARE(aliasesOf(2), QStringList());
        QTRY_COMPARE(versions(page)->version(3)->aliases, QStringList{QStringLiteral("champion")});
        dialog = page->actions()->openAliases(3);
        dialog->aliasBox()->setCurrentText(QStringLiteral("champion"));
        QVERIFY(dialog->removeButton()->isEnabled());
        dialog->removeButton()->click();
        ChangeConfirmation::confirmButton(dialog->confirmation())->click();
        QTRY_COMPARE_WITH_TIMEOUT(aliasesOf(3), QStringList(), 10'000);
    }

    void onlyAnAdminForcesFailingGatesAndOnlyWithAComment() {
        {
            Console console = open(m_operator, EnvironmentTag::Staging);
            ModelsPage* page = console.page();
            QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() == 3, 15'000);
            TransitionDialog* dialog = page->actions()->openTransition(3, ModelStage::Staging);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->transition()->state(),
                                      StageTransition::State::Evaluated, 10'000);
            QVERIFY(dialog->forceBox()->isHidden());  // an operator sees no force at all
            QVERIFY(dialog->verdictText().startsWith(u"✗ Gates failed: 2 of 2. recopsd refuses"));
            QVERIFY(!dialog->applyButton()->isEnabled());
            dialog->reject();
        }
        Console console = open(m_admin, EnvironmentTag::Staging);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() == 3, 15'000);
        TransitionDialog* dialog = page->actions()->openTransition(3, ModelStage::Staging);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->transition()->state(), StageTransition::State::Evaluated,
                                  10'000);
        QVERIFY(!dialog->forceBox()->isHidden());
        QVERIFY(!dialog->applyButton()->isEnabled());
        dialog->forceBox()->setChecked(true);
        // Forced without a comment: recopsd's own refusal, shown.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->transition()->state(), StageTransition::State::Refused,
                                  10'000);
        QVERIFY2(dialog->verdictText().contains(u"needs a comment"),
                 qPrintable(dialog->verdictText()));
        QVERIFY(!dialog->applyButton()->isEnabled());
        QTest::keyClicks(dialog->commentEdit(), QStringLiteral("a popularity baseline to compare"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->transition()->state(), StageTransition::State::Evaluated,
                                  10'000);
        QVERIFY(dialog->applyButton()->isEnabled());
        dialog->applyButton()->click();
        QVERIFY(
            dialog->confirmation()->informativeText().contains(u"FORCED past failing gates (2)"));
        ChangeConfirmation::confirmButton(dialog->confirmation())->click();
        QTRY_VERIFY_WITH_TIMEOUT(stageOf(3) == "Staging", 10'000);
        const nlohmann::json change = get("/api/v1/models/default/history")["history"][0];
        QVERIFY(change["forced"].get<bool>());
        QCOMPARE(change["comment"].get<std::string>(),
                 std::string("a popularity baseline to compare"));
        // The history tab shows it as forced.
        QTRY_COMPARE_WITH_TIMEOUT(page->historyPanel()
                                      ->model()
                                      ->index(0, StageHistoryModel::ForcedColumn)
                                      .data()
                                      .toString(),
                                  QStringLiteral("forced"), 15'000);
    }

    void aTrainingJobIsSeenRunningAndFinishing() {
        Console console = open(m_operator, EnvironmentTag::Staging);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() == 3, 15'000);
        page->tabs()->setCurrentWidget(page->trainingPanel());
        page->trainingPanel()->startButton()->click();
        auto* dialog = qobject_cast<TrainingDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        dialog->algorithmBox()->setCurrentIndex(
            dialog->algorithmBox()->findData(QStringLiteral("als")));
        QTest::keyClicks(dialog->parametersEdit(), QStringLiteral("factors=32 iterations"));
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY(dialog->problemText().contains(u"\"iterations\" is not name=value"));
        dialog->parametersEdit()->setText(QStringLiteral("factors=32, iterations=20"));
        dialog->windowBox()->setCurrentIndex(
            dialog->windowBox()->findData(static_cast<int>(TrainingRequest::Window::LastDays)));
        dialog->daysBox()->setValue(365);
        QTest::keyClicks(dialog->labelEdit(), QStringLiteral("from the console"));
        QVERIFY(dialog->startButton()->isEnabled());
        dialog->startButton()->click();
        QVERIFY(
            dialog->confirmation()->text().contains(u"Train a new version of default with als"));
        ChangeConfirmation::confirmButton(dialog->confirmation())->click();

        // Live progress while it runs, then the job in the history, succeeded, with its version.
        QTRY_VERIFY_WITH_TIMEOUT(page->trainingPanel()->runningText().startsWith(u"job-"), 10'000);
        QVERIFY(page->trainingPanel()->progressBar()->isVisible());
        qInfo("seen running: %s", qPrintable(page->trainingPanel()->runningText()));
        QTRY_VERIFY_WITH_TIMEOUT(page->trainingPanel()->runningText() == u"No training job runs.",
                                 60'000);
        TrainingJobModel* jobs = page->trainingPanel()->model();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->rowCount() >= 1 && jobs->recordAt(0)->status == u"succeeded",
                                 10'000);
        QCOMPARE(jobs->index(0, TrainingJobModel::LabelColumn).data().toString(),
                 QStringLiteral("from the console"));
        const nlohmann::json job = get("/api/v1/trainer/history")["jobs"][0];
        QCOMPARE(QString::fromStdString(job["id"].get<std::string>()), jobs->recordAt(0)->id);
        QCOMPARE(job["status"].get<std::string>(), std::string("succeeded"));
        QCOMPARE(job["request"]["params"]["factors"].get<std::string>(), std::string("32"));
        // The new version appears among the versions.
        QTRY_COMPARE_WITH_TIMEOUT(versions(page)->rowCount(), 4, 10'000);
        QCOMPARE(versions(page)->recordAt(0)->label, QStringLiteral("from the console"));
    }

    void aCanaryIsStartedWithItsShareAndAborted() {
        Console console = open(m_operator, EnvironmentTag::Staging);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() >= 3, 15'000);
        page->tabs()->setCurrentWidget(page->canaryPanel());
        CanaryPanel* canary = page->canaryPanel();
        QVERIFY(canary->statusText().startsWith(u"No canary runs"));
        canary->candidateBox()->setCurrentIndex(canary->candidateBox()->findData(2));
        canary->shareBox()->setValue(20.0);
        QCOMPARE(canary->shareSlider()->value(), 20);
        canary->startButton()->click();
        auto* question = qobject_cast<QMessageBox*>(page->actions()->currentDialog());
        QVERIFY(question);
        QVERIFY2(question->text().contains(u"Send 20.0 % of default's traffic to version 2; "
                                           u"Production version 1 keeps 80.0 %."),
                 qPrintable(question->text()));
        ChangeConfirmation::confirmButton(question)->click();
        QTRY_VERIFY_WITH_TIMEOUT(get("/api/v1/rollout/status")["active"].get<bool>(), 10'000);
        QCOMPARE(get("/api/v1/rollout/status")["percent"].get<double>(), 20.0);

        // Traffic reaches both arms; their figures come side by side.
        for (int user = 0; user < 80; ++user) {
            recops::testing::httpRequest(
                m_recopsd->url(), "GET",
                "/api/v1/recommend?user_id=u" + std::to_string(user) + "&k=5",
                {recops::testing::bearer(m_admin.toStdString())});
        }
        RolloutArmModel* arms = canary->arms();
        QTRY_COMPARE_WITH_TIMEOUT(arms->rowCount(), static_cast<int>(RolloutArmModel::FigureCount),
                                  10'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            arms->index(RolloutArmModel::Requests, RolloutArmModel::CandidateColumn)
                        .data(RolloutArmModel::SortRole)
                        .toDouble() > 0 &&
                arms->index(RolloutArmModel::Requests, RolloutArmModel::ProductionColumn)
                        .data(RolloutArmModel::SortRole)
                        .toDouble() > 0,
            10'000);
        QVERIFY(canary->statusText().startsWith(u"Version 2 takes 20.0 % of default's traffic"));
        QTRY_VERIFY(versions(page)
                        ->index(versions(page)->rowOfKey(QStringLiteral("default@2")), 0)
                        .data(ModelVersionTableModel::CanaryRole)
                        .toBool());
        // Drift is computed over the same traffic.
        QTRY_VERIFY_WITH_TIMEOUT(page->driftPanel()->model()->rowCount() > 0, 15'000);
        QVERIFY(page->driftPanel()->barCount() > 0);

        // Aborted from the palette, which asks the same question.
        QVERIFY(console.window->commands()->trigger(QStringLiteral("models.rollout.abort")));
        question = qobject_cast<QMessageBox*>(page->actions()->currentDialog());
        QVERIFY(question);
        QVERIFY(question->text().contains(u"Stop the canary of default"));
        ChangeConfirmation::confirmButton(question)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!get("/api/v1/rollout/status")["active"].get<bool>(), 10'000);
        QTRY_VERIFY(canary->statusText().startsWith(u"No canary runs"));
        QCOMPARE(arms->rowCount(), 0);
    }

    void aViewerSeesNoControlThatChangesAnything() {
        Console console = open(m_viewer, EnvironmentTag::Staging);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() >= 3, 15'000);
        QTRY_COMPARE(page->role().name(), QStringLiteral("viewer"));
        // Against its own tab: against the page, other tabs' controls count as hidden anyway.
        const QList<std::pair<QWidget*, QList<QWidget*>>> changes = {
            {page->versionsPanel(),
             {page->versionsPanel()->transitionButton(), page->versionsPanel()->promoteButton(),
              page->versionsPanel()->rollbackButton(), page->versionsPanel()->aliasesButton()}},
            {page->trainingPanel(),
             {page->trainingPanel()->startButton(), page->trainingPanel()->cancelButton()}},
            {page->canaryPanel(),
             {page->canaryPanel()->startButton(), page->canaryPanel()->promoteButton(),
              page->canaryPanel()->abortButton(), page->canaryPanel()->shareSlider(),
              page->canaryPanel()->shareBox(), page->canaryPanel()->candidateBox()}}};
        for (const auto& [panel, controls] : changes) {
            for (QWidget* control : controls) {
                QVERIFY2(!control->isVisibleTo(panel), qPrintable(control->accessibleName()));
            }
        }
        QVERIFY(page->versionsPanel()->compareButton()->isVisibleTo(page->versionsPanel()));
        for (const QString& id :
             {QStringLiteral("models.promote"), QStringLiteral("models.rollback"),
              QStringLiteral("models.train"), QStringLiteral("models.rollout.abort")}) {
            QVERIFY2(!console.window->commands()->contains(id), qPrintable(id));
        }
        QVERIFY(console.window->commands()->contains(QStringLiteral("models.compare")));
        QVERIFY(page->actions()->openTransition(2, ModelStage::Production) == nullptr);

        // Comparing is for everyone: every metric overall and per cohort.
        page->versionsPanel()->view()->clearSelection();
        page->versionsPanel()->selectVersion(2);
        page->versionsPanel()->compareButton()->click();
        auto* comparison = page->actions()->currentDialog();
        QVERIFY(comparison);
        QTRY_VERIFY_WITH_TIMEOUT(comparison->findChild<QTableView*>()->model()->rowCount() >= 21,
                                 10'000);
    }

    // Last: it stops the test's recopsd.
    void theServerGoingAwayLeavesThePageStale() {
        Console console = open(m_admin, EnvironmentTag::Staging);
        ModelsPage* page = console.page();
        QTRY_VERIFY_WITH_TIMEOUT(page->isSettled() && versions(page)->rowCount() >= 3, 15'000);
        const int rows = versions(page)->rowCount();
        StalenessBadge* badge = console.window->stalenessBadge();
        QVERIFY(badge->isHidden());
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(m_recopsd->stop(SIGTERM), 0);
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 6'000);
        qInfo("stale %lld ms after recopsd stopped", clock.elapsed());
        QVERIFY2(badge->text().startsWith(u"stale — last update "), qPrintable(badge->text()));
        QCOMPARE(versions(page)->rowCount(), rows);  // the data is kept
        for (ResourcePoller* poller : page->pollers()) {
            if (poller->hasData()) {
                QTRY_COMPARE_WITH_TIMEOUT(poller->state(), DataState::Stale, 6'000);
            }
        }
        // A change asked for now fails with a reason instead of hanging or crashing.
        TransitionDialog* dialog = page->actions()->openTransition(3, ModelStage::Archived);
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->transition()->state(), StageTransition::State::Failed,
                                  10'000);
        QVERIFY(dialog->verdictText().startsWith(u"The gates could not be checked: "));
        dialog->reject();
        // The window keeps answering.
        page->tabs()->setCurrentWidget(page->driftPanel());
        console.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
        QTest::keyClick(console.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(console.window->currentPage(), ConsolePage::Dashboard);
    }

private:
    static void run(const std::vector<std::string>& arguments) {
        const auto result = recops::testing::runRecopsd(arguments);
        if (result.exitCode != 0) {
            throw std::runtime_error("recopsd " + arguments.front() +
                                     " failed: " + result.standardError);
        }
    }

    QString token(const std::string& role) const {
        return QString::fromStdString(
            recops::testing::createToken(m_dataDirectory, role, "console-models-" + role));
    }

    Console open(const QString& token, EnvironmentTag environment) {
        Console console;
        recops::testing::ConsoleWindowOptions options;
        options.url = QString::fromStdString(m_recopsd->url());
        options.token = token;
        options.page = ConsolePage::Models;
        options.profileName = environment == EnvironmentTag::Production
                                  ? QStringLiteral("promote-test")
                                  : QStringLiteral("rollback-test");
        options.environment = environment;
        options.profiles = &m_store;
        console.open(options);
        return console;
    }

    static ModelVersionTableModel* versions(ModelsPage* page) {
        return page->versionsPanel()->model();
    }

    nlohmann::json get(const std::string& path) const {
        const auto response = recops::testing::httpRequest(
            m_recopsd->url(), "GET", path, {recops::testing::bearer(m_admin.toStdString())});
        if (response.status != 200) {
            throw std::runtime_error(path + " answered " + std::to_string(response.status));
        }
        return response.json();
    }

    int productionVersion() const {
        const nlohmann::json model = get("/api/v1/models")["models"][0];
        return model["production_version"].is_number() ? model["production_version"].get<int>() : 0;
    }

    nlohmann::json versionJson(int version) const {
        return get("/api/v1/models/default/versions/" + std::to_string(version));
    }

    QStringList aliasesOf(int version) const {
        QStringList aliases;
        const nlohmann::json listed = versionJson(version);
        for (const auto& alias : listed["aliases"]) {
            aliases.append(QString::fromStdString(alias.get<std::string>()));
        }
        return aliases;
    }

    std::string stageOf(int version) const {
        return versionJson(version)["stage"].get<std::string>();
    }

    QTemporaryDir m_directory;
    std::string m_dataDirectory;
    std::optional<RecopsdProcess> m_recopsd;
    ProfileStore m_store;
    QString m_admin;
    QString m_operator;
    QString m_viewer;
};

QTEST_MAIN(ConsoleModelsTest)
#include "console_models_test.moc"
