// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// `recopsd generate` and `recopsd import` on real data directories: what they store (read back
// with the sqlite3 shell), what they print, and that a bad row or a second run stores nothing.
#include "integration/support/child_process.h"
#include "integration/support/recopsd_data.h"
#include "integration/support/recopsd_process.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;

class ServerDataCommandsTest : public ::testing::Test {
protected:
    std::filesystem::path data() const { return m_scratch / "data"; }

    std::string count(const std::string& table) {
        return sqliteRows(databaseOf(data()), "SELECT count(*) FROM " + table).at(0);
    }

    CommandResult import(const std::vector<std::string>& files) {
        std::vector<std::string> arguments{"import", "--data-dir", data().string()};
        arguments.insert(arguments.end(), files.begin(), files.end());
        return runRecopsd(arguments);
    }

    TemporaryDirectory m_scratch;
};

TEST_F(ServerDataCommandsTest, GenerateFillsAnEmptyDataDirectory) {
    const CommandResult result =
        runRecopsd({"generate", "--data-dir", data().string(), "--users", "50", "--items", "40",
                    "--events", "900", "--seed", "7", "--days", "10"});
    ASSERT_EQ(result.exitCode, 0) << result.standardError;
    const auto summary = nlohmann::json::parse(result.standardOutput);
    EXPECT_EQ(summary,
              (nlohmann::json{
                  {"users", 50}, {"items", 40}, {"events", 900}, {"seed", 7}, {"days", 10.0}}));
    EXPECT_EQ(count("events"), "900");
    EXPECT_EQ(count("items"), "40");
    EXPECT_LE(
        std::stoi(
            sqliteRows(databaseOf(data()), "SELECT count(DISTINCT user_id) FROM events").at(0)),
        50);
    // The events span the ten days up to now.
    const auto span = sqliteRows(databaseOf(data()),
                                 "SELECT (max(occurred_at_ms) - min(occurred_at_ms)) / 86400000 "
                                 "FROM events");
    EXPECT_LE(std::stoi(span.at(0)), 10);
}

TEST_F(ServerDataCommandsTest, TheSameSeedGeneratesTheSameInteractions) {
    const auto interactions = [](const std::filesystem::path& directory) {
        const CommandResult result =
            runRecopsd({"generate", "--data-dir", directory.string(), "--users", "30", "--items",
                        "20", "--events", "300", "--seed", "11"});
        EXPECT_EQ(result.exitCode, 0) << result.standardError;
        return sqliteRows(databaseOf(directory),
                          "SELECT user_id, item_id, type, value FROM events ORDER BY id");
    };
    const auto first = interactions(m_scratch / "first");
    EXPECT_EQ(first.size(), 300u);
    EXPECT_EQ(interactions(m_scratch / "second"), first);
}

