// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/json_field_log.h"

namespace recops::console {

namespace {
thread_local JsonFieldLog* innermost = nullptr;
}  // namespace

JsonFieldLog::JsonFieldLog() : m_outer(innermost) {
    innermost = this;
}

JsonFieldLog::~JsonFieldLog() {
    innermost = m_outer;
}

bool JsonFieldLog::isRecording() {
    return innermost != nullptr;
}

void JsonFieldLog::record(const QString& path) {
    if (innermost != nullptr && !innermost->m_fields.contains(path)) {
        innermost->m_fields.append(path);
    }
}

QJsonValue JsonFieldLog::field(const QJsonObject& object, QStringView key) {
    if (innermost != nullptr) {
        record(key.toString());
    }
    return object.value(key);
}

}  // namespace recops::console
