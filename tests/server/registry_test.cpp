// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/registry.h"

#include <cmath>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::metrics {
namespace {

using ::testing::HasSubstr;

TEST(RegistryTest, ExposesFamiliesWithHelpTypeAndSortedChildren) {
    Registry registry;
    auto& requests =
        registry.counterFamily("http_requests_total", "Requests.", {"method", "status"});
    requests.withLabels({"POST", "201"}).increment();
    requests.withLabels({"GET", "200"}).increment(2);
    registry.gauge("queue_depth", "Jobs waiting.").set(4.5);

    EXPECT_EQ(registry.expose(),
              "# HELP http_requests_total Requests.\n"
              "# TYPE http_requests_total counter\n"
              "http_requests_total{method=\"GET\",status=\"200\"} 2\n"
              "http_requests_total{method=\"POST\",status=\"201\"} 1\n"
              "# HELP queue_depth Jobs waiting.\n"
              "# TYPE queue_depth gauge\n"
              "queue_depth 4.5\n");
}

TEST(RegistryTest, TheSameLabelValuesGiveTheSameChild) {
    Registry registry;
    auto& family = registry.counterFamily("events_total", "Events.", {"kind"});
    EXPECT_EQ(&family.withLabels({"view"}), &family.withLabels({"view"}));
    EXPECT_NE(&family.withLabels({"view"}), &family.withLabels({"click"}));
}

TEST(RegistryTest, EscapesLabelValuesAndHelpText) {
    Registry registry;
    registry.counterFamily("odd_total", "Back\\slash and\nnewline.", {"path"})
        .withLabels({"a\"b\\c\nd"})
        .increment();
    const std::string text = registry.expose();
    EXPECT_THAT(text, HasSubstr("# HELP odd_total Back\\\\slash and\\nnewline.\n"));
    EXPECT_THAT(text, HasSubstr("odd_total{path=\"a\\\"b\\\\c\\nd\"} 1\n"));
}

TEST(RegistryTest, FormatsSpecialValuesAsPrometheusExpects) {
    EXPECT_EQ(formatSampleValue(INFINITY), "+Inf");
    EXPECT_EQ(formatSampleValue(-INFINITY), "-Inf");
    EXPECT_EQ(formatSampleValue(NAN), "NaN");
    EXPECT_EQ(formatSampleValue(0.0005), "0.0005");
    EXPECT_EQ(formatSampleValue(1.0), "1");
}

TEST(RegistryTest, RefusesMistakesInTheCode) {
    Registry registry;
    registry.counter("once_total", "Once.");
    EXPECT_THROW(registry.counter("once_total", "Again."), std::invalid_argument);
    EXPECT_THROW(registry.counter("bad-name", "Dash."), std::invalid_argument);
    EXPECT_THROW(registry.counterFamily("a_total", "A.", {"__reserved"}), std::invalid_argument);
    EXPECT_THROW(registry.histogramFamily("h_seconds", "H.", {"le"}, {1.0}), std::invalid_argument);
    EXPECT_THROW(registry.histogramFamily("h2_seconds", "H.", {}, {2.0, 1.0}),
                 std::invalid_argument);
    auto& family = registry.counterFamily("two_total", "Two.", {"a", "b"});
    EXPECT_THROW(family.withLabels({"only-one"}), std::invalid_argument);
}

TEST(RegistryTest, IncludesCollectorsInRegistrationOrder) {
    class FixedCollector final : public Collectable {
    public:
        void collect(ExpositionWriter& writer) const override {
            writer.writeHeader("fixed", "Fixed.", MetricType::Gauge);
            writer.writeSample("fixed", {}, 7.0);
        }
    };
    Registry registry;
    registry.addCollector(std::make_unique<FixedCollector>());
    registry.counter("after_total", "After.");
    const std::string text = registry.expose();
    EXPECT_LT(text.find("fixed 7\n"), text.find("after_total 0\n"));
}

TEST(RegistryTest, ReadsAFamilyByNameWithLabelsAndValues) {
    Registry registry;
    auto& drift = registry.gaugeFamily("data_drift_psi", "PSI per feature.", {"feature"});
    drift.withLabels({"age"}).set(0.25);
    drift.withLabels({"country"}).set(0.05);
    registry.counter("model_load_failures_total", "Failures.").increment(3);
    registry.histogramFamily("latency_seconds", "Latency.", {}, {0.1, 1.0})
        .withLabels({})
        .observe(0.5);

    const auto gauges = registry.read("data_drift_psi");
    ASSERT_TRUE(gauges.has_value());
    EXPECT_EQ(gauges->type, MetricType::Gauge);
    ASSERT_EQ(gauges->samples.size(), 2u);
    EXPECT_EQ(gauges->samples[0].label("feature"), "age");
    EXPECT_DOUBLE_EQ(gauges->samples[0].value, 0.25);
    EXPECT_EQ(gauges->samples[1].label("feature"), "country");
    EXPECT_EQ(gauges->samples[1].label("no_such_label"), "");

    const auto counter = registry.read("model_load_failures_total");
    ASSERT_TRUE(counter.has_value());
    EXPECT_EQ(counter->type, MetricType::Counter);
    ASSERT_EQ(counter->samples.size(), 1u);
    EXPECT_TRUE(counter->samples[0].labels.empty());
    EXPECT_DOUBLE_EQ(counter->samples[0].value, 3.0);

    EXPECT_DOUBLE_EQ(registry.read("latency_seconds")->samples.at(0).value, 1.0);
}

TEST(RegistryTest, ReadingAnUnknownNameGivesNothingAndAFamilyWithoutChildrenNoSamples) {
    Registry registry;
    registry.gaugeFamily("store_pool_connections_in_use", "In use.", {"pool"});
    EXPECT_FALSE(registry.read("backup_last_success_timestamp_seconds").has_value());
    const auto empty = registry.read("store_pool_connections_in_use");
    ASSERT_TRUE(empty.has_value());
    EXPECT_TRUE(empty->samples.empty());
}

}  // namespace
}  // namespace recops::metrics
