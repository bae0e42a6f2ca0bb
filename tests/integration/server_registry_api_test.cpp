// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The registry API of the real recopsd over a registry trained by `recopsd train`: listings
// and version detail (checked against the files on disk), transitions through the gates,
// refused and forced, history, aliases, rollback, /switch, and a damaged version that the
// server refuses to load while the one before keeps serving.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/lifecycle_data.h"
#include "integration/support/prepared_suite.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <openssl/evp.h>

namespace recops::testing {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string sha256Hex(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 failed");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int index = 0; index < length; ++index) {
        hex += kHex[digest[index] >> 4];
        hex += kHex[digest[index] & 0x0f];
    }
    return hex;
}

/// The registry every test starts from, trained once: 1 EASE (Production), 2 the same EASE
/// again (None, same metrics), 3 popularity (below the Staging floors), 4 item-kNN (above the
/// floors, but more than 10 % below version 1 on NDCG@10 and MAP@10).
struct PreparedRegistry {
    LifecycleDataDirectory data;
    std::vector<nlohmann::json> trained;
    std::string viewer = data.token("viewer");
    std::string client = data.token("client");
    std::string operatorToken = data.token("operator");
    std::string admin = data.token("admin");

    PreparedRegistry() {
        trained.push_back(
            data.train({"--algorithm", "ease", "--stage", "production", "--label", "first"}));
        trained.push_back(data.train({"--algorithm", "ease", "--label", "twin"}));
        trained.push_back(data.train({"--algorithm", "popularity"}));
        trained.push_back(data.train({"--algorithm", "itemknn"}));
    }
};

class ServerRegistryApiTest : public PreparedSuite<PreparedRegistry> {
protected:
    ServerRegistryApiTest()
        : m_data(LifecycleDataDirectory::copyOf(prepared().data))
        , m_recopsd(RecopsdOptions{.dataDirectory = m_data->path(),
                                   .arguments = {"--set", "serving.registry_poll_ms=100"}}) {}

    HttpResponse get(const std::string& target, const std::string& token) {
        return httpRequest(m_recopsd.url(), "GET", target, {bearer(token)});
    }

    HttpResponse transition(int version, const nlohmann::json& body, const std::string& token) {
        return callApi(m_recopsd.url(), "POST",
                       "/api/v1/models/default/versions/" + std::to_string(version) + "/transition",
                       token, body);
    }

    nlohmann::json version(int number) {
        const HttpResponse response =
            get("/api/v1/models/default/versions/" + std::to_string(number), prepared().viewer);
        EXPECT_EQ(response.status, 200u) << response.body;
        return response.json();
    }

    nlohmann::json history() {
        const HttpResponse response = get("/api/v1/models/default/history", prepared().viewer);
        EXPECT_EQ(response.status, 200u) << response.body;
        return response.json()["history"];
    }

    /// The X-Model-Version of a recommendation, or the status when it failed.
    std::string servedVersion() {
        const HttpResponse response = get("/api/v1/recommend?user_id=u1&k=3", prepared().client);
        return response.status == 200 ? response.header("X-Model-Version")
                                      : "status " + std::to_string(response.status);
    }

    bool waitUntilServed(const std::string& tag) {
        return waitUntil([&] { return servedVersion() == tag; }, std::chrono::seconds(30));
    }

    static void expectProblem(const HttpResponse& response, unsigned status,
                              const std::string& type, const std::string& detail = "") {
        EXPECT_EQ(response.status, status) << response.body;
        EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
        const auto problem = nlohmann::json::parse(response.body, nullptr, false);
        ASSERT_TRUE(problem.is_object()) << response.body;
        EXPECT_EQ(problem.value("type", ""), "urn:recops:problem:" + type) << response.body;
        EXPECT_EQ(problem.value("status", 0), static_cast<int>(status));
        if (!detail.empty()) {
            EXPECT_THAT(problem.value("detail", ""), HasSubstr(detail));
        }
    }

    std::unique_ptr<LifecycleDataDirectory> m_data;
    RecopsdProcess m_recopsd;
};

