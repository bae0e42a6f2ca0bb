// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Recommendations from the real recopsd over a generated dataset and a trained Production
// model: personalised and fallback answers, k, explain, exclusions, the model version, the
// result cache and its invalidation, the short /recommend/{user} form, similar items, run-time
// ranking weights, item availability and roles.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_data.h"
#include "integration/support/recopsd_process.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::Contains;
using ::testing::Each;
using ::testing::Not;

class ServerRecommendTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_scratch = new TemporaryDirectory();
        const auto data = *s_scratch / "data";
        generateDataset(data);
        trainModel(data);
        s_tokens =
            new std::map<std::string, std::string>{{"admin", createToken(data, "admin")},
                                                   {"operator", createToken(data, "operator")},
                                                   {"client", createToken(data, "client")},
                                                   {"viewer", createToken(data, "viewer")}};
        s_recopsd = new RecopsdProcess(RecopsdOptions{.dataDirectory = data});
        // Users with long histories, yet shorter than serving.history_limit (200): a request
        // reads (and excludes as seen) only that many of the newest events.
        s_users = new std::vector<std::string>(
            sqliteRows(databaseOf(data),
                       "SELECT user_id FROM events GROUP BY user_id HAVING count(*) < 150 "
                       "ORDER BY count(*) DESC LIMIT 8"));
    }

    static void TearDownTestSuite() {
        delete s_recopsd;
        delete s_users;
        delete s_tokens;
        delete s_scratch;
    }

    static const std::string& token(const std::string& role) { return s_tokens->at(role); }
    static const std::string& url() { return s_recopsd->url(); }
    /// A user with a long history; each test takes its own when it changes the user's data.
    static const std::string& knownUser(std::size_t index) { return s_users->at(index); }

    static HttpResponse recommend(const std::string& query, const std::string& role = "client") {
        return httpRequest(url(), "GET", "/api/v1/recommend?" + query, {bearer(token(role))});
    }

    static std::vector<std::string> itemsOf(const nlohmann::json& answer) {
        std::vector<std::string> items;
        for (const auto& item : answer["items"]) {
            items.push_back(item["item_id"].get<std::string>());
        }
        return items;
    }

    static std::set<std::string> historyOf(const std::string& user) {
        std::set<std::string> items;
        const HttpResponse exported = httpRequest(url(), "GET", "/api/v1/users/" + user + "/export",
                                                  {bearer(token("admin"))});
        const nlohmann::json body = exported.json();  // outlives the loop over its events
        for (const auto& event : body["events"]) {
            items.insert(event["item_id"].get<std::string>());
        }
        return items;
    }

    static double cacheLookups(const std::string& result) {
        return metricValue(url(), "recommendation_cache_lookups_total{outcome=\"" + result + "\"}");
    }

    static inline TemporaryDirectory* s_scratch = nullptr;
    static inline std::map<std::string, std::string>* s_tokens = nullptr;
    static inline RecopsdProcess* s_recopsd = nullptr;
    static inline std::vector<std::string>* s_users = nullptr;
};

TEST_F(ServerRecommendTest, AKnownUserGetsPersonalisedItemsNotSeenBefore) {
    const std::string& user = knownUser(0);
    const HttpResponse response = recommend("user_id=" + user + "&k=7");
    ASSERT_EQ(response.status, 200u) << response.body;
    EXPECT_EQ(response.header("Content-Type"), "application/json");
    const auto answer = response.json();
    EXPECT_EQ(answer["user_id"], user);
    EXPECT_EQ(answer["fallback"], false);
    const std::vector<std::string> items = itemsOf(answer);
    EXPECT_EQ(items.size(), 7u);
    EXPECT_EQ(std::set<std::string>(items.begin(), items.end()).size(), items.size())
        << "no item twice";
    const std::set<std::string> seen = historyOf(user);
    ASSERT_FALSE(seen.empty());
    for (const std::string& item : items) {
        EXPECT_FALSE(seen.contains(item)) << item << " is in the user's history";
    }
    for (const auto& item : answer["items"]) {
        EXPECT_TRUE(item["score"].is_number());
        EXPECT_FALSE(item.contains("sources")) << "explain is off by default";
    }
}