TEST_F(ServerDataCommandsTest, GenerateRefusesADirectoryThatHoldsEvents) {
    generateDataset(data(), SyntheticDataset{20, 10, 100});
    const CommandResult again =
        runRecopsd({"generate", "--data-dir", data().string(), "--events", "50"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.standardError,
              "recopsd: the data directory already holds events; generate writes into an empty "
              "one (use a new --data-dir)\n");
    EXPECT_EQ(count("events"), "100");
}

TEST_F(ServerDataCommandsTest, ImportsCsvEventsAndItems) {
    const auto events = m_scratch.write("events.csv",
                                        "user_id,item_id,value,timestamp,type,idempotency_key\n"
                                        "alice,film-1,1,2026-03-01T12:00:00Z,view,\n"
                                        "alice,film-2,4.5,1772366460,rate,alice-rates-2\n"
                                        "bob,film-1,1,1772366520,complete,\n");
    const auto items =
        m_scratch.write("items.csv",
                        "item_id,title,categories,created_at,available\n"
                        "film-1,\"One, the film\",drama|crime,2020-01-01T00:00:00Z,\n"
                        "film-2,Two,comedy,,false\n");
    const CommandResult result =
        import({"--events", events.string(), "--items", items.string(), "--format", "csv"});
    ASSERT_EQ(result.exitCode, 0) << result.standardError;
    const auto summary = nlohmann::json::parse(result.standardOutput);
    EXPECT_EQ(summary["events"],
              (nlohmann::json{
                  {"file", events.string()}, {"rows", 3}, {"accepted", 3}, {"duplicates", 0}}));
    EXPECT_EQ(
        summary["items"],
        (nlohmann::json{{"file", items.string()}, {"rows", 2}, {"created", 2}, {"updated", 0}}));
    EXPECT_EQ(sqliteRows(databaseOf(data()),
                         "SELECT user_id, item_id, type, value, occurred_at_ms FROM events "
                         "ORDER BY id"),
              (std::vector<std::string>{"alice|film-1|view|1.0|1772366400000",
                                        "alice|film-2|rate|4.5|1772366460000",
                                        "bob|film-1|complete|1.0|1772366520000"}));
    EXPECT_EQ(sqliteRows(databaseOf(data()),
                         "SELECT idempotency_key FROM events WHERE user_id = 'alice' AND "
                         "item_id = 'film-2'"),
              std::vector<std::string>{"alice-rates-2"})
        << "a row's own key is kept";
    EXPECT_EQ(
        sqliteRows(databaseOf(data()),
                   "SELECT id, title, categories, created_at_ms, available FROM items "
                   "ORDER BY id"),
        (std::vector<std::string>{"film-1|One, the film|[\"drama\",\"crime\"]|1577836800000|1",
                                  "film-2|Two|[\"comedy\"]|0|0"}));
}

TEST_F(ServerDataCommandsTest, ImportingTheSameFilesTwiceStoresNothingTwice) {
    const auto events = m_scratch.write("events.csv",
                                        "user_id,item_id,value,timestamp\n"
                                        "u1,i1,5,100\nu1,i2,3,200\nu2,i1,4,300\n");
    const auto items = m_scratch.write("items.csv", "item_id,title\ni1,One\ni2,Two\n");
    ASSERT_EQ(import({"--events", events.string(), "--items", items.string()}).exitCode, 0);
    const CommandResult again = import({"--events", events.string(), "--items", items.string()});
    ASSERT_EQ(again.exitCode, 0) << again.standardError;
    const auto summary = nlohmann::json::parse(again.standardOutput);
    EXPECT_EQ(summary["events"]["accepted"], 0);
    EXPECT_EQ(summary["events"]["duplicates"], 3);
    EXPECT_EQ(summary["items"]["created"], 0);
    EXPECT_EQ(summary["items"]["updated"], 2);
    EXPECT_EQ(count("events"), "3");
    EXPECT_EQ(count("items"), "2");
}

TEST_F(ServerDataCommandsTest, ABadRowNamesItsFileAndLineAndNothingIsImported) {
    const auto events = m_scratch.write("events.csv",
                                        "user_id,item_id,value,timestamp\n"
                                        "u1,i1,5,100\n"
                                        "u1,i2,lots,200\n"
                                        "u2,i1,4,300\n");
    const auto items = m_scratch.write("items.csv", "item_id,title\ni1,One\ni2,Two\n");
    const CommandResult result = import({"--events", events.string(), "--items", items.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.standardError.substr(result.standardError.rfind("recopsd: ")),
              "recopsd: " + events.string() + ":3: value \"lots\" is not a number\n");
    EXPECT_TRUE(result.standardOutput.empty()) << result.standardOutput;
    EXPECT_EQ(count("events"), "0");
    EXPECT_EQ(count("items"), "0") << "the good items file waits for the events file too";
}

TEST_F(ServerDataCommandsTest, ImportsMovieLens100K) {
    const auto ratings = m_scratch.write("u.data",
                                         "196\t242\t3\t881250949\n"
                                         "186\t302\t3\t891717742\n"
                                         "22\t242\t1\t878887116\n");
    const auto movies = m_scratch.write(
        "u.item",
        "242|Kolya (1996)|24-Jan-1997||http://x|0|0|0|0|0|1|0|0|0|0|0|0|0|0|0|0|0|0|0\n"
        "302|L.A. Confidential (1997)|01-Jan-1997||http://y|0|0|0|0|0|0|1|0|0|0|1|0|0|0|0|0|"
        "1|0|0\n");
    const CommandResult result =
        import({"--events", ratings.string(), "--items", movies.string(), "--format", "movielens"});
    ASSERT_EQ(result.exitCode, 0) << result.standardError;
    EXPECT_EQ(count("events"), "3");
    EXPECT_EQ(sqliteRows(databaseOf(data()),
                         "SELECT type, value, occurred_at_ms FROM events WHERE user_id = '196'"),
              std::vector<std::string>{"rate|3.0|881250949000"});
    EXPECT_EQ(sqliteRows(databaseOf(data()), "SELECT title, categories FROM items ORDER BY id"),
              (std::vector<std::string>{
                  "Kolya (1996)|[\"Comedy\"]",
                  "L.A. Confidential (1997)|[\"Crime\",\"Film-Noir\",\"Thriller\"]"}));
}

TEST_F(ServerDataCommandsTest, ImportsMovieLensCsvFiles) {
    const auto ratings = m_scratch.write("ratings.csv",
                                         "userId,movieId,rating,timestamp\n"
                                         "1,1,4.0,964982703\n"
                                         "1,3,4.5,964981247\n");
    const auto movies = m_scratch.write("movies.csv",
                                        "movieId,title,genres\n"
                                        "1,Toy Story (1995),Adventure|Animation\n"
                                        "3,Grumpier Old Men (1995),Comedy|Romance\n");
    const CommandResult result =
        import({"--events", ratings.string(), "--items", movies.string(), "--format", "movielens"});
    ASSERT_EQ(result.exitCode, 0) << result.standardError;
    EXPECT_EQ(sqliteRows(databaseOf(data()), "SELECT item_id, value FROM events ORDER BY id"),
              (std::vector<std::string>{"1|4.0", "3|4.5"}));
    EXPECT_EQ(sqliteRows(databaseOf(data()), "SELECT id, created_at_ms FROM items ORDER BY id"),
              (std::vector<std::string>{"1|788918400000", "3|788918400000"}));

    const auto bad =
        m_scratch.write("bad-ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0\n");
    const CommandResult refused = import({"--events", bad.string(), "--format", "movielens"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.standardError,
                HasSubstr(bad.string() + ":2: fewer columns than the header names"));
}

TEST_F(ServerDataCommandsTest, ImportChecksItsCommandLine) {
    const auto events = m_scratch.write("events.csv", "user_id,item_id,value,timestamp\n");
    EXPECT_NE(import({"--events", events.string(), "--format", "parquet"}).exitCode, 0);
    EXPECT_NE(import({"--events", (m_scratch / "missing.csv").string()}).exitCode, 0);
    EXPECT_NE(import({}).exitCode, 0) << "--events is required";
}

}  // namespace
}  // namespace recops::testing
