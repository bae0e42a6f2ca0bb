// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/series_history.h"

#include "core/json_reader.h"

namespace recops::console {

std::optional<SeriesHistory> SeriesHistory::fromJson(const QJsonDocument& document,
                                                     QString* error) {
    JsonReader reader = JsonReader::root(document);
    SeriesHistory history;
    history.series = reader.string(u"series");
    history.unit = reader.string(u"unit");
    history.fromMs = reader.timestamp(u"from").toMSecsSinceEpoch();
    history.toMs = reader.timestamp(u"to").toMSecsSinceEpoch();
    history.stepSeconds = reader.integer(u"step_s");
    reader.forEachObject(u"points", [&history](JsonReader& item) {
        SeriesSample sample;
        sample.timeMs = item.timestamp(u"t").toMSecsSinceEpoch();
        sample.value = item.optionalNumber(u"v");
        history.points.append(sample);
    });
    return reader.finish(history, error);
}

}  // namespace recops::console
