// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// ModelLifecycle over a real SQLite registry in a temporary directory: every stage change
// from every stage, with gates that pass and gates that fail; forced changes; a promotion that
// loses a race; rollback; retention and the artifacts it deletes; and dry runs.
#include "models/model_lifecycle.h"

#include "server/support/temporary_directory.h"
#include "store/sqlite_storage.h"

#include <filesystem>
#include <fstream>
#include <functional>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::models {
namespace {

using store::ModelStage;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr std::array kStages{ModelStage::None, ModelStage::Staging, ModelStage::Production,
                             ModelStage::Archived};

/// metrics.json whose headline metrics are all @p quality (above the floors at 0.5).
std::string metricsOf(double quality) {
    return nlohmann::json{{"overall",
                           {{"ndcg@10", quality},
                            {"precision@10", quality},
                            {"recall@10", quality},
                            {"map@10", quality}}}}
        .dump();
}

constexpr double kGood = 0.5;
constexpr double kBetter = 0.8;
constexpr double kWeak = 0.1;  ///< below both Staging floors

/**
 * A RegistryStore that forwards to another and, once, runs a hook just before a stage change
 * reaches the database: the window in which another promotion can slip in.
 */
class InterleavingRegistryStore final : public store::RegistryStore {
public:
    explicit InterleavingRegistryStore(store::RegistryStore& inner) : m_inner(inner) {}

    void beforeNextStageChange(std::function<void()> hook) { m_hook = std::move(hook); }

    store::ModelVersionRecord registerVersion(
        const store::NewModelVersion& version,
        const std::function<std::string(int)>& placeArtifacts) override {
        return m_inner.registerVersion(version, placeArtifacts);
    }
    std::vector<store::RegisteredModelRecord> models() override { return m_inner.models(); }
    std::vector<store::ModelVersionRecord> versions(std::string_view model) override {
        return m_inner.versions(model);
    }
    std::optional<store::ModelVersionRecord> version(std::string_view model, int version) override {
        return m_inner.version(model, version);
    }
    std::optional<store::ModelVersionRecord> production(std::string_view model) override {
        return m_inner.production(model);
    }
    store::StageChangeResult changeStage(const store::StageChangeRequest& request) override {
        if (auto hook = std::exchange(m_hook, nullptr)) {
            hook();
        }
        return m_inner.changeStage(request);
    }
    store::AliasOutcome setAlias(std::string_view model, std::string_view alias, int version,
                                 std::string_view actor, std::string_view comment) override {
        return m_inner.setAlias(model, alias, version, actor, comment);
    }
    bool removeAlias(std::string_view model, std::string_view alias, std::string_view actor,
                     std::string_view comment) override {
        return m_inner.removeAlias(model, alias, actor, comment);
    }
    std::optional<int> resolveAlias(std::string_view model, std::string_view alias) override {
        return m_inner.resolveAlias(model, alias);
    }
    std::vector<store::RegistryChange> history(std::string_view model, std::size_t limit) override {
        return m_inner.history(model, limit);
    }
    std::optional<store::RolloutRecord> rollout(std::string_view model) override {
        return m_inner.rollout(model);
    }
    bool setRollout(const store::RolloutRecord& rollout) override {
        return m_inner.setRollout(rollout);
    }
    bool clearRollout(std::string_view model) override { return m_inner.clearRollout(model); }
    bool deleteVersion(std::string_view model, int version, std::string_view actor,
                       std::string_view reason) override {
        return m_inner.deleteVersion(model, version, actor, reason);
    }

private:
    store::RegistryStore& m_inner;
    std::function<void()> m_hook;
};

class ModelLifecycleTest : public ::testing::Test {
protected:
    /// Registers a version of @p model with metrics of @p quality and an artifact file, the
    /// way ModelRegistry::add places one (without training anything).
    int add(double quality, const std::string& model = "default") {
        const store::NewModelVersion version{model, "popularity", "", metricsOf(quality), "test"};
        return m_interleaving
            .registerVersion(version,
                             [&](int number) {
                                 const auto directory = m_registry.directory(model, number);
                                 std::filesystem::create_directories(directory);
                                 std::ofstream(directory / "model.bin") << "weights";
                                 std::ofstream(directory / "metrics.json") << metricsOf(quality);
                                 return std::string(64, 'a');
                             })
            .version;
    }

