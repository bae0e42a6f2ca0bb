// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace recops::console {

/**
 * While one is alive, every field a JsonReader on the same thread reads is recorded by
 * its path ("versions[2].stage"), whether present or not.
 *
 * It lets a test run the console's readers of recopsd's answers and check each field they
 * read against the answer's schema in docs/openapi.yaml. Without one, reading costs a
 * pointer test.
 */
class JsonFieldLog {
public:
    JsonFieldLog();
    ~JsonFieldLog();
    JsonFieldLog(const JsonFieldLog&) = delete;
    JsonFieldLog& operator=(const JsonFieldLog&) = delete;

    /// The paths read so far, in reading order, each once.
    QStringList fields() const { return m_fields; }

    static bool isRecording();
    /// Records @p path in the innermost log of this thread.
    static void record(const QString& path);
    /// The top-level field @p key of @p object, recorded: for readers that do not go
    /// through a JsonReader.
    static QJsonValue field(const QJsonObject& object, QStringView key);

private:
    QStringList m_fields;
    JsonFieldLog* m_outer;
};

}  // namespace recops::console
