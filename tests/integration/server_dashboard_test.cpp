// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Grafana dashboard in packaging/grafana parses, every panel has what Grafana needs, and
// every metric its queries name is one the real recopsd exports at /metrics.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"

#include <fstream>
#include <regex>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

nlohmann::json loadDashboard() {
    std::ifstream file(requiredEnvironment("RECOPS_SOURCE_DIR") +
                       "/packaging/grafana/recopsd-dashboard.json");
    return nlohmann::json::parse(file);
}

/// Every "expr" anywhere in @p value.
void collectExpressions(const nlohmann::json& value, std::vector<std::string>& out) {
    if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            if (key == "expr" && member.is_string()) {
                out.push_back(member.get<std::string>());
            } else {
                collectExpressions(member, out);
            }
        }
    } else if (value.is_array()) {
        for (const nlohmann::json& item : value) {
            collectExpressions(item, out);
        }
    }
}

/// The metric names a PromQL expression reads: identifiers once string literals, label
/// matchers, ranges and grouping lists are cut out, less functions, aggregations and keywords.
std::set<std::string> metricNamesIn(const std::string& expression) {
    std::string text = std::regex_replace(expression, std::regex(R"("(\\.|[^"\\])*")"), " ");
    text = std::regex_replace(text, std::regex(R"(\{[^}]*\})"), " ");
    text = std::regex_replace(text, std::regex(R"(\[[^\]]*\])"), " ");
    text = std::regex_replace(
        text, std::regex(R"(\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\))"), " ");
    static const std::set<std::string> kKeywords{
        "sum",    "min",          "max",     "avg",  "group",    "stddev", "stdvar",
        "count",  "count_values", "bottomk", "topk", "quantile", "and",    "or",
        "unless", "bool",         "offset",  "inf",  "nan"};
    std::set<std::string> names;
    const std::regex identifier(R"(([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?)");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), identifier);
         it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[1];
        const bool isCall = (*it)[2].matched;
        // Preceded by a digit, an identifier is an exponent or unit (1e3, 30d) already cut.
        const auto position = static_cast<std::size_t>(it->position(0));
        const bool partOfNumber =
            position > 0 && (std::isdigit(static_cast<unsigned char>(text[position - 1])) != 0 ||
                             text[position - 1] == '.');
        if (!isCall && !partOfNumber && !kKeywords.contains(name)) {
            names.insert(name);
        }
    }
    return names;
}

/// The metric names of a scrape: each family's name, and a histogram's series names.
std::set<std::string> exportedNames(const std::string& scrape) {
    std::set<std::string> names;
    std::istringstream lines(scrape);
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (std::regex_match(line, match, std::regex(R"(# TYPE (\S+) (\S+))"))) {
            names.insert(match[1]);
            if (match[2] == "histogram") {
                for (const char* suffix : {"_bucket", "_sum", "_count"}) {
                    names.insert(std::string(match[1]) + suffix);
                }
            }
        }
    }
    return names;
}

TEST(ServerDashboardTest, TheDashboardIsCompleteAndReadsOnlyMetricsRecopsdExports) {
    const nlohmann::json dashboard = loadDashboard();
    EXPECT_EQ(dashboard["uid"], "recopsd-overview");
    ASSERT_TRUE(dashboard["panels"].is_array());
    std::set<int> ids;
    for (const nlohmann::json& panel : dashboard["panels"]) {
        SCOPED_TRACE(panel.value("title", std::string("untitled")));
        EXPECT_TRUE(ids.insert(panel["id"].get<int>()).second) << "panel ids are unique";
        EXPECT_FALSE(panel["title"].get<std::string>().empty());
        EXPECT_TRUE(panel["gridPos"].contains("w") && panel["gridPos"].contains("h"));
        if (panel["type"] != "row") {
            EXPECT_EQ(panel["datasource"]["uid"], "${datasource}");
            EXPECT_FALSE(panel["targets"].empty());
        }
    }

    RecopsdProcess recopsd;
    const std::set<std::string> exported =
        exportedNames(httpRequest(recopsd.url(), "GET", "/metrics").body);
    ASSERT_TRUE(exported.contains("http_requests_total"));

    std::vector<std::string> expressions;
    collectExpressions(dashboard, expressions);
    ASSERT_GT(expressions.size(), 15u);
    std::set<std::string> referenced;
    for (const std::string& expression : expressions) {
        const std::set<std::string> names = metricNamesIn(expression);
        EXPECT_FALSE(names.empty()) << expression;
        for (const std::string& name : names) {
            EXPECT_TRUE(exported.contains(name)) << name << " in " << expression;
            referenced.insert(name);
        }
    }
    for (const char* name : {"http_requests_total", "http_request_duration_seconds_bucket",
                             "recommendation_cache_lookups_total", "recopsd_ready", "fault_active",
                             "process_resident_memory_bytes", "recopsd_memory_limit_bytes"}) {
        EXPECT_TRUE(referenced.contains(name)) << name;
    }
}

TEST(ServerDashboardTest, TheNameReaderSkipsWhatIsNotAMetric) {
    EXPECT_EQ(metricNamesIn("histogram_quantile(0.95, sum by (le, route) (rate(a_bucket{x=\"y\","
                            "route!~\"/healthz|b\"}[5m]))) / 1e3 > 0.1 and on (job) c"),
              (std::set<std::string>{"a_bucket", "c"}));
}

}  // namespace
}  // namespace recops::testing
