// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/import_files.h"

#include "server/support/temporary_directory.h"

#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

class ImportFilesTest : public ::testing::Test {
protected:
    /// Every record of @p content read as a file named @p name; each one's line goes to m_lines.
    template <typename Reader, typename Record>
    std::vector<Record> readAll(const std::string& name, const std::string& content,
                                ImportFormat format) {
        Reader reader(m_directory.write(name, content), format);
        std::vector<Record> read;
        Record record;
        while (reader.next(record)) {
            read.push_back(record);
            m_lines.push_back(reader.line());
        }
        return read;
    }

    std::vector<store::EventRecord> events(const std::string& name, const std::string& content,
                                           ImportFormat format = ImportFormat::Csv) {
        return readAll<EventFileReader, store::EventRecord>(name, content, format);
    }
    std::vector<store::ItemRecord> items(const std::string& name, const std::string& content,
                                         ImportFormat format = ImportFormat::Csv) {
        return readAll<ItemFileReader, store::ItemRecord>(name, content, format);
    }

    /// The ImportError reading @p content gives, or "" when it reads cleanly.
    template <typename Reader, typename Record>
    std::string failure(const std::string& name, const std::string& content,
                        ImportFormat format = ImportFormat::Csv) {
        try {
            Reader reader(m_directory.write(name, content), format);
            Record record;
            while (reader.next(record)) {
            }
        } catch (const ImportError& error) {
            return error.what();
        }
        ADD_FAILURE() << name << " was read without an error";
        return {};
    }

    std::string eventFailure(const std::string& name, const std::string& content,
                             ImportFormat format = ImportFormat::Csv) {
        return failure<EventFileReader, store::EventRecord>(name, content, format);
    }
    std::string itemFailure(const std::string& name, const std::string& content,
                            ImportFormat format = ImportFormat::Csv) {
        return failure<ItemFileReader, store::ItemRecord>(name, content, format);
    }

    /// "DIR/NAME:LINE: " as every bad-row message starts.
    std::string at(const std::string& name, int line) const {
        return (m_directory / name).string() + ":" + std::to_string(line) + ": ";
    }

    recops::testing::TemporaryDirectory m_directory;
    std::vector<std::uint64_t> m_lines;
};

TEST_F(ImportFilesTest, CsvEventsWithEveryColumn) {
    const auto read = events("events.csv",
                             "user_id,item_id,value,timestamp,type,idempotency_key\n"
                             "u1,i1,4.5,1772366400,rate,k1\n"
                             "u2,i2,1,2026-03-01T12:00:00.250Z,click,\n");
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].userId, "u1");
    EXPECT_EQ(read[0].itemId, "i1");
    EXPECT_EQ(read[0].value, 4.5);
    EXPECT_EQ(read[0].occurredAtMs, 1'772'366'400'000);
    EXPECT_EQ(read[0].type, "rate");
    EXPECT_EQ(read[0].idempotencyKey, "k1");
    EXPECT_EQ(read[1].occurredAtMs, 1'772'366'400'250) << "RFC 3339 works too";
    EXPECT_EQ(read[1].type, "click");
    EXPECT_EQ(read[1].idempotencyKey, "");
    EXPECT_EQ(m_lines, (std::vector<std::uint64_t>{2, 3})) << "lines count the header";
}

TEST_F(ImportFilesTest, CsvEventsInAnyColumnOrderWithQuotesAndExtraColumns) {
    const auto read = events("events.csv",
                             "timestamp,comment,item_id,user_id,value\n"
                             "1.5,\"a, quoted \"\"note\"\"\",\"i,1\", u1 ,3\n");
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].itemId, "i,1");
    EXPECT_EQ(read[0].userId, "u1") << "spaces around a field are trimmed";
    EXPECT_EQ(read[0].occurredAtMs, 1'500);
    EXPECT_EQ(read[0].type, "rate") << "without a type column, rows are ratings";
}

TEST_F(ImportFilesTest, CsvEventsNeedTheirFourColumns) {
    EXPECT_EQ(eventFailure("events.csv", "user_id,item_id,timestamp\nu1,i1,5\n"),
              (m_directory / "events.csv").string() +
                  ":1: the header must name user_id, item_id, value and timestamp (type and "
                  "idempotency_key are optional); \"value\" is missing");
}

