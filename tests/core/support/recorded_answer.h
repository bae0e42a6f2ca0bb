// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QAbstractItemModel>
#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace recops::testing {

/// The answer recorded from a real recopsd in @p directory/@p name (tests/core/data/…).
/// A missing file ends the test program: every later check would be meaningless.
inline QJsonDocument recordedAnswer(const char* directory, const char* name) {
    QFile file(QLatin1StringView(directory) + u'/' + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s/%s", directory, name);
    }
    return QJsonDocument::fromJson(file.readAll());
}

/// The recorded answer read by the console's own reader, T::fromJson; a refusal ends the
/// test program with the reader's reason.
template <typename T>
T readRecorded(const char* directory, const char* name) {
    QString error;
    std::optional<T> value = T::fromJson(recordedAnswer(directory, name), &error);
    if (!value) {
        qFatal("%s: %s", name, qPrintable(error));
    }
    return *value;
}

/// Every row's cell of @p index in @p model, as text.
inline QStringList column(const QAbstractItemModel& model, int index, int role = Qt::DisplayRole) {
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.append(model.index(row, index).data(role).toString());
    }
    return cells;
}

}  // namespace recops::testing
