// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/gate_result.h"

#include "core/json_reader.h"

#include <algorithm>

namespace recops::console {

GateResult GateResult::read(JsonReader& reader) {
    GateResult result;
    result.gate = reader.string(u"gate");
    result.passed = reader.boolean(u"passed");
    result.actual = reader.optionalNumber(u"actual").value_or(0.0);
    result.threshold = reader.optionalNumber(u"threshold").value_or(0.0);
    result.detail = reader.optionalString(u"detail");
    return result;
}

QList<GateResult> GateResults::read(JsonReader& reader, QStringView key) {
    QList<GateResult> gates;
    if (reader.has(key)) {
        reader.forEachObject(key,
                             [&gates](JsonReader& gate) { gates.append(GateResult::read(gate)); });
    }
    return gates;
}

std::optional<QList<GateResult>> GateResults::fromJson(const QJsonArray& array, QString* error) {
    JsonReader reader(QJsonObject{{QStringLiteral("gates"), array}}, QString());
    const QList<GateResult> gates = read(reader, u"gates");
    return reader.finish(gates, error);
}

int GateResults::failedCount(const QList<GateResult>& gates) {
    return static_cast<int>(
        std::count_if(gates.cbegin(), gates.cend(), [](const GateResult& g) { return !g.passed; }));
}

QString GateResults::summary(const QList<GateResult>& gates) {
    if (gates.isEmpty()) {
        return tr("No gates apply");
    }
    const int failed = failedCount(gates);
    if (failed == 0) {
        return tr("All gates passed (%1 of %1)").arg(gates.size());
    }
    return tr("Gates failed: %1 of %2").arg(failed).arg(gates.size());
}

}  // namespace recops::console