TEST_F(ServerRecommendTest, ExcludeSeenFalseMayReturnSeenItems) {
    const std::string& user = knownUser(0);
    const auto items = itemsOf(recommend("user_id=" + user + "&k=50&exclude_seen=false").json());
    const std::set<std::string> seen = historyOf(user);
    EXPECT_TRUE(std::any_of(items.begin(), items.end(), [&](const std::string& item) {
        return seen.contains(item);
    })) << "the user's own strongest items rank high when they may be shown";
}

TEST_F(ServerRecommendTest, AnUnknownUserGetsThePopularityFallback) {
    const HttpResponse response = recommend("user_id=never-seen-before&k=5");
    ASSERT_EQ(response.status, 200u) << response.body;
    const auto answer = response.json();
    EXPECT_EQ(answer["fallback"], true);
    EXPECT_EQ(itemsOf(answer).size(), 5u);
    EXPECT_GE(metricValue(url(), "recommend_fallback_total"), 1.0);
    // A known user's answer is their own, not the popular list.
    EXPECT_NE(itemsOf(recommend("user_id=" + knownUser(1) + "&k=5").json()), itemsOf(answer));
}

TEST_F(ServerRecommendTest, KIsHonouredWithinItsBounds) {
    EXPECT_EQ(itemsOf(recommend("user_id=" + knownUser(1) + "&k=1").json()).size(), 1u);
    EXPECT_EQ(itemsOf(recommend("user_id=" + knownUser(1)).json()).size(), 10u) << "default 10";
    EXPECT_EQ(recommend("user_id=" + knownUser(1) + "&k=1000").status, 200u);
    EXPECT_EQ(recommend("user_id=" + knownUser(1) + "&k=1001").status, 400u);
    EXPECT_EQ(recommend("user_id=" + knownUser(1) + "&k=0").status, 400u);
    const HttpResponse unknown = recommend("user_id=" + knownUser(1) + "&limit=3");
    EXPECT_EQ(unknown.status, 400u);
    EXPECT_EQ(unknown.json()["detail"],
              "unknown query parameter \"limit\" (known: user_id, k, explain, exclude, "
              "exclude_seen)");
}

TEST_F(ServerRecommendTest, ExplainAddsSourcesAndScoreComponents) {
    const auto answer = recommend("user_id=" + knownUser(2) + "&k=5&explain=true").json();
    ASSERT_EQ(answer["items"].size(), 5u);
    const std::set<std::string> knownSources{"embedding", "model", "item_to_item", "popular",
                                             "fresh"};
    for (const auto& item : answer["items"]) {
        ASSERT_TRUE(item["sources"].is_array()) << item.dump();
        EXPECT_FALSE(item["sources"].empty());
        for (const auto& source : item["sources"]) {
            EXPECT_TRUE(knownSources.contains(source.get<std::string>())) << source;
        }
        const auto& components = item["components"];
        for (const char* name :
             {"model", "popularity", "freshness", "affinity", "relevance", "diversity_penalty"}) {
            EXPECT_TRUE(components[name].is_number()) << name << " in " << item.dump();
        }
    }
    // Explaining does not change what is recommended.
    EXPECT_EQ(itemsOf(answer), itemsOf(recommend("user_id=" + knownUser(2) + "&k=5").json()));
}

TEST_F(ServerRecommendTest, ExcludedItemsNeverAppear) {
    const std::string& user = knownUser(3);
    const auto first = itemsOf(recommend("user_id=" + user + "&k=6").json());
    ASSERT_EQ(first.size(), 6u);
    const auto answer = recommend("user_id=" + user + "&k=6&exclude=" + first[0] + "," + first[1] +
                                  "&exclude=" + first[2])
                            .json();
    const auto items = itemsOf(answer);
    EXPECT_EQ(items.size(), 6u) << "others take their places";
    for (std::size_t index = 0; index < 3; ++index) {
        EXPECT_THAT(items, Not(Contains(first[index])));
    }
    EXPECT_THAT(items, Contains(first[3]));
}

