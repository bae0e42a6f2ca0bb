// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/profile_store.h"

#include "core/profile_validator.h"

#include <array>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace recops::console {

namespace {

// Step N brings a file from user_version N to N + 1. Append, never edit: files in the
// field were written by the earlier steps.
constexpr std::array<const char*, ProfileStore::kSchemaVersion> kMigrations = {
    R"sql(
        CREATE TABLE profiles (
            id                  TEXT PRIMARY KEY NOT NULL,
            name                TEXT NOT NULL UNIQUE COLLATE NOCASE,
            url                 TEXT NOT NULL,
            environment         TEXT NOT NULL
                CHECK (environment IN ('production', 'staging', 'development', 'demo')),
            ca_certificate_path TEXT NOT NULL DEFAULT '',
            allow_self_signed   INTEGER NOT NULL DEFAULT 0 CHECK (allow_self_signed IN (0, 1)),
            created_at          TEXT NOT NULL,
            updated_at          TEXT NOT NULL
        )
    )sql",
};

constexpr char kSelectColumns[] =
    "SELECT id, name, url, environment, ca_certificate_path, allow_self_signed FROM profiles";

ConnectionProfile profileFromQuery(const QSqlQuery& query) {
    ConnectionProfile profile;
    profile.id = query.value(0).toString();
    profile.name = query.value(1).toString();
    profile.url = QUrl(query.value(2).toString());
    profile.environment =
        EnvironmentTags::fromKey(query.value(3).toString()).value_or(EnvironmentTag::Development);
    profile.tls.caCertificatePath = query.value(4).toString();
    profile.tls.allowSelfSigned = query.value(5).toInt() != 0;
    return profile;
}

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

}  // namespace

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("recops-profiles-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

ProfileStore::~ProfileStore() {
    close();
}

QString ProfileStore::defaultFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profiles.sqlite");
}

bool ProfileStore::open(const QString& filePath) {
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
    // Only the user reads the list of servers they operate.
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!migrate()) {
        const QString reason = m_errorString;
        close();
        m_errorString = reason;
        return false;
    }
    return true;
}

bool ProfileStore::isOpen() const {
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void ProfileStore::close() {
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int ProfileStore::schemaVersion() const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool ProfileStore::migrate() {
    const int found = schemaVersion();
    if (found < 0) {
        return fail(tr("%1 is not a profile database.").arg(m_filePath));
    }
    if (found > kSchemaVersion) {
        return fail(tr("%1 was written by a newer recops-console (schema %2; this version "
                       "reads up to %3). It was left untouched.")
                        .arg(m_filePath)
                        .arg(found)
                        .arg(kSchemaVersion));
    }
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    for (int version = found; version < kSchemaVersion; ++version) {
        database.transaction();
        QSqlQuery query(database);
        const bool applied =
            query.exec(QString::fromLatin1(kMigrations[static_cast<size_t>(version)])) &&
            query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!applied) {
            const QString reason = query.lastError().text();
            database.rollback();
            return fail(tr("Cannot bring %1 to schema %2: %3")
                            .arg(m_filePath)
                            .arg(version + 1)
                            .arg(reason));
        }
        database.commit();
    }
    return true;
}

QList<ConnectionProfile> ProfileStore::profiles() const {
    QList<ConnectionProfile> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QLatin1StringView(kSelectColumns) + u" ORDER BY name COLLATE NOCASE")) {
        return result;
    }
    while (query.next()) {
        result.append(profileFromQuery(query));
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::findById(const QString& id) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QLatin1StringView(kSelectColumns) + u" WHERE id = ?");
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return profileFromQuery(query);
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString& name) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QLatin1StringView(kSelectColumns) + u" WHERE name = ? COLLATE NOCASE");
    query.addBindValue(name.trimmed());
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return profileFromQuery(query);
}

bool ProfileStore::save(ConnectionProfile& profile) {
    if (!isOpen()) {
        return fail(tr("The profile store is not open."));
    }
    profile.name = profile.name.trimmed();
    const QList<ValidationIssue> issues = ProfileValidator::validate(profile, profiles());
    if (!issues.isEmpty()) {
        return fail(issues.constFirst().message);
    }

    const bool isNew = !profile.isSaved() || !findById(profile.id);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (isNew) {
        if (profile.id.isEmpty()) {
            profile.id = ConnectionProfile::newId();
        }
        query.prepare(QStringLiteral(
            "INSERT INTO profiles (id, name, url, environment, ca_certificate_path, "
            "allow_self_signed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(profile.id);
    } else {
        query.prepare(QStringLiteral(
            "UPDATE profiles SET name = ?, url = ?, environment = ?, ca_certificate_path = ?, "
            "allow_self_signed = ?, updated_at = ? WHERE id = ?"));
    }
    query.addBindValue(profile.name);
    query.addBindValue(profile.url.toString());
    query.addBindValue(EnvironmentTags::key(profile.environment));
    // A null QString binds as SQL NULL; the column wants an empty string.
    query.addBindValue(profile.tls.caCertificatePath.isNull() ? QStringLiteral("")
                                                              : profile.tls.caCertificatePath);
    query.addBindValue(profile.tls.allowSelfSigned ? 1 : 0);
    const QString now = nowUtc();
    query.addBindValue(now);
    if (isNew) {
        query.addBindValue(now);
    } else {
        query.addBindValue(profile.id);
    }
    if (!query.exec()) {
        return fail(
            tr("Cannot save the profile \"%1\": %2").arg(profile.name, query.lastError().text()));
    }
    m_errorString.clear();
    if (isNew) {
        Q_EMIT profileAdded(profile);
    } else {
        Q_EMIT profileUpdated(profile);
    }
    return true;
}

bool ProfileStore::remove(const QString& id) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return fail(tr("Cannot remove the profile: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return fail(tr("There is no profile with id %1.").arg(id));
    }
    m_errorString.clear();
    Q_EMIT profileRemoved(id);
    return true;
}

bool ProfileStore::fail(const QString& message) {
    m_errorString = message;
    return false;
}

}  // namespace recops::console
