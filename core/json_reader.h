// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace recops::console {

/**
 * Reads the JSON object of an API answer field by field, and names the first field that
 * is not what the contract says by its path: `versions[2].stage is not a string`.
 *
 * The readers of recopsd's answers (model versions, training jobs, rollouts, drift) all go
 * through it, so each checks the shape once and says precisely what was wrong. Reads after
 * the first problem return empty values; finish() turns the result into a value or nullopt.
 *
 *     JsonReader reader = JsonReader::root(document);
 *     Job job{reader.string(u"id"), reader.optionalTimestamp(u"finished_at")};
 *     return reader.finish(job, error);
 */
class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    /// The top level of an answer; a problem when it is not an object.
    static JsonReader root(const QJsonDocument& document);
    /// @p object, whose fields are named under @p path ("" at the top level).
    JsonReader(const QJsonObject& object, const QString& path);

    bool ok() const { return m_problem->isEmpty(); }
    /// The first problem; empty while there is none.
    QString problem() const { return *m_problem; }
    const QJsonObject& object() const { return m_object; }
    bool has(QStringView key) const;
    /// The path of @p key for messages: "versions[2].stage".
    QString pathOf(QStringView key) const;

    QString string(QStringView key);
    /// A string, or @p fallback when the field is missing or null.
    QString optionalString(QStringView key, const QString& fallback = {});
    double number(QStringView key);
    std::optional<double> optionalNumber(QStringView key);
    qint64 integer(QStringView key);
    std::optional<qint64> optionalInteger(QStringView key);
    bool boolean(QStringView key);
    /// An ISO 8601 time such as "2026-03-01T14:02:11.125Z", in UTC.
    QDateTime timestamp(QStringView key);
    QDateTime optionalTimestamp(QStringView key);
    QStringList stringList(QStringView key);
    /// An object, or an empty one when missing or null.
    QJsonObject optionalObject(QStringView key);
    /// A nested object, read with the same problem record.
    JsonReader child(QStringView key);

    /// Calls @p read with a reader for each object of the array @p key ("jobs[3]").
    template <typename Read>
    void forEachObject(QStringView key, Read read) {
        const QJsonArray items = array(key);
        for (qsizetype index = 0; index < items.size() && ok(); ++index) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(index);
            if (!items.at(index).isObject()) {
                fail(tr("%1 is not an object").arg(itemPath));
                return;
            }
            JsonReader item(items.at(index).toObject(), itemPath, m_problem);
            read(item);
        }
    }

    /// @p value when every read succeeded; otherwise nullopt, with the problem in @p error.
    template <typename T>
    std::optional<T> finish(T value, QString* error) const {
        if (!ok()) {
            if (error) {
                *error = problem();
            }
            return std::nullopt;
        }
        return value;
    }

    /// Records @p message as the problem unless there is one already.
    void fail(const QString& message);

private:
    JsonReader(const QJsonObject& object, const QString& path, std::shared_ptr<QString> problem);
    QJsonArray array(QStringView key);
    /// The field, or undefined after a problem (recording a missing one as a problem).
    QJsonValue required(QStringView key);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_problem;
};

}  // namespace recops::console