TEST_F(ServerRecommendTest, TheAnswerNamesTheModelVersionThatMadeIt) {
    const HttpResponse response = recommend("user_id=" + knownUser(1));
    EXPECT_EQ(response.header("X-Model-Version"), "default@1");
    EXPECT_EQ(response.json()["model_version"], "default@1");
    const auto health = httpRequest(url(), "GET", "/healthz").json();
    EXPECT_EQ(health["model"]["name"], "default");
    EXPECT_EQ(health["model"]["version"], "1");
}

TEST_F(ServerRecommendTest, ARepeatedRequestIsServedFromTheCacheUntilTheUserActs) {
    const std::string& user = knownUser(4);
    const std::string query = "user_id=" + user + "&k=5";
    const auto first = recommend(query);
    ASSERT_EQ(first.status, 200u);
    const double hits = cacheLookups("hit");
    const auto second = recommend(query);
    EXPECT_EQ(second.body, first.body);
    EXPECT_EQ(cacheLookups("hit"), hits + 1);

    // The user now watches the top item: their cached answer is stale.
    const std::string top = itemsOf(first.json())[0];
    const HttpResponse posted = httpRequest(
        url(), "POST", "/api/v1/events", jsonRequestHeaders(token("client")),
        nlohmann::json::array({{{"user_id", user}, {"item_id", top}, {"type", "complete"}}})
            .dump());
    ASSERT_EQ(posted.status, 202u) << posted.body;
    const double misses = cacheLookups("miss");
    const auto third = recommend(query);
    EXPECT_EQ(cacheLookups("miss"), misses + 1);
    EXPECT_EQ(cacheLookups("hit"), hits + 1);
    EXPECT_THAT(itemsOf(third.json()), Not(Contains(top)));
}

TEST_F(ServerRecommendTest, ACacheDownDrillMakesEveryLookupMissAndStoresNothing) {
    const std::string query = "user_id=" + knownUser(6) + "&k=5";
    ASSERT_EQ(recommend(query).status, 200u);  // cached, before the drill
    const HttpResponse injected =
        httpRequest(url(), "POST", "/api/v1/admin/faults", jsonRequestHeaders(token("admin")),
                    nlohmann::json{{"kind", "cache_down"}, {"duration_s", 600}}.dump());
    ASSERT_EQ(injected.status, 201u) << injected.body;
    const double hits = cacheLookups("hit");
    const double misses = cacheLookups("miss");
    const auto during = recommend(query);
    ASSERT_EQ(during.status, 200u);
    EXPECT_EQ(cacheLookups("hit"), hits) << "the cache answered during a cache_down drill";
    EXPECT_EQ(cacheLookups("miss"), misses + 1);

    ASSERT_EQ(httpRequest(url(), "DELETE", "/api/v1/admin/faults", {bearer(token("admin"))}).status,
              204u);
    const auto after = recommend(query);
    EXPECT_EQ(after.body, during.body);
    EXPECT_EQ(cacheLookups("hit"), hits + 1) << "the answer cached before the drill serves again";
}