    /// Moves a version straight to @p stage in the store, bypassing the lifecycle's rules.
    void place(int version, ModelStage stage, const std::string& model = "default") {
        store::StageChangeRequest change;
        change.model = model;
        change.version = version;
        change.toStage = stage;
        const auto production = m_storage.registry().production(model);
        change.expectedProduction =
            production ? std::optional<int>(production->version) : std::nullopt;
        change.actor = "setup";
        ASSERT_EQ(m_storage.registry().changeStage(change).outcome,
                  store::StageChangeOutcome::Applied);
    }

    /// A version that was registered, staged and archived: Archived, never in Production.
    int archivedNeverProduction(double quality, const std::string& model = "default") {
        const int version = add(quality, model);
        place(version, ModelStage::Staging, model);
        place(version, ModelStage::Archived, model);
        return version;
    }

    TransitionRequest request(int version, ModelStage to, const std::string& model = "default") {
        TransitionRequest request;
        request.model = model;
        request.version = version;
        request.toStage = to;
        request.actor = "otto";
        return request;
    }

    /// An admin's forced change with @p comment.
    TransitionRequest forcedByAdmin(int version, ModelStage to, std::string comment) {
        TransitionRequest forced = request(version, to);
        forced.force = true;
        forced.actorIsAdmin = true;
        forced.comment = std::move(comment);
        return forced;
    }

    ModelStage stageOf(int version, const std::string& model = "default") {
        return m_storage.registry().version(model, version).value().stage;
    }

    std::vector<store::RegistryChange> history(const std::string& model = "default") {
        return m_storage.registry().history(model, 1000);
    }

    std::optional<int> production(const std::string& model = "default") {
        const auto record = m_storage.registry().production(model);
        return record ? std::optional<int>(record->version) : std::nullopt;
    }