// --- listings -------------------------------------------------------------------------------

TEST_F(ServerRegistryApiTest, ListsTheModelAndItsVersionsNewestFirst) {
    const HttpResponse models = get("/api/v1/models", prepared().viewer);
    ASSERT_EQ(models.status, 200u) << models.body;
    const auto list = models.json();
    EXPECT_EQ(list["serving_model"], "default");
    ASSERT_EQ(list["models"].size(), 1u);
    EXPECT_EQ(list["models"][0]["name"], "default");
    EXPECT_EQ(list["models"][0]["latest_version"], 4);
    EXPECT_EQ(list["models"][0]["production_version"], 1);

    const HttpResponse versions = get("/api/v1/models/default/versions", prepared().viewer);
    ASSERT_EQ(versions.status, 200u) << versions.body;
    const auto all = versions.json()["versions"];
    ASSERT_EQ(all.size(), 4u);
    std::vector<int> numbers;
    std::vector<std::string> stages;
    for (const auto& entry : all) {
        numbers.push_back(entry["version"]);
        stages.push_back(entry["stage"]);
    }
    EXPECT_THAT(numbers, ElementsAre(4, 3, 2, 1));
    EXPECT_THAT(stages, ElementsAre("None", "None", "None", "Production"));
    for (std::size_t index = 0; index < all.size(); ++index) {
        const auto& entry = all[index];
        const auto& summary = prepared().trained[3 - index];
        EXPECT_EQ(entry["algorithm"], summary["algorithm"]);
        EXPECT_EQ(entry["metrics"], summary["metrics"]["overall"])
            << "version " << entry["version"];
        EXPECT_EQ(entry["created_by"], "recopsd train");
        EXPECT_EQ(entry["manifest_sha256"].get<std::string>().size(), 64u);
    }
    EXPECT_EQ(all[3]["label"], "first");
    EXPECT_EQ(all[3]["ever_production"], true);
    EXPECT_EQ(all[0]["ever_production"], false);
}

