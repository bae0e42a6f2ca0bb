// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"

#include <optional>

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace recops::console {

/// What a step's call brought back, as the capture sources see it.
struct RunbookAnswer {
    int httpStatus = 0;
    double latencyMs = 0.0;
    /// The decoded JSON body (2xx), or undefined.
    QJsonValue body = QJsonValue(QJsonValue::Undefined);
    /// The raw body of a text response.
    QByteArray text;
    QString problemType;
    QString problemDetail;
    /// One line on what went wrong, empty for a 2xx answer.
    QString error;
};

/**
 * Takes one value out of an answer for a capture: a JSON pointer (RFC 6901) into the body,
 * one of the answer's own fields (http_status, latency_ms, problem_type, problem_detail,
 * error), or the sum of the samples of a Prometheus metric in a text body
 * (`metric:process_open_fds`, `metric:http_requests_total{route="/healthz"}`).
 */
class RunbookCaptureReader {
public:
    static std::optional<QJsonValue> read(const RunbookCapture& capture,
                                          const RunbookAnswer& answer, QString* error);
    /// Resolves @p pointer ("/store/status", "/tokens/0/id") in @p value.
    static std::optional<QJsonValue> resolvePointer(const QJsonValue& value,
                                                    const QString& pointer);
    /// The sum of the samples of `NAME{label="v",...}` in Prometheus text @p exposition
    /// whose labels include the given ones; nullopt when no sample matches.
    static std::optional<double> sumMetric(const QByteArray& exposition, const QString& selector,
                                           QString* error);
};

}  // namespace recops::console
