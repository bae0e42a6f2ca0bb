// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace recops::console {

class JsonReader;

/// One artifact of a version, with the checksum recopsd verifies before loading it.
struct ManifestFile {
    QString path;
    qint64 bytes = 0;
    QString sha256;

    friend bool operator==(const ManifestFile&, const ManifestFile&) = default;
};

/**
 * A version's manifest.json: its files with their SHA-256, the data it was trained on
 * (events, users, items, the window), and the algorithm's parameters. The whole document
 * is kept for the fields the console does not interpret.
 */
struct ModelManifest {
    QList<ManifestFile> files;
    /// The "data" object: events, interactions, users, items, first/last event, window.
    QJsonObject data;
    QMap<QString, QString> parameters;
    QString eventWeights;
    QJsonObject document;

    /// The training window's bounds; invalid for "from the first event" / "to the last".
    QDateTime windowFromUtc() const;
    QDateTime windowToUtc() const;
    /// The first and last event the training read.
    QDateTime firstEventUtc() const;
    QDateTime lastEventUtc() const;

    static ModelManifest read(JsonReader& reader);
    friend bool operator==(const ModelManifest&, const ModelManifest&) = default;
};

}  // namespace recops::console
