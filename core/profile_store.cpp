// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/profile_store.h"

#include "core/local_database.h"
#include "core/profile_validator.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace recops::console {

namespace {

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

ProfileStore::ProfileStore(QObject* parent) : QObject(parent) {}

ProfileStore::ProfileStore(LocalDatabase* database, QObject* parent)
    : QObject(parent), m_database(database) {}

ProfileStore::~ProfileStore() {
    close();
}

LocalSchema ProfileStore::schema() {
    // Version 1 is the table consoles wrote before the shared local store (file format 1).
    return {QStringLiteral("profiles"), {{QStringLiteral(R"sql(
                CREATE TABLE IF NOT EXISTS profiles (
                    id                  TEXT PRIMARY KEY NOT NULL,
                    name                TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    url                 TEXT NOT NULL,
                    environment         TEXT NOT NULL
                        CHECK (environment IN ('production', 'staging', 'development', 'demo')),
                    ca_certificate_path TEXT NOT NULL DEFAULT '',
                    allow_self_signed   INTEGER NOT NULL DEFAULT 0
                        CHECK (allow_self_signed IN (0, 1)),
                    created_at          TEXT NOT NULL,
                    updated_at          TEXT NOT NULL
                )
            )sql")}}};
}

QString ProfileStore::defaultFilePath() {
    return LocalDatabase::defaultFilePath();
}

bool ProfileStore::open(const QString& filePath) {
    close();
    m_ownDatabase = new LocalDatabase(this);
    m_database = m_ownDatabase;
    if (!m_ownDatabase->open(filePath)) {
        m_errorString = m_ownDatabase->errorString();
        close();
        return false;
    }
    m_errorString.clear();
    return true;
}

bool ProfileStore::isOpen() const {
    return m_database && m_database->isOpen();
}

void ProfileStore::close() {
    if (m_ownDatabase) {
        if (m_database == m_ownDatabase) {
            m_database = nullptr;
        }
        delete m_ownDatabase;
        m_ownDatabase = nullptr;
    }
}

QString ProfileStore::filePath() const {
    return m_database ? m_database->filePath() : QString();
}

QSqlDatabase ProfileStore::database() const {
    return m_database ? m_database->database() : QSqlDatabase();
}

int ProfileStore::schemaVersion() const {
    return m_database && m_database->isOpen() ? m_database->componentVersion(schema().component)
                                              : -1;
}

QList<ConnectionProfile> ProfileStore::profiles() const {
    QList<ConnectionProfile> result;
    QSqlQuery query(database());
    if (!query.exec(QLatin1StringView(kSelectColumns) + u" ORDER BY name COLLATE NOCASE")) {
        return result;
    }
    while (query.next()) {
        result.append(profileFromQuery(query));
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::findById(const QString& id) const {
    QSqlQuery query(database());
    query.prepare(QLatin1StringView(kSelectColumns) + u" WHERE id = ?");
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return profileFromQuery(query);
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString& name) const {
    QSqlQuery query(database());
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
    QSqlQuery query(database());
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
    QSqlQuery query(database());
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