TEST_F(ServerRecommendTest, ASlowStoreDrillHoldsBackStoreOperationsByItsMagnitude) {
    const HttpResponse injected = httpRequest(
        url(), "POST", "/api/v1/admin/faults", jsonRequestHeaders(token("admin")),
        nlohmann::json{{"kind", "slow_store"}, {"magnitude", 400}, {"duration_s", 600}}.dump());
    ASSERT_EQ(injected.status, 201u) << injected.body;
    const std::string item = itemsOf(recommend("user_id=" + knownUser(7)).json())[0];
    // A lower bound only: the drill must delay the write by at least its magnitude.
    const auto started = std::chrono::steady_clock::now();
    const HttpResponse posted =
        httpRequest(url(), "POST", "/api/v1/events", jsonRequestHeaders(token("client")),
                    nlohmann::json::array(
                        {{{"user_id", "slow-store-user"}, {"item_id", item}, {"type", "view"}}})
                        .dump());
    const auto took = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(httpRequest(url(), "DELETE", "/api/v1/admin/faults", {bearer(token("admin"))}).status,
              204u);
    ASSERT_EQ(posted.status, 202u) << posted.body;
    EXPECT_GE(took, std::chrono::milliseconds(400));
}

TEST_F(ServerRecommendTest, AWarmUpCachesTheMostActiveUsersAndAnInvalidationDropsThem) {
    const auto admin = [](const std::string& target, const nlohmann::json& body) {
        return httpRequest(url(), "POST", target, jsonRequestHeaders(token("operator")),
                           body.dump());
    };
    ASSERT_EQ(admin("/api/v1/admin/cache-invalidate", nlohmann::json::object()).status, 200u);
    const HttpResponse warmed =
        admin("/api/v1/admin/cache-warmup", {{"user_count", 20}, {"batch_size", 7}});
    ASSERT_EQ(warmed.status, 200u) << warmed.body;
    EXPECT_EQ(warmed.json()["users"], 20);
    EXPECT_EQ(warmed.json()["computed"], 20);
    // The warm-up is not traffic: it counts no lookups.
    const double hits = cacheLookups("hit");
    const double misses = cacheLookups("miss");
    const std::string mostActive =
        sqliteRows(databaseOf(s_scratch->path() / "data"),
                   "SELECT user_id FROM events GROUP BY user_id ORDER BY count(*) DESC, user_id "
                   "LIMIT 1")
            .at(0);
    ASSERT_EQ(recommend("user_id=" + mostActive).status, 200u);
    EXPECT_EQ(cacheLookups("hit"), hits + 1) << "the most active user's answer was warmed";
    EXPECT_EQ(cacheLookups("miss"), misses);
    EXPECT_EQ(admin("/api/v1/admin/cache-warmup", {{"user_count", 20}}).json()["already_cached"],
              20);

    const HttpResponse dropped =
        admin("/api/v1/admin/cache-invalidate", {{"user_ids", {mostActive}}});
    ASSERT_EQ(dropped.status, 200u) << dropped.body;
    EXPECT_EQ(dropped.json()["users"], 1);
    ASSERT_EQ(recommend("user_id=" + mostActive).status, 200u);
    EXPECT_EQ(cacheLookups("miss"), misses + 1);
}

TEST_F(ServerRecommendTest, WithTheCacheDisabledEveryRequestIsComputed) {
    // A second server needs a data directory of its own (each serve holds its directory's
    // lock): a consistent copy of the database, and the same model artifacts.
    TemporaryDirectory scratch;
    const std::filesystem::path copy = scratch / "data";
    std::filesystem::create_directories(copy);
    sqliteRows(databaseOf(s_scratch->path() / "data"),
               "VACUUM INTO '" + databaseOf(copy).string() + "'");
    std::filesystem::copy(s_scratch->path() / "data" / "models", copy / "models",
                          std::filesystem::copy_options::recursive);
    RecopsdProcess uncached(
        RecopsdOptions{.dataDirectory = copy, .arguments = {"--set", "cache.enabled=false"}});
    const std::string query = "/api/v1/recommend?user_id=" + knownUser(5) + "&k=4";
    const auto first = httpRequest(uncached.url(), "GET", query, {bearer(token("client"))});
    const auto second = httpRequest(uncached.url(), "GET", query, {bearer(token("client"))});
    ASSERT_EQ(first.status, 200u) << first.body;
    EXPECT_EQ(second.body, first.body);
    EXPECT_EQ(itemsOf(first.json()), itemsOf(recommend(query.substr(18)).json()));
    const std::string lookups = "recommendation_cache_lookups_total{outcome=\"";
    EXPECT_EQ(metricValue(uncached.url(), lookups + "hit\"}"), 0.0);
    EXPECT_EQ(metricValue(uncached.url(), lookups + "miss\"}"), 0.0);
    EXPECT_EQ(httpRequest(uncached.url(), "POST", "/api/v1/admin/cache-warmup",
                          jsonRequestHeaders(token("operator")), "{}")
                  .status,
              409u)
        << "a warm-up without a cache is refused, not silently ignored";
    EXPECT_EQ(uncached.stop(), 0);
}

