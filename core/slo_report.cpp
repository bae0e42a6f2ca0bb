// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/slo_report.h"

#include "core/json_reader.h"

#include <algorithm>

namespace recops::console {

std::optional<double> SloReport::fastestBurn() const {
    std::optional<double> fastest;
    for (const SloBurnRate& rate : burnRates) {
        for (const std::optional<double>& value : {rate.longRate, rate.shortRate}) {
            if (value && (!fastest || *value > *fastest)) {
                fastest = value;
            }
        }
    }
    return fastest;
}

const SloReport* SloReportList::find(const QString& name) const {
    const auto found = std::find_if(slos.cbegin(), slos.cend(),
                                    [&name](const SloReport& slo) { return slo.name == name; });
    return found == slos.cend() ? nullptr : &*found;
}

std::optional<SloReportList> SloReportList::fromJson(const QJsonDocument& document,
                                                     QString* error) {
    JsonReader reader = JsonReader::root(document);
    SloReportList list;
    list.evaluatedAtUtc = reader.timestamp(u"evaluated_at");
    reader.forEachObject(u"slos", [&list](JsonReader& item) {
        SloReport slo;
        slo.name = item.string(u"name");
        slo.description = item.string(u"description");
        slo.kind = item.string(u"kind");
        slo.objective = item.number(u"objective");
        slo.windowSeconds = item.integer(u"window_s");
        slo.requests = item.integer(u"requests");
        slo.sli = item.optionalNumber(u"sli");
        slo.goodRatio = item.optionalNumber(u"good_ratio");
        slo.errorBudgetRemaining = item.optionalNumber(u"error_budget_remaining");
        const QJsonValue met = item.object().value(QLatin1StringView("met"));
        if (met.isBool()) {
            slo.met = met.toBool();
        } else if (!met.isNull() && !met.isUndefined()) {
            item.fail(JsonReader::tr("%1 is not a boolean").arg(item.pathOf(u"met")));
        }
        slo.latencyThresholdMs = item.optionalNumber(u"latency_threshold_ms");
        item.forEachObject(u"burn_rates", [&slo](JsonReader& rateItem) {
            SloBurnRate rate;
            rate.windows = rateItem.string(u"windows");
            rate.longWindowSeconds = rateItem.integer(u"long_window_s");
            rate.shortWindowSeconds = rateItem.integer(u"short_window_s");
            rate.longRate = rateItem.optionalNumber(u"long");
            rate.shortRate = rateItem.optionalNumber(u"short");
            slo.burnRates.append(rate);
        });
        list.slos.append(slo);
    });
    return reader.finish(list, error);
}

}  // namespace recops::console
