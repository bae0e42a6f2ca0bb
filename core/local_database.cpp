// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Opening the local store is careful in one order: read every version first and refuse a
// file from a newer console before anything is written (switching to WAL rewrites the
// header), then bring the file layout and each component forward.
#include "core/local_database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace recops::console {

namespace {
const QString kVersionsTable = QStringLiteral("schema_versions");
// The one component a file of format 1 held, at version 1.
const QString kLegacyComponent = QStringLiteral("profiles");
}  // namespace

LocalDatabase::LocalDatabase(QObject* parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("recops-local-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

LocalDatabase::~LocalDatabase() {
    close();
}

QString LocalDatabase::defaultFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/console.sqlite");
}

QString LocalDatabase::legacyFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profiles.sqlite");
}

bool LocalDatabase::openDefault() {
    const QString target = defaultFilePath();
    const QString legacy = legacyFilePath();
    if (!QFileInfo::exists(target) && QFileInfo::exists(legacy)) {
        // A profiles-only file from an earlier console: the same SQLite layout at format 1,
        // migrated on open below. Its journal files, if any, move with it.
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(legacy + suffix)) {
                QFile::rename(legacy + suffix, target + suffix);
            }
        }
        if (!QFile::rename(legacy, target)) {
            return fail(tr("Cannot move %1 to %2.").arg(legacy, target));
        }
    }
    return open(target);
}

bool LocalDatabase::open(const QString& filePath, const QList<LocalSchema>& schemas) {
    close();
    m_filePath = filePath;
    const QFileInfo file(filePath);
    if (!QDir().mkpath(file.absolutePath())) {
        return fail(tr("Cannot create the directory %1.").arg(file.absolutePath()));
    }
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        database.setDatabaseName(filePath);
        if (!database.open()) {
            const QString reason = database.lastError().text();
            database = QSqlDatabase();
            close();
            return fail(tr("Cannot open %1: %2").arg(filePath, reason));
        }
    }
    // Only the user reads the list of servers they operate and what they showed.
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QHash<QString, int> versions;
    int format = 0;
    bool ready = readVersions(&versions, &format);
    for (qsizetype index = 0; ready && index < schemas.size(); ++index) {
        const LocalSchema& schema = schemas.at(index);
        const int found = versions.value(schema.component, 0);
        if (found > schema.version()) {
            ready = fail(tr("%1 was written by a newer recops-console (%2 at version %3; this "
                            "version reads up to %4). It was left untouched.")
                             .arg(m_filePath, schema.component)
                             .arg(found)
                             .arg(schema.version()));
        }
    }
    if (ready) {
        QSqlQuery pragma(database());
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        ready = upgradeLayout(format);
    }
    for (qsizetype index = 0; ready && index < schemas.size(); ++index) {
        const LocalSchema& schema = schemas.at(index);
        ready = migrate(schema, versions.value(schema.component, 0));
    }
    if (!ready) {
        const QString reason = m_errorString;
        close();
        m_errorString = reason;
        return false;
    }
    m_errorString.clear();
    return true;
}

bool LocalDatabase::readVersions(QHash<QString, int>* versions, int* format) {
    QSqlDatabase database = this->database();
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fail(
            tr("%1 is not a console database: %2").arg(m_filePath, query.lastError().text()));
    }
    *format = query.value(0).toInt();
    if (*format > kFileFormatVersion) {
        return fail(tr("%1 was written by a newer recops-console (file format %2; this "
                       "version reads up to %3). It was left untouched.")
                        .arg(m_filePath)
                        .arg(*format)
                        .arg(kFileFormatVersion));
    }
    if (*format == 1) {
        versions->insert(kLegacyComponent, 1);
    }
    if (*format < kFileFormatVersion) {
        return true;  // upgradeLayout() creates the versions table
    }
    if (!query.exec(QStringLiteral("SELECT component, version FROM schema_versions"))) {
        return fail(
            tr("%1 is not a console database: %2").arg(m_filePath, query.lastError().text()));
    }
    while (query.next()) {
        versions->insert(query.value(0).toString(), query.value(1).toInt());
    }
    return true;
}

bool LocalDatabase::upgradeLayout(int format) {
    if (format >= kFileFormatVersion) {
        return true;
    }
    QSqlDatabase database = this->database();
    database.transaction();
    QSqlQuery query(database);
    bool applied = query.exec(
        QStringLiteral("CREATE TABLE schema_versions (component TEXT PRIMARY KEY NOT NULL, "
                       "version INTEGER NOT NULL) STRICT"));
    if (applied && format == 1) {
        applied = query.exec(
            QStringLiteral("INSERT INTO schema_versions VALUES ('%1', 1)").arg(kLegacyComponent));
    }
    applied =
        applied && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kFileFormatVersion));
    if (!applied) {
        const QString reason = query.lastError().text();
        database.rollback();
        return fail(tr("Cannot bring %1 to file format %2: %3")
                        .arg(m_filePath)
                        .arg(kFileFormatVersion)
                        .arg(reason));
    }
    database.commit();
    return true;
}

bool LocalDatabase::migrate(const LocalSchema& schema, int from) {
    QSqlDatabase database = this->database();
    for (int version = from; version < schema.version(); ++version) {
        database.transaction();
        QSqlQuery query(database);
        bool applied = true;
        for (const QString& statement : schema.steps.at(version)) {
            applied = applied && query.exec(statement);
        }
        if (applied) {
            query.prepare(
                QStringLiteral("INSERT INTO schema_versions (component, version) VALUES (?, ?) "
                               "ON CONFLICT (component) DO UPDATE SET version = excluded.version"));
            query.addBindValue(schema.component);
            query.addBindValue(version + 1);
            applied = query.exec();
        }
        if (!applied) {
            const QString reason = query.lastError().text();
            database.rollback();
            return fail(tr("Cannot bring %1 in %2 to version %3: %4")
                            .arg(schema.component, m_filePath)
                            .arg(version + 1)
                            .arg(reason));
        }
        database.commit();
    }
    return true;
}

bool LocalDatabase::isOpen() const {
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void LocalDatabase::close() {
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase LocalDatabase::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int LocalDatabase::componentVersion(const QString& component) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT version FROM schema_versions WHERE component = ?"));
    query.addBindValue(component);
    if (!query.exec() || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

bool LocalDatabase::fail(const QString& message) {
    m_errorString = message;
    return false;
}

}  // namespace recops::console