TEST_F(ServerRecommendTest, TheShortFormTakesTheUserFromThePath) {
    const std::string& user = knownUser(1);
    const HttpResponse shortForm = httpRequest(
        url(), "GET", "/recommend/" + user + "?k=3&explain=1", {bearer(token("client"))});
    ASSERT_EQ(shortForm.status, 200u) << shortForm.body;
    EXPECT_EQ(shortForm.header("X-Model-Version"), "default@1");
    EXPECT_EQ(shortForm.body, recommend("user_id=" + user + "&k=3&explain=true").body);
}

TEST_F(ServerRecommendTest, SimilarItemsAreOtherItemsOfTheCatalog) {
    const std::string item = itemsOf(recommend("user_id=" + knownUser(1)).json())[0];
    const HttpResponse response = httpRequest(
        url(), "GET", "/api/v1/items/" + item + "/similar?k=4", {bearer(token("client"))});
    ASSERT_EQ(response.status, 200u) << response.body;
    EXPECT_EQ(response.header("X-Model-Version"), "default@1");
    const auto answer = response.json();
    EXPECT_EQ(answer["item_id"], item);
    EXPECT_EQ(answer["model_version"], "default@1");
    const auto items = itemsOf(answer);
    EXPECT_EQ(items.size(), 4u);
    EXPECT_THAT(items, Not(Contains(item)));

    const HttpResponse unknown =
        httpRequest(url(), "GET", "/api/v1/items/no-such-item/similar", {bearer(token("client"))});
    EXPECT_EQ(unknown.status, 404u);
    EXPECT_EQ(unknown.json()["type"], "urn:recops:problem:not-found");
    EXPECT_EQ(unknown.json()["detail"], "the serving model does not know item no-such-item");
}

TEST_F(ServerRecommendTest, RankingWeightsChangeAtRunTimeOneAtATime) {
    const auto path = "/api/v1/config/ranking-weights";
    const HttpResponse initial = httpRequest(url(), "GET", path, {bearer(token("viewer"))});
    ASSERT_EQ(initial.status, 200u);
    const auto defaults = initial.json();
    EXPECT_EQ(defaults, (nlohmann::json{{"model", 1.0},
                                        {"popularity", 0.1},
                                        {"freshness", 0.05},
                                        {"affinity", 0.1},
                                        {"mmr_lambda", 1.0},
                                        {"freshness_half_life_days", 14.0}}));

    const HttpResponse changed = httpRequest(
        url(), "PUT", path, jsonRequestHeaders(token("operator")), R"({"popularity": 2.5})");
    ASSERT_EQ(changed.status, 200u) << changed.body;
    nlohmann::json expected = defaults;
    expected["popularity"] = 2.5;
    EXPECT_EQ(changed.json(), expected);
    EXPECT_EQ(httpRequest(url(), "GET", path, {bearer(token("viewer"))}).json(), expected);
    // The ranking uses them at once: each item's relevance is the new weighted sum.
    const auto explained = recommend("user_id=" + knownUser(6) + "&k=3&explain=true").json();
    ASSERT_EQ(explained["items"].size(), 3u);
    for (const auto& item : explained["items"]) {
        const auto& parts = item["components"];
        const double weighted =
            parts["model"].get<double>() + 2.5 * parts["popularity"].get<double>() +
            0.05 * parts["freshness"].get<double>() + 0.1 * parts["affinity"].get<double>();
        EXPECT_NEAR(parts["relevance"].get<double>(), weighted, 1e-4) << item.dump();
    }

    const HttpResponse refused =
        httpRequest(url(), "PUT", path, jsonRequestHeaders(token("operator")),
                    R"({"popularity": 0.2, "model": "heavy"})");
    EXPECT_EQ(refused.status, 400u);
    EXPECT_EQ(refused.json()["detail"], "ranking weights: 'model' must be a number");
    EXPECT_EQ(httpRequest(url(), "GET", path, {bearer(token("viewer"))}).json(), expected)
        << "a refused change changes nothing";

    EXPECT_EQ(httpRequest(url(), "PUT", path, jsonRequestHeaders(token("client")),
                          R"({"popularity": 0.1})")
                  .status,
              403u);
    ASSERT_EQ(
        httpRequest(url(), "PUT", path, jsonRequestHeaders(token("operator")), defaults.dump())
            .status,
        200u);
}