    testing::TemporaryDirectory m_directory;
    store::SqliteStorage m_storage{{m_directory / "recops.db", 1000}};
    InterleavingRegistryStore m_interleaving{m_storage.registry()};
    ModelRegistry m_registry{m_interleaving, m_directory / "models"};
    ModelLifecycle m_lifecycle{m_registry, GateSettings{}, 3};
};

// --- the stage matrix -------------------------------------------------------------------

struct MatrixCase {
    ModelStage from;
    ModelStage to;
    double quality;
    TransitionStatus expected;
};

/// What an operator's unforced change from each stage to each stage gives.
TransitionStatus expectedOutcome(ModelStage from, ModelStage to, double quality) {
    if (from == to) {
        return TransitionStatus::Unchanged;
    }
    if (from == ModelStage::Production) {
        return TransitionStatus::NotAllowed;  // would leave the model without one
    }
    const bool gated = to == ModelStage::Staging || to == ModelStage::Production;
    return gated && quality < 0.35 ? TransitionStatus::GatesFailed : TransitionStatus::Applied;
}

std::string nameOf(TransitionStatus status) {
    static constexpr std::array<const char*, 7> kNames{
        "Applied", "Evaluated", "Unchanged", "NotFound", "NotAllowed", "GatesFailed", "Conflict"};
    return kNames[static_cast<std::size_t>(status)];
}

TEST_F(ModelLifecycleTest, EveryStageChangeFromEveryStageIsAllowedOrRefusedByTheRules) {
    int caseNumber = 0;
    for (const double quality : {kGood, kWeak}) {
        for (const ModelStage from : kStages) {
            for (const ModelStage to : kStages) {
                // A model of its own per case, with an incumbent Production version of
                // modest quality (a good version does not regress against it).
                const std::string model = "case-" + std::to_string(++caseNumber);
                const int incumbent = add(0.4, model);
                place(incumbent, ModelStage::Production, model);
                int version = incumbent;
                if (from != ModelStage::Production) {
                    version = from == ModelStage::Archived ? archivedNeverProduction(quality, model)
                                                           : add(quality, model);
                    if (from == ModelStage::Staging) {
                        place(version, ModelStage::Staging, model);
                    }
                }
                const auto before = history(model).size();
                const TransitionOutcome outcome =
                    m_lifecycle.transition(request(version, to, model));
                const TransitionStatus expected = expectedOutcome(from, to, quality);
                const std::string label = std::string(store::stageName(from)) + " -> " +
                                          std::string(store::stageName(to)) + " at quality " +
                                          std::to_string(quality);
                EXPECT_EQ(nameOf(outcome.status), nameOf(expected))
                    << label << ": " << outcome.detail;
                if (expected == TransitionStatus::Applied) {
                    EXPECT_EQ(stageOf(version, model), to) << label;
                    ASSERT_TRUE(outcome.version) << label;
                    EXPECT_EQ(outcome.version->stage, to) << label;
                    EXPECT_GT(history(model).size(), before) << label;
                    if (to == ModelStage::Production) {
                        EXPECT_EQ(outcome.archivedProduction, incumbent) << label;
                        EXPECT_EQ(stageOf(incumbent, model), ModelStage::Archived) << label;
                    }
                } else {
                    EXPECT_EQ(stageOf(version, model), from) << label << " changed the stage";
                    EXPECT_EQ(history(model).size(), before) << label << " wrote history";
                    EXPECT_EQ(production(model), incumbent) << label;
                }
                if (expected == TransitionStatus::GatesFailed) {
                    EXPECT_FALSE(outcome.gates.passed()) << label;
                    EXPECT_THAT(outcome.detail, HasSubstr("an admin may force it")) << label;
                }
            }
        }
    }
}

TEST_F(ModelLifecycleTest, AnUnknownVersionOrModelIsNotFound) {
    add(kGood);
    const TransitionOutcome missingVersion =
        m_lifecycle.transition(request(7, ModelStage::Staging));
    EXPECT_EQ(missingVersion.status, TransitionStatus::NotFound);
    EXPECT_EQ(missingVersion.detail, "model default has no version 7");
    EXPECT_EQ(m_lifecycle.transition(request(1, ModelStage::Staging, "other")).status,
              TransitionStatus::NotFound);
}

TEST_F(ModelLifecycleTest, TheFirstProductionNeedsOnlyTheStagingGates) {
    const int version = add(kGood);
    const TransitionOutcome outcome =
        m_lifecycle.transition(request(version, ModelStage::Production));
    ASSERT_EQ(outcome.status, TransitionStatus::Applied) << outcome.detail;
    EXPECT_EQ(outcome.gates.results.size(), 2u);
    EXPECT_EQ(outcome.archivedProduction, std::nullopt);
    EXPECT_TRUE(m_storage.registry().version("default", version)->everProduction);
}

TEST_F(ModelLifecycleTest, PromotingOverProductionComparesWithItAndArchivesIt) {
    const int current = add(kBetter);
    place(current, ModelStage::Production);
    const int worse = add(kGood);  // passes the floors, but 37.5 % below Production
    const TransitionOutcome refused =
        m_lifecycle.transition(request(worse, ModelStage::Production));
    EXPECT_EQ(refused.status, TransitionStatus::GatesFailed);
    EXPECT_EQ(refused.gates.results.size(), 6u);
    EXPECT_EQ(production(), current);

    const int better = add(0.85);
    const TransitionOutcome applied =
        m_lifecycle.transition(request(better, ModelStage::Production));
    ASSERT_EQ(applied.status, TransitionStatus::Applied) << applied.detail;
    EXPECT_TRUE(applied.gates.passed());
    EXPECT_EQ(applied.archivedProduction, current);
    EXPECT_EQ(stageOf(current), ModelStage::Archived);
    EXPECT_EQ(production(), better);

    const auto changes = history();
    ASSERT_GE(changes.size(), 2u);
    EXPECT_EQ(changes[0].version, better);
    EXPECT_EQ(changes[0].fromStage, ModelStage::None);
    EXPECT_EQ(changes[0].toStage, ModelStage::Production);
    EXPECT_EQ(changes[0].actor, "otto");
    EXPECT_FALSE(changes[0].forced);
    EXPECT_EQ(nlohmann::json::parse(changes[0].gatesJson), applied.gates.toJson());
    EXPECT_EQ(changes[1].version, current);
    EXPECT_EQ(changes[1].fromStage, ModelStage::Production);
    EXPECT_EQ(changes[1].toStage, ModelStage::Archived);
    EXPECT_EQ(changes[1].comment, "replaced in Production by version " + std::to_string(better));
}

// --- force ------------------------------------------------------------------------------

TEST_F(ModelLifecycleTest, ForceNeedsAnAdminAndAComment) {
    const int version = add(kWeak);
    TransitionRequest operatorForce = request(version, ModelStage::Staging);
    operatorForce.force = true;
    operatorForce.comment = "trust me";
    const TransitionOutcome byOperator = m_lifecycle.transition(operatorForce);
    EXPECT_EQ(byOperator.status, TransitionStatus::NotAllowed);
    EXPECT_EQ(byOperator.detail, "a forced transition needs the admin role (and a comment)");

    const TransitionOutcome withoutComment =
        m_lifecycle.transition(forcedByAdmin(version, ModelStage::Staging, ""));
    EXPECT_EQ(withoutComment.status, TransitionStatus::NotAllowed);
    EXPECT_EQ(withoutComment.detail, "a forced transition needs a comment saying why");

    EXPECT_EQ(stageOf(version), ModelStage::None);
    EXPECT_EQ(history().size(), 1u) << "only the registration";
}

TEST_F(ModelLifecycleTest, AnAdminWithACommentForcesPastFailingGatesAndHistorySaysSo) {
    const int version = add(kWeak);
    TransitionRequest forced =
        forcedByAdmin(version, ModelStage::Staging, "needed for the load test");
    forced.actor = "ada";
    const TransitionOutcome outcome = m_lifecycle.transition(forced);
    ASSERT_EQ(outcome.status, TransitionStatus::Applied) << outcome.detail;
    EXPECT_FALSE(outcome.gates.passed()) << "the gates' verdict is kept, not rewritten";
    EXPECT_EQ(stageOf(version), ModelStage::Staging);

    const store::RegistryChange change = history().front();
    EXPECT_TRUE(change.forced);
    EXPECT_EQ(change.actor, "ada");
    EXPECT_EQ(change.comment, "needed for the load test");
    const auto gates = nlohmann::json::parse(change.gatesJson);
    ASSERT_EQ(gates.size(), 2u);
    EXPECT_EQ(gates[0]["passed"], false);
}

TEST_F(ModelLifecycleTest, ForceThatOverridesNothingIsNotRecordedAsForced) {
    const int version = add(kGood);
    ASSERT_EQ(m_lifecycle.transition(forcedByAdmin(version, ModelStage::Staging, "belt and braces"))
                  .status,
              TransitionStatus::Applied);
    EXPECT_FALSE(history().front().forced);
}

TEST_F(ModelLifecycleTest, OnlyAForcedChangeTakesAVersionOutOfProduction) {
    const int version = add(kGood);
    place(version, ModelStage::Production);
    const TransitionOutcome refused =
        m_lifecycle.transition(request(version, ModelStage::Archived));
    EXPECT_EQ(refused.status, TransitionStatus::NotAllowed);
    EXPECT_THAT(refused.detail, HasSubstr("leaves the model without one"));

    const TransitionOutcome applied =
        m_lifecycle.transition(forcedByAdmin(version, ModelStage::Archived, "retiring the model"));
    ASSERT_EQ(applied.status, TransitionStatus::Applied) << applied.detail;
    EXPECT_EQ(production(), std::nullopt);
    EXPECT_TRUE(history().front().forced) << "the rule it overrode is the Production rule";
}

// --- concurrency ------------------------------------------------------------------------

TEST_F(ModelLifecycleTest, APromotionDecidedOnAProductionThatChangedMeanwhileIsAConflict) {
    const int current = add(kGood);
    place(current, ModelStage::Production);
    const int mine = add(kGood);
    const int theirs = add(kGood);
    // Between this transition reading Production (and comparing against it) and applying the
    // change, another promotion commits.
    m_interleaving.beforeNextStageChange([&] { place(theirs, ModelStage::Production); });
    const TransitionOutcome outcome = m_lifecycle.transition(request(mine, ModelStage::Production));
    EXPECT_EQ(outcome.status, TransitionStatus::Conflict);
    EXPECT_EQ(outcome.currentProduction, theirs);
    EXPECT_THAT(outcome.detail, HasSubstr("it is now version " + std::to_string(theirs)));
    EXPECT_EQ(production(), theirs);
    EXPECT_EQ(stageOf(mine), ModelStage::None);
}

// --- dry run ----------------------------------------------------------------------------

TEST_F(ModelLifecycleTest, ADryRunReportsTheGatesAndChangesNothing) {
    const int current = add(kBetter);
    place(current, ModelStage::Production);
    const int candidate = add(kGood);
    const auto before = m_storage.registry().version("default", candidate).value();
    const auto historyBefore = history().size();

    for (const ModelStage target : {ModelStage::Staging, ModelStage::Production}) {
        TransitionRequest dryRun = request(candidate, target);
        dryRun.dryRun = true;
        const TransitionOutcome outcome = m_lifecycle.transition(dryRun);
        EXPECT_EQ(outcome.status, TransitionStatus::Evaluated);
        EXPECT_EQ(outcome.gates.passed(), target == ModelStage::Staging)
            << "Production's gates compare with the better current version";
        ASSERT_TRUE(outcome.version);
        EXPECT_EQ(outcome.version->stage, ModelStage::None);
    }
    const auto after = m_storage.registry().version("default", candidate).value();
    EXPECT_EQ(after.stage, before.stage);
    EXPECT_EQ(after.stageChangedAtMs, before.stageChangedAtMs);
    EXPECT_EQ(history().size(), historyBefore);
    EXPECT_EQ(production(), current);
}

// --- rollback ---------------------------------------------------------------------------

TEST_F(ModelLifecycleTest, RollbackNeedsAProductionAndAnEarlierOne) {
    const TransitionOutcome empty = m_lifecycle.rollback("default", "otto", "");
    EXPECT_EQ(empty.status, TransitionStatus::NotFound);
    EXPECT_EQ(empty.detail, "model default has no Production version to roll back");

    place(add(kGood), ModelStage::Production);
    const TransitionOutcome first = m_lifecycle.rollback("default", "otto", "");
    EXPECT_EQ(first.status, TransitionStatus::NotFound);
    EXPECT_EQ(first.detail, "model default has had no other Production version");
}

TEST_F(ModelLifecycleTest, RollbackReturnsToThePreviousProductionWithoutGates) {
    // Version 1 served first; 2 is far better and replaced it; 3 replaced 2. Version 1 would
    // fail the regression gate against 3, and a rollback goes to 2, not 1.
    const int first = add(kGood);
    place(first, ModelStage::Production);
    const int second = add(kBetter);
    ASSERT_EQ(m_lifecycle.transition(request(second, ModelStage::Production)).status,
              TransitionStatus::Applied);
    const int third = add(kBetter);
    ASSERT_EQ(m_lifecycle.transition(request(third, ModelStage::Production)).status,
              TransitionStatus::Applied);

    const TransitionOutcome back = m_lifecycle.rollback("default", "ada", "p95 doubled");
    ASSERT_EQ(back.status, TransitionStatus::Applied) << back.detail;
    EXPECT_EQ(production(), second);
    EXPECT_EQ(back.archivedProduction, third);
    EXPECT_EQ(stageOf(third), ModelStage::Archived);
    const store::RegistryChange change = history().front();
    EXPECT_EQ(change.version, second);
    EXPECT_EQ(change.fromStage, ModelStage::Archived);
    EXPECT_EQ(change.toStage, ModelStage::Production);
    EXPECT_EQ(change.actor, "ada");
    EXPECT_EQ(change.comment, "rollback from version 3: p95 doubled");
    EXPECT_FALSE(change.forced);
    const auto gates = nlohmann::json::parse(change.gatesJson);
    ASSERT_EQ(gates.size(), 1u);
    EXPECT_EQ(gates[0]["gate"], "rollback");
    EXPECT_EQ(gates[0]["passed"], true);

    // A second rollback undoes the first: the previous Production is now 3.
    ASSERT_EQ(m_lifecycle.rollback("default", "ada", "").status, TransitionStatus::Applied);
    EXPECT_EQ(production(), third);
    EXPECT_EQ(history().front().comment, "rollback from version 2");
}

TEST_F(ModelLifecycleTest, RollbackSkipsTheGatesEvenForAVersionTheyWouldRefuse) {
    const int weak = add(kWeak);
    ASSERT_EQ(
        m_lifecycle.transition(forcedByAdmin(weak, ModelStage::Production, "bootstrap")).status,
        TransitionStatus::Applied);
    const int good = add(kGood);
    ASSERT_EQ(m_lifecycle.transition(request(good, ModelStage::Production)).status,
              TransitionStatus::Applied);
    ASSERT_EQ(m_lifecycle.rollback("default", "otto", "").status, TransitionStatus::Applied);
    EXPECT_EQ(production(), weak);
}

TEST_F(ModelLifecycleTest, RollbackLosesToAConcurrentPromotion) {
    const int first = add(kGood);
    place(first, ModelStage::Production);
    const int second = add(kGood);
    place(second, ModelStage::Production);
    const int third = add(kGood);
    m_interleaving.beforeNextStageChange([&] { place(third, ModelStage::Production); });
    const TransitionOutcome outcome = m_lifecycle.rollback("default", "otto", "");
    EXPECT_EQ(outcome.status, TransitionStatus::Conflict);
    EXPECT_EQ(production(), third);
}

// --- retention --------------------------------------------------------------------------

TEST_F(ModelLifecycleTest, RetentionKeepsTheNewestAndEveryProductionAndStagingVersion) {
    // Newest first after registration: 10 .. 1. Keep 3: 10, 9, 8 stay whatever their stage.
    const int everProduction = add(kGood);                           // 1: served, then archived
    const int staged = add(kGood);                                   // 2: in Staging
    const int plain = add(kGood);                                    // 3: never left None
    const int archivedFromStaging = archivedNeverProduction(kGood);  // 4
    const int production = add(kGood);                               // 5: in Production now
    const int alsoPlain = add(kGood);                                // 6
    const int alsoEverProduction = add(kGood);                       // 7: served between 1 and 5
    place(everProduction, ModelStage::Production);
    place(staged, ModelStage::Staging);
    place(alsoEverProduction, ModelStage::Production);
    place(production, ModelStage::Production);
    std::vector<int> newest;
    for (int i = 0; i < 3; ++i) {
        newest.push_back(add(kGood));
    }

    const RetentionReport report = m_lifecycle.applyRetention("default", "trainer");
    EXPECT_THAT(report.deleted, ElementsAre(alsoPlain, archivedFromStaging, plain));

    for (const int version : report.deleted) {
        EXPECT_FALSE(m_storage.registry().version("default", version)) << version;
        EXPECT_FALSE(std::filesystem::exists(m_registry.directory("default", version)))
            << version << "'s artifacts are still there";
    }
    for (const int version : {everProduction, staged, production, alsoEverProduction, newest[0],
                              newest[1], newest[2]}) {
        EXPECT_TRUE(m_storage.registry().version("default", version)) << version;
        EXPECT_TRUE(std::filesystem::exists(m_registry.directory("default", version) / "model.bin"))
            << version;
    }
    EXPECT_EQ(stageOf(everProduction), ModelStage::Archived);

    const auto changes = history();
    ASSERT_GE(changes.size(), 3u);
    for (std::size_t index = 0; index < 3; ++index) {
        EXPECT_EQ(changes[index].kind, store::RegistryChangeKind::Deleted);
        EXPECT_EQ(changes[index].actor, "trainer");
        EXPECT_EQ(changes[index].comment, "retention: beyond the newest 3 versions");
    }

    // Nothing more to delete: a second pass changes nothing.
    EXPECT_THAT(m_lifecycle.applyRetention("default", "trainer").deleted, IsEmpty());
}

TEST_F(ModelLifecycleTest, RetentionWithinTheLimitDeletesNothingAndTouchesOnlyItsModel) {
    for (int i = 0; i < 3; ++i) {
        add(kGood);
    }
    for (int i = 0; i < 5; ++i) {
        add(kGood, "other");
    }
    EXPECT_THAT(m_lifecycle.applyRetention("default", "trainer").deleted, IsEmpty());
    EXPECT_EQ(m_storage.registry().versions("other").size(), 5u);
    EXPECT_THAT(m_lifecycle.applyRetention("other", "trainer").deleted, ElementsAre(2, 1));
    EXPECT_EQ(m_storage.registry().versions("default").size(), 3u);
}

TEST_F(ModelLifecycleTest, VersionNumbersAreNotReusedAfterRetention) {
    for (int i = 0; i < 5; ++i) {
        add(kGood);
    }
    ASSERT_THAT(m_lifecycle.applyRetention("default", "trainer").deleted, ElementsAre(2, 1));
    EXPECT_EQ(add(kGood), 6);
}

}  // namespace
}  // namespace recops::models