TEST_F(ImportFilesTest, EachBadCsvEventRowNamesItsFileAndLine) {
    const std::string header = "user_id,item_id,value,timestamp,type\n";
    const std::string good = "u1,i1,1,100,view\n";
    EXPECT_EQ(eventFailure("value.csv", header + good + "u1,i1,lots,100,view\n"),
              at("value.csv", 3) + "value \"lots\" is not a number");
    EXPECT_EQ(eventFailure("time.csv", header + "u1,i1,1,yesterday,view\n"),
              at("time.csv", 2) + "timestamp \"yesterday\" is neither Unix seconds nor RFC 3339");
    EXPECT_EQ(eventFailure("feb30.csv", header + "u1,i1,1,2026-02-30T00:00:00Z,view\n"),
              at("feb30.csv", 2) +
                  "timestamp \"2026-02-30T00:00:00Z\" is neither Unix seconds nor RFC 3339");
    EXPECT_EQ(eventFailure("user.csv", header + good + good + ",i1,1,100,view\n"),
              at("user.csv", 4) + "user id must not be empty");
    EXPECT_EQ(eventFailure("item.csv", header + "u1,,1,100,view\n"),
              at("item.csv", 2) + "item id must not be empty");
    EXPECT_EQ(eventFailure("type.csv", header + "u1,i1,1,100,Add To Cart\n"),
              at("type.csv", 2) +
                  "type \"Add To Cart\" must be lowercase letters, digits, '_' or '-' (for "
                  "example view, click, rate)");
    EXPECT_EQ(eventFailure("nan.csv", header + "u1,i1,nan,100,view\n"),
              at("nan.csv", 2) + "value \"nan\" is not a number");
}

TEST_F(ImportFilesTest, TheParsersOwnErrorsNameTheFileAndLineToo) {
    const std::string header = "user_id,item_id,value,timestamp\n";
    EXPECT_EQ(eventFailure("short.csv", header + "u1,i1,1,100\nu1,i1,1\n"),
              at("short.csv", 3) + "fewer columns than the header names");
    EXPECT_EQ(eventFailure("long.csv", header + "u1,i1,1,100,extra\n"),
              at("long.csv", 2) + "more columns than the header names");
    EXPECT_EQ(eventFailure("quote.csv", header + "u1,\"i1,1,100\n"),
              at("quote.csv", 2) + "a quoted field is not closed");
    EXPECT_EQ(eventFailure("twice.csv", "user_id,item_id,value,timestamp,value\n"),
              at("twice.csv", 1) + "the header names \"value\" twice");
    EXPECT_EQ(eventFailure("empty.csv", ""),
              at("empty.csv", 1) + "the file is empty: it needs a header line");
    EXPECT_EQ(eventFailure("ratings.csv", "userId,movieId,timestamp\n1,1,964982703\n",
                           ImportFormat::MovieLens),
              at("ratings.csv", 1) + "the header lacks the column \"rating\"");
}

TEST_F(ImportFilesTest, MovieLensUData) {
    const auto read = events("u.data", "196\t242\t3\t881250949\n186\t302\t3\t891717742\n\n",
                             ImportFormat::MovieLens);
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].userId, "196");
    EXPECT_EQ(read[0].itemId, "242");
    EXPECT_EQ(read[0].value, 3.0);
    EXPECT_EQ(read[0].occurredAtMs, 881'250'949'000);
    EXPECT_EQ(read[0].type, "rate");
    EXPECT_EQ(m_lines, (std::vector<std::uint64_t>{1, 2}));
}

TEST_F(ImportFilesTest, BadMovieLensUDataRowsNameTheirFileAndLine) {
    EXPECT_EQ(
        eventFailure("u.data", "196\t242\t3\t881250949\n186\t302\t3\n", ImportFormat::MovieLens),
        at("u.data", 2) +
            "expected 4 tab-separated fields (user, item, rating, timestamp), found 3");
    EXPECT_EQ(eventFailure("rating.data", "196\t242\tfive\t881250949\n", ImportFormat::MovieLens),
              at("rating.data", 1) + "rating \"five\" is not a number");
    EXPECT_EQ(eventFailure("time.data", "196\t242\t3\tlater\n", ImportFormat::MovieLens),
              at("time.data", 1) + "timestamp \"later\" is not Unix seconds");
    EXPECT_EQ(eventFailure("user.data", "\t242\t3\t881250949\n", ImportFormat::MovieLens),
              at("user.data", 1) + "user id must not be empty");
    EXPECT_EQ(eventFailure("movie.data", "1\t\t3\t881250949\n", ImportFormat::MovieLens),
              at("movie.data", 1) + "movie id must not be empty");
}

TEST_F(ImportFilesTest, MovieLensRatingsCsv) {
    const auto read = events(
        "ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,3,4.5,964981247\n",
        ImportFormat::MovieLens);
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[1].userId, "1");
    EXPECT_EQ(read[1].itemId, "3");
    EXPECT_EQ(read[1].value, 4.5);
    EXPECT_EQ(read[1].occurredAtMs, 964'981'247'000);
    EXPECT_EQ(read[1].type, "rate");
    EXPECT_EQ(eventFailure("bad-ratings.csv",
                           "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,3,x,964981247\n",
                           ImportFormat::MovieLens),
              at("bad-ratings.csv", 3) + "rating \"x\" is not a number");
}