TEST_F(ServerRecommendTest, AWithdrawnItemIsNoLongerRecommended) {
    const std::string& user = knownUser(7);
    const auto before = itemsOf(recommend("user_id=" + user + "&k=5").json());
    ASSERT_FALSE(before.empty());
    const std::string withdrawn = before[0];
    auto item =
        httpRequest(url(), "GET", "/api/v1/items/" + withdrawn, {bearer(token("viewer"))}).json();
    item["available"] = false;
    ASSERT_EQ(httpRequest(url(), "PUT", "/api/v1/items/" + withdrawn,
                          jsonRequestHeaders(token("operator")), item.dump())
                  .status,
              200u);
    EXPECT_THAT(itemsOf(recommend("user_id=" + user + "&k=5").json()), Not(Contains(withdrawn)));
    EXPECT_THAT(itemsOf(recommend("user_id=someone-new&k=50").json()), Not(Contains(withdrawn)));

    item["available"] = true;
    ASSERT_EQ(httpRequest(url(), "PUT", "/api/v1/items/" + withdrawn,
                          jsonRequestHeaders(token("operator")), item.dump())
                  .status,
              200u);
    EXPECT_THAT(itemsOf(recommend("user_id=" + user + "&k=5").json()), Contains(withdrawn));
}

TEST_F(ServerRecommendTest, RecommendationsNeedAClientToken) {
    const std::string query = "/api/v1/recommend?user_id=" + knownUser(1);
    EXPECT_EQ(httpRequest(url(), "GET", query).status, 401u);
    EXPECT_EQ(httpRequest(url(), "GET", query, {bearer(token("viewer"))}).status, 403u);
    EXPECT_EQ(httpRequest(url(), "GET", query, {bearer(token("client"))}).status, 200u);
    EXPECT_EQ(httpRequest(url(), "GET", query, {bearer(token("operator"))}).status, 200u);
    EXPECT_EQ(httpRequest(url(), "GET", "/recommend/" + knownUser(1)).status, 401u);
    EXPECT_EQ(
        httpRequest(url(), "GET", "/api/v1/items/x/similar", {bearer(token("viewer"))}).status,
        403u);
}

TEST_F(ServerRecommendTest, RequestsAreCountedByStatus) {
    const double ok = metricValue(url(), "recommend_requests_total{status=\"200\"}");
    const double bad = metricValue(url(), "recommend_requests_total{status=\"400\"}");
    recommend("user_id=" + knownUser(1));
    recommend("user_id=" + knownUser(1) + "&k=-1");
    EXPECT_EQ(metricValue(url(), "recommend_requests_total{status=\"200\"}"), ok + 1);
    EXPECT_EQ(metricValue(url(), "recommend_requests_total{status=\"400\"}"), bad + 1);
    EXPECT_GE(metricValue(url(), "recommend_latency_seconds_count"), 2.0);
}

}  // namespace
}  // namespace recops::testing