TEST_F(ServerRegistryApiTest, VersionDetailCarriesTheManifestAndMetricsAsOnDisk) {
    const nlohmann::json detail = version(1);
    const auto directory = m_data->versionDirectory(1);
    const std::string manifestText = readFile(directory / "manifest.json");
    EXPECT_EQ(detail["manifest"], nlohmann::json::parse(manifestText));
    EXPECT_EQ(detail["manifest_sha256"], sha256Hex(manifestText))
        << "the registry keeps the digest of manifest.json itself";
    EXPECT_EQ(detail["metrics"], nlohmann::json::parse(readFile(directory / "metrics.json")));
    EXPECT_EQ(detail["metrics"], prepared().trained[0]["metrics"]);

    const auto& manifest = detail["manifest"];
    EXPECT_EQ(manifest["format"], "recops-model-version");
    EXPECT_EQ(manifest["model"], "default");
    EXPECT_EQ(manifest["version"], 1);
    EXPECT_EQ(manifest["algorithm"], prepared().trained[0]["algorithm"]);
    EXPECT_EQ(manifest["label"], "first");
    EXPECT_EQ(manifest["data"]["events"], 50'000);
    std::vector<std::string> paths;
    for (const auto& file : manifest["files"]) {
        const std::string path = file["path"];
        paths.push_back(path);
        const std::string bytes = readFile(directory / path);
        EXPECT_EQ(file["bytes"], bytes.size()) << path;
        EXPECT_EQ(file["sha256"], sha256Hex(bytes)) << path;
    }
    EXPECT_THAT(paths, AllOf(Contains("metrics.json"), Contains("drift_baseline.json"),
                             Contains("model.json"), Contains("items.bin")));
}

TEST_F(ServerRegistryApiTest, UnknownModelsAndVersionsAndBadNumbersAreRefused) {
    expectProblem(get("/api/v1/models/nothing/versions", prepared().viewer), 404, "not-found",
                  "no registered model is named nothing");
    expectProblem(get("/api/v1/models/default/versions/9", prepared().viewer), 404, "not-found",
                  "model default has no version 9");
    for (const char* bad : {"abc", "0", "-1", "1.5"}) {
        expectProblem(get(std::string("/api/v1/models/default/versions/") + bad, prepared().viewer),
                      400, "invalid-request", "version must be a positive integer");
    }
    expectProblem(httpRequest(m_recopsd.url(), "GET", "/api/v1/models"), 401, "unauthorized");
}

// --- transitions ------------------------------------------------------------------------

TEST_F(ServerRegistryApiTest, AVersionPassingTheGatesMovesAndIsServedFromProduction) {
    const HttpResponse staged =
        transition(2, {{"stage", "Staging"}, {"comment", "canary next"}}, prepared().operatorToken);
    ASSERT_EQ(staged.status, 200u) << staged.body;
    const auto body = staged.json();
    EXPECT_EQ(body["status"], "applied");
    EXPECT_EQ(body["version"]["stage"], "Staging");
    EXPECT_EQ(body["archived_production"], nullptr);
    ASSERT_EQ(body["gates"].size(), 2u);
    for (const auto& gate : body["gates"]) {
        EXPECT_EQ(gate["passed"], true) << gate;
    }

    const HttpResponse promoted =
        transition(2, {{"stage", "production"}}, prepared().operatorToken);
    ASSERT_EQ(promoted.status, 200u) << promoted.body;
    EXPECT_EQ(promoted.json()["archived_production"], 1);
    EXPECT_EQ(promoted.json()["gates"].size(), 6u) << "floors and four no-regression gates";
    EXPECT_EQ(version(1)["stage"], "Archived");
    EXPECT_EQ(version(2)["stage"], "Production");
    EXPECT_TRUE(waitUntilServed("default@2")) << m_recopsd.standardError();

    // Already there: nothing changes, and it says so.
    const HttpResponse again = transition(2, {{"stage", "Production"}}, prepared().operatorToken);
    ASSERT_EQ(again.status, 200u);
    EXPECT_EQ(again.json()["status"], "unchanged");
}

TEST_F(ServerRegistryApiTest, FailingGatesRefuseWith422AndTheGates) {
    const HttpResponse floors = transition(3, {{"stage", "Staging"}}, prepared().operatorToken);
    expectProblem(floors, 422, "transition-refused", "an admin may force it with a comment");
    const auto gates = floors.json()["gates"];
    ASSERT_EQ(gates.size(), 2u);
    EXPECT_EQ(gates[0]["gate"], "staging.ndcg@10");
    EXPECT_EQ(gates[0]["passed"], false);
    EXPECT_DOUBLE_EQ(gates[0]["threshold"].get<double>(), 0.35);
    EXPECT_DOUBLE_EQ(gates[0]["actual"].get<double>(),
                     prepared().trained[2]["metrics"]["overall"]["ndcg@10"].get<double>());
    EXPECT_EQ(version(3)["stage"], "None");

    // Item-kNN passes the floors but falls more than 10 % below Production.
    const HttpResponse regression =
        transition(4, {{"stage", "Production"}}, prepared().operatorToken);
    expectProblem(regression, 422, "transition-refused");
    std::vector<std::string> failed;
    const nlohmann::json refused = regression.json();
    for (const auto& gate : refused["gates"]) {
        if (!gate["passed"].get<bool>()) {
            failed.push_back(gate["gate"]);
            EXPECT_LT(gate["actual"].get<double>(), gate["threshold"].get<double>()) << gate;
        }
    }
    EXPECT_THAT(failed, Contains(StartsWith("production.no_regression.")));
    EXPECT_THAT(failed, Contains("production.no_regression.ndcg@10"));
    EXPECT_EQ(version(1)["stage"], "Production");
    EXPECT_EQ(servedVersion(), "default@1");
}

TEST_F(ServerRegistryApiTest, OnlyAnAdminWithACommentMayForceAndHistorySaysForced) {
    const HttpResponse byOperator =
        transition(3, {{"stage", "Staging"}, {"force", true}, {"comment", "load test"}},
                   prepared().operatorToken);
    expectProblem(byOperator, 422, "transition-refused",
                  "a forced transition needs the admin role");
    const HttpResponse withoutComment =
        transition(3, {{"stage", "Staging"}, {"force", true}}, prepared().admin);
    expectProblem(withoutComment, 422, "transition-refused", "needs a comment saying why");
    EXPECT_EQ(version(3)["stage"], "None");

    const HttpResponse forced =
        transition(3, {{"stage", "Staging"}, {"force", true}, {"comment", "load test fixture"}},
                   prepared().admin);
    ASSERT_EQ(forced.status, 200u) << forced.body;
    EXPECT_EQ(version(3)["stage"], "Staging");
    const auto entry = history()[0];
    EXPECT_EQ(entry["kind"], "stage");
    EXPECT_EQ(entry["version"], 3);
    EXPECT_EQ(entry["forced"], true);
    EXPECT_EQ(entry["comment"], "load test fixture");
    EXPECT_THAT(entry["actor"].get<std::string>(), StartsWith("admin (token "));
    EXPECT_EQ(entry["gates"][0]["passed"], false) << "the failed gates are kept";
}

TEST_F(ServerRegistryApiTest, TheProductionVersionLeavesOnlyWhenReplacedOrForced) {
    expectProblem(transition(1, {{"stage", "Archived"}}, prepared().operatorToken), 422,
                  "transition-refused", "leaves the model without one");
    EXPECT_EQ(version(1)["stage"], "Production");
}

TEST_F(ServerRegistryApiTest, ADryRunEvaluatesAndChangesNothing) {
    const auto before = history().size();
    const HttpResponse dryRun =
        transition(4, {{"stage", "Production"}, {"dry_run", true}}, prepared().operatorToken);
    ASSERT_EQ(dryRun.status, 200u) << dryRun.body;
    EXPECT_EQ(dryRun.json()["status"], "evaluated");
    bool anyFailed = false;
    const nlohmann::json evaluated = dryRun.json();
    for (const auto& gate : evaluated["gates"]) {
        anyFailed = anyFailed || !gate["passed"].get<bool>();
    }
    EXPECT_TRUE(anyFailed) << "the regression gates fail for item-kNN";
    EXPECT_EQ(version(4)["stage"], "None");
    EXPECT_EQ(history().size(), before);
}

TEST_F(ServerRegistryApiTest, TransitionRequestsAreCheckedAndNeedAnOperator) {
    const std::string& token = prepared().operatorToken;
    expectProblem(transition(2, nlohmann::json::object(), token), 400, "invalid-request",
                  "stage is required");
    expectProblem(transition(2, {{"stage", "Prod"}}, token), 400, "invalid-request",
                  "stage must be one of None, Staging, Production, Archived");
    expectProblem(transition(2, {{"stage", "Staging"}, {"force", "yes"}}, token), 400,
                  "invalid-request", "force must be true or false");
    expectProblem(transition(2, {{"stage", "Staging"}, {"dry_run", 1}}, token), 400,
                  "invalid-request", "dry_run must be true or false");
    expectProblem(transition(2, {{"stage", "Staging"}, {"reason", "x"}}, token), 400,
                  "invalid-request", "unknown member \"reason\"");
    expectProblem(transition(2, {{"stage", "Staging"}, {"comment", std::string(2001, 'x')}}, token),
                  400, "invalid-request", "comment must be a string of at most 2000 bytes");
    expectProblem(transition(2, nlohmann::json::array(), token), 400, "invalid-request");
    expectProblem(
        httpRequest(m_recopsd.url(), "POST", "/api/v1/models/default/versions/2/transition",
                    apiHeaders(token), "{\"stage\":"),
        400, "malformed-json");
    expectProblem(transition(9, {{"stage", "Staging"}}, token), 404, "not-found",
                  "model default has no version 9");
    expectProblem(callApi(m_recopsd.url(), "POST", "/api/v1/models/default/versions/x/transition",
                          token, {{"stage", "Staging"}}),
                  400, "invalid-request", "version must be a positive integer");
    expectProblem(transition(2, {{"stage", "Staging"}}, prepared().viewer), 403, "forbidden");
    expectProblem(transition(2, {{"stage", "Staging"}}, prepared().client), 403, "forbidden");
    EXPECT_EQ(version(2)["stage"], "None");
}

// --- history, aliases ----------------------------------------------------------------------

TEST_F(ServerRegistryApiTest, HistoryTellsWhoChangedWhatWhenAndWhy) {
    ASSERT_EQ(transition(2, {{"stage", "Staging"}, {"comment", "for the canary"}},
                         prepared().operatorToken)
                  .status,
              200u);
    ASSERT_EQ(transition(2, {{"stage", "Production"}, {"comment", "canary looked fine"}},
                         prepared().operatorToken)
                  .status,
              200u);
    const auto entries = history();
    ASSERT_GE(entries.size(), 4u);
    // Newest first: 2 into Production, 1 out of it (same commit), 2 into Staging, ...
    EXPECT_EQ(entries[0]["version"], 2);
    EXPECT_EQ(entries[0]["from"], "Staging");
    EXPECT_EQ(entries[0]["to"], "Production");
    EXPECT_EQ(entries[0]["comment"], "canary looked fine");
    EXPECT_THAT(entries[0]["actor"].get<std::string>(), StartsWith("operator (token "));
    EXPECT_EQ(entries[0]["forced"], false);
    EXPECT_EQ(entries[0]["gates"].size(), 6u);
    EXPECT_EQ(entries[1]["version"], 1);
    EXPECT_EQ(entries[1]["from"], "Production");
    EXPECT_EQ(entries[1]["to"], "Archived");
    EXPECT_EQ(entries[1]["comment"], "replaced in Production by version 2");
    EXPECT_EQ(entries[1]["at"], entries[0]["at"]);
    EXPECT_EQ(entries[2]["from"], "None");
    EXPECT_EQ(entries[2]["to"], "Staging");
    EXPECT_EQ(entries[2]["comment"], "for the canary");
    for (const auto& entry : entries) {
        EXPECT_THAT(entry["at"].get<std::string>(), AllOf(StartsWith("20"), HasSubstr("Z")));
        EXPECT_GT(entry["id"].get<int>(), 0);
    }
    // The oldest entry is version 1's registration.
    EXPECT_EQ(entries.back()["kind"], "registered");
    EXPECT_EQ(entries.back()["version"], 1);
    EXPECT_EQ(entries.back()["actor"], "recopsd train");

    const HttpResponse limited = get("/api/v1/models/default/history?limit=2", prepared().viewer);
    ASSERT_EQ(limited.status, 200u);
    EXPECT_EQ(limited.json()["history"].size(), 2u);
    expectProblem(get("/api/v1/models/default/history?limit=0", prepared().viewer), 400,
                  "invalid-request");
    expectProblem(get("/api/v1/models/default/history?since=1", prepared().viewer), 400,
                  "invalid-request");
    expectProblem(get("/api/v1/models/nothing/history", prepared().viewer), 404, "not-found");
}

TEST_F(ServerRegistryApiTest, AliasesAreSetMovedAndRemovedWithHistory) {
    const auto put = [&](const std::string& alias, const nlohmann::json& body) {
        return callApi(m_recopsd.url(), "PUT", "/api/v1/models/default/aliases/" + alias,
                       prepared().operatorToken, body);
    };
    const HttpResponse set = put("champion", {{"version", 2}, {"comment", "best offline"}});
    ASSERT_EQ(set.status, 200u) << set.body;
    EXPECT_EQ(set.json(),
              (nlohmann::json{
                  {"model", "default"}, {"alias", "champion"}, {"version", 2}, {"changed", true}}));
    EXPECT_EQ(version(2)["aliases"], nlohmann::json::array({"champion"}));
    EXPECT_EQ(put("champion", {{"version", 2}}).json()["changed"], false);

    ASSERT_EQ(put("champion", {{"version", 1}}).status, 200u);
    EXPECT_EQ(version(1)["aliases"], nlohmann::json::array({"champion"}));
    EXPECT_EQ(version(2)["aliases"], nlohmann::json::array());
    ASSERT_EQ(put("baseline", {{"version", 1}}).status, 200u);
    EXPECT_EQ(version(1)["aliases"], nlohmann::json::array({"baseline", "champion"}));

    const auto entries = history();
    EXPECT_EQ(entries[0]["kind"], "alias_set");
    EXPECT_EQ(entries[0]["alias"], "baseline");
    EXPECT_EQ(entries[1]["kind"], "alias_set");
    EXPECT_EQ(entries[1]["alias"], "champion");
    EXPECT_EQ(entries[1]["version"], 1);
    EXPECT_EQ(entries[2]["comment"], "best offline") << "the unchanged PUT wrote no entry";

    const auto remove = [&](const std::string& alias) {
        return httpRequest(m_recopsd.url(), "DELETE", "/api/v1/models/default/aliases/" + alias,
                           {bearer(prepared().operatorToken)});
    };
    EXPECT_EQ(remove("champion").status, 204u);
    EXPECT_EQ(version(1)["aliases"], nlohmann::json::array({"baseline"}));
    EXPECT_EQ(history()[0]["kind"], "alias_removed");
    expectProblem(remove("champion"), 404, "not-found", "model default has no alias champion");

    expectProblem(put("champion", {{"version", 9}}), 404, "not-found");
    expectProblem(put("Not%20A%20Name", {{"version", 1}}), 400, "invalid-request");
    expectProblem(put("champion", {{"version", "1"}}), 400, "invalid-request");
    expectProblem(put("champion", {{"version", 1}, {"why", "x"}}), 400, "invalid-request",
                  "unknown member \"why\"");
    expectProblem(callApi(m_recopsd.url(), "PUT", "/api/v1/models/default/aliases/x",
                          prepared().viewer, {{"version", 1}}),
                  403, "forbidden");
}

// --- rollback and /switch ----------------------------------------------------------------

TEST_F(ServerRegistryApiTest, RollbackReturnsToThePreviousProductionAndServesIt) {
    const HttpResponse nothingBefore = callApi(
        m_recopsd.url(), "POST", "/api/v1/models/default/rollback", prepared().operatorToken);
    expectProblem(nothingBefore, 404, "not-found", "has had no other Production version");

    ASSERT_EQ(transition(2, {{"stage", "Production"}}, prepared().operatorToken).status, 200u);
    ASSERT_TRUE(waitUntilServed("default@2"));

    const HttpResponse back = callApi(m_recopsd.url(), "POST", "/api/v1/models/default/rollback",
                                      prepared().operatorToken, {{"comment", "p95 doubled"}});
    ASSERT_EQ(back.status, 200u) << back.body;
    EXPECT_EQ(back.json()["status"], "applied");
    EXPECT_EQ(back.json()["version"]["version"], 1);
    EXPECT_EQ(back.json()["archived_production"], 2);
    EXPECT_EQ(version(1)["stage"], "Production");
    EXPECT_EQ(version(2)["stage"], "Archived");
    EXPECT_TRUE(waitUntilServed("default@1")) << m_recopsd.standardError();

    const auto entry = history()[0];
    EXPECT_EQ(entry["version"], 1);
    EXPECT_EQ(entry["from"], "Archived");
    EXPECT_EQ(entry["to"], "Production");
    EXPECT_EQ(entry["comment"], "rollback from version 2: p95 doubled");
    ASSERT_EQ(entry["gates"].size(), 1u);
    EXPECT_EQ(entry["gates"][0]["gate"], "rollback");

    expectProblem(callApi(m_recopsd.url(), "POST", "/api/v1/models/default/rollback",
                          prepared().operatorToken, {{"comment", 5}}),
                  400, "invalid-request");
    expectProblem(
        callApi(m_recopsd.url(), "POST", "/api/v1/models/default/rollback", prepared().viewer), 403,
        "forbidden");
}

TEST_F(ServerRegistryApiTest, SwitchPromotesAVersionThroughTheGates) {
    const HttpResponse switched = get("/switch?model=2", prepared().operatorToken);
    ASSERT_EQ(switched.status, 200u) << switched.body;
    EXPECT_EQ(switched.json()["status"], "applied");
    EXPECT_EQ(version(2)["stage"], "Production");
    EXPECT_EQ(history()[0]["comment"], "switched with /switch");
    EXPECT_TRUE(waitUntilServed("default@2"));

    const HttpResponse back =
        get("/switch?model=default@1&comment=back%20again", prepared().operatorToken);
    ASSERT_EQ(back.status, 200u) << back.body;
    EXPECT_EQ(version(1)["stage"], "Production");
    EXPECT_EQ(history()[0]["comment"], "back again");
    EXPECT_TRUE(waitUntilServed("default@1"));

    expectProblem(get("/switch?model=3", prepared().operatorToken), 422, "transition-refused");
    expectProblem(get("/switch?model=99", prepared().operatorToken), 404, "not-found");
    expectProblem(get("/switch?model=latest", prepared().operatorToken), 400, "invalid-request",
                  "model must be a version number, or NAME@VERSION");
    expectProblem(get("/switch", prepared().operatorToken), 400, "invalid-request");
    expectProblem(get("/switch?model=2&now=1", prepared().operatorToken), 400, "invalid-request");
    expectProblem(get("/switch?model=2", prepared().viewer), 403, "forbidden");
    expectProblem(httpRequest(m_recopsd.url(), "GET", "/switch?model=2"), 401, "unauthorized");
}

// --- a damaged version ---------------------------------------------------------------------

TEST_F(ServerRegistryApiTest, ADamagedVersionIsRefusedAndThePreviousOneKeepsServing) {
    ASSERT_EQ(servedVersion(), "default@1");
    ASSERT_EQ(scrapeSample(m_recopsd.url(), "model_load_failures_total"), 0.0);
    flipOneByte(m_data->versionDirectory(2) / "model" / "ease_weights.bin");

    // The registry accepts the promotion (its gates read metrics, not weights); loading the
    // version checks every file against the manifest and refuses it.
    ASSERT_EQ(transition(2, {{"stage", "Production"}}, prepared().operatorToken).status, 200u);
    ASSERT_TRUE(
        waitUntil([&] { return scrapeSample(m_recopsd.url(), "model_load_failures_total") >= 1.0; },
                  std::chrono::seconds(30)))
        << m_recopsd.standardError();
    const auto health = httpRequest(m_recopsd.url(), "GET", "/healthz").json();
    EXPECT_EQ(health["model"]["version"], "1");
    ASSERT_TRUE(health["model_load_failure"].is_object()) << health;
    EXPECT_EQ(health["model_load_failure"]["model"], "default");
    EXPECT_EQ(health["model_load_failure"]["version"], 2);
    EXPECT_THAT(health["model_load_failure"]["reason"].get<std::string>(),
                HasSubstr("model/ease_weights.bin: SHA-256 does not match the manifest"));
    EXPECT_EQ(servedVersion(), "default@1");
    EXPECT_EQ(httpRequest(m_recopsd.url(), "GET", "/readyz").status, 200u);
    // The watcher keeps trying (and counting) while Production stays broken.
    const double failures = *scrapeSample(m_recopsd.url(), "model_load_failures_total");
    EXPECT_TRUE(waitUntil(
        [&] { return scrapeSample(m_recopsd.url(), "model_load_failures_total") > failures; },
        std::chrono::seconds(30)));

    // Putting the served version back in Production clears the failure.
    ASSERT_EQ(transition(1, {{"stage", "Production"}}, prepared().operatorToken).status, 200u);
    EXPECT_TRUE(waitUntil(
        [&] {
            return httpRequest(m_recopsd.url(), "GET", "/healthz")
                .json()["model_load_failure"]
                .is_null();
        },
        std::chrono::seconds(30)));
    EXPECT_EQ(servedVersion(), "default@1");
}

}  // namespace
}  // namespace recops::testing