TEST_F(ImportFilesTest, CsvItems) {
    const auto read =
        items("items.csv",
              "item_id,title,categories,created_at,available\n"
              "i1,\"Toy Story, the film\",Animation|Comedy,1995-11-22T00:00:00Z,true\n"
              "i2,Heat,,816998400,0\n"
              "i3,,,,\n");
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[0].id, "i1");
    EXPECT_EQ(read[0].title, "Toy Story, the film");
    EXPECT_EQ(read[0].categories, (std::vector<std::string>{"Animation", "Comedy"}));
    EXPECT_EQ(read[0].createdAtMs, 816'998'400'000);
    EXPECT_TRUE(read[0].available);
    EXPECT_TRUE(read[1].categories.empty());
    EXPECT_EQ(read[1].createdAtMs, 816'998'400'000);
    EXPECT_FALSE(read[1].available);
    EXPECT_EQ(read[2].createdAtMs, 0);
    EXPECT_TRUE(read[2].available) << "an empty flag means available";
    // Only item_id is required.
    const auto minimal = items("ids.csv", "item_id\na\nb\n");
    ASSERT_EQ(minimal.size(), 2u);
    EXPECT_EQ(minimal[1].id, "b");
    EXPECT_TRUE(minimal[1].available);
}

TEST_F(ImportFilesTest, BadCsvItemRowsNameTheirFileAndLine) {
    EXPECT_EQ(itemFailure("noid.csv", "title\nx\n"),
              (m_directory / "noid.csv").string() +
                  ":1: the header must name item_id (title, categories, created_at and "
                  "available are optional)");
    EXPECT_EQ(itemFailure("flag.csv", "item_id,available\na,true\nb,maybe\n"),
              at("flag.csv", 3) + "available \"maybe\" is not true, false, 1 or 0");
    EXPECT_EQ(itemFailure("created.csv", "item_id,created_at\na,someday\n"),
              at("created.csv", 2) + "created_at \"someday\" is neither Unix seconds nor RFC 3339");
    EXPECT_EQ(itemFailure("empty.csv", "item_id,title\n,untitled\n"),
              at("empty.csv", 2) + "item id must not be empty");
}

TEST_F(ImportFilesTest, MovieLensUItem) {
    // u.item is ISO-8859-1 ("\xe9" is e acute) with 19 genre flags after five fields.
    const auto read = items("u.item",
                            "1|Toy Story (1995)|01-Jan-1995||http://x|0|0|0|1|1|1|0|0|0|0|0|0|0|0|"
                            "0|0|0|0|0\n"
                            "2|Caf\xe9 (1996)|||http://y|1|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|1\n",
                            ImportFormat::MovieLens);
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].id, "1");
    EXPECT_EQ(read[0].title, "Toy Story (1995)");
    EXPECT_EQ(read[0].categories, (std::vector<std::string>{"Animation", "Children's", "Comedy"}));
    EXPECT_EQ(read[0].createdAtMs, 788'918'400'000) << "01-Jan-1995";
    EXPECT_EQ(read[1].title, "Caf\xc3\xa9 (1996)") << "converted to UTF-8";
    EXPECT_EQ(read[1].categories, (std::vector<std::string>{"unknown", "Western"}));
    EXPECT_EQ(read[1].createdAtMs, 0) << "no release date";
    EXPECT_EQ(
        itemFailure("short.item", "1|Toy Story (1995)|01-Jan-1995\n", ImportFormat::MovieLens),
        at("short.item", 1) + "expected 24 '|'-separated fields, found 3");
}

TEST_F(ImportFilesTest, MovieLensMoviesCsv) {
    const auto read = items("movies.csv",
                            "movieId,title,genres\n"
                            "1,Toy Story (1995),Adventure|Animation|Children\n"
                            "2,\"American President, The (1995)\",Comedy|Drama|Romance\n"
                            "3,Untitled,(no genres listed)\n",
                            ImportFormat::MovieLens);
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[0].id, "1");
    EXPECT_EQ(read[0].categories, (std::vector<std::string>{"Adventure", "Animation", "Children"}));
    EXPECT_EQ(read[0].createdAtMs, 788'918'400'000) << "January 1st of the title's year";
    EXPECT_EQ(read[1].title, "American President, The (1995)");
    EXPECT_TRUE(read[2].categories.empty());
    EXPECT_EQ(read[2].createdAtMs, 0);
    EXPECT_EQ(itemFailure("bad-movies.csv", "movieId,title,genres\n1,Toy Story\n",
                          ImportFormat::MovieLens),
              at("bad-movies.csv", 2) + "fewer columns than the header names");
}

TEST_F(ImportFilesTest, AMissingFileIsAnImportError) {
    try {
        EventFileReader reader(m_directory / "absent.csv", ImportFormat::Csv);
        ADD_FAILURE() << "opened a missing file";
    } catch (const ImportError& error) {
        EXPECT_THAT(error.what(), HasSubstr("absent.csv"));
    }
}

}  // namespace
}  // namespace recops::cli
