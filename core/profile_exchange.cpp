// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The profile file format and its checks. Everything a user can get wrong in a file they
// edited by hand is named by its place in the file, so the message alone says what to fix.
#include "core/profile_exchange.h"

#include "core/profile_store.h"
#include "core/profile_validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace recops::console {

namespace {

const QString kSecretKeys[] = {QStringLiteral("token"), QStringLiteral("secret"),
                               QStringLiteral("password"), QStringLiteral("api_token")};

// "line 3, column 7" for a byte offset of the file.
QString positionOf(const QByteArray& json, int offset) {
    const QByteArray before = json.left(offset);
    const int line = static_cast<int>(before.count('\n')) + 1;
    const int column = offset - static_cast<int>(before.lastIndexOf('\n'));
    return QCoreApplication::translate("ProfileExchange", "line %1, column %2")
        .arg(line)
        .arg(column);
}

bool sameSettings(const ConnectionProfile& left, const ConnectionProfile& right) {
    return left.url == right.url && left.environment == right.environment && left.tls == right.tls;
}

}  // namespace

QByteArray ProfileExchange::toJson(const QList<ConnectionProfile>& profiles,
                                   const QDateTime& exportedAtUtc) {
    QJsonArray list;
    for (const ConnectionProfile& profile : profiles) {
        list.append(QJsonObject{
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("url"), profile.url.toString()},
            {QStringLiteral("environment"), EnvironmentTags::key(profile.environment)},
            {QStringLiteral("tls"),
             QJsonObject{{QStringLiteral("ca_certificate_path"), profile.tls.caCertificatePath},
                         {QStringLiteral("allow_self_signed"), profile.tls.allowSelfSigned}}}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1StringView(kFormat)},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("exported_at"), exportedAtUtc.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("profiles"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileExchange::Parsed ProfileExchange::parse(const QByteArray& json) {
    Parsed parsed;
    QStringList& errors = parsed.errors;
    QJsonParseError syntax;
    const QJsonDocument document = QJsonDocument::fromJson(json, &syntax);
    if (syntax.error != QJsonParseError::NoError) {
        errors.append(tr("%1: not valid JSON: %2")
                          .arg(positionOf(json, syntax.offset), syntax.errorString()));
        return parsed;
    }
    if (!document.isObject()) {
        errors.append(tr("The file must hold a JSON object, with \"format\": \"%1\".")
                          .arg(QLatin1StringView(kFormat)));
        return parsed;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1StringView(kFormat)) {
        errors.append(tr("format: must be \"%1\"; this is not a profile file of recops-console.")
                          .arg(QLatin1StringView(kFormat)));
        return parsed;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != version.toInt()) {
        errors.append(tr("version: must be the number %1.").arg(kFormatVersion));
        return parsed;
    }
    if (version.toInt() != kFormatVersion) {
        errors.append(tr("version: %1 is not a version this console reads (it reads %2); the "
                         "file was written by another version of recops-console.")
                          .arg(version.toInt())
                          .arg(kFormatVersion));
        return parsed;
    }
    for (const QString& key : root.keys()) {
        if (key != u"format" && key != u"version" && key != u"exported_at" && key != u"profiles") {
            errors.append(tr("%1: unknown field.").arg(key));
        }
    }
    const QJsonValue list = root.value(QStringLiteral("profiles"));
    if (!list.isArray()) {
        errors.append(tr("profiles: must be a list of profiles."));
        return parsed;
    }

    const QJsonArray profiles = list.toArray();
    for (qsizetype index = 0; index < profiles.size(); ++index) {
        const QString at = QStringLiteral("profiles[%1]").arg(index);
        if (!profiles.at(index).isObject()) {
            errors.append(tr("%1: must be an object with name, url and environment.").arg(at));
            continue;
        }
        const QJsonObject object = profiles.at(index).toObject();
        ConnectionProfile profile;
        bool usable = true;
        const auto require = [&](const QString& field) -> QString {
            const QJsonValue value = object.value(field);
            if (!value.isString()) {
                errors.append(value.isUndefined() ? tr("%1.%2: missing.").arg(at, field)
                                                  : tr("%1.%2: must be a string.").arg(at, field));
                usable = false;
                return QString();
            }
            return value.toString();
        };
        for (const QString& key : object.keys()) {
            if (std::find(std::begin(kSecretKeys), std::end(kSecretKeys), key.toLower()) !=
                std::end(kSecretKeys)) {
                errors.append(tr("%1.%2: profile files never carry secrets; remove it and set "
                                 "the token in Connection ▸ Manage connection profiles… instead.")
                                  .arg(at, key));
                usable = false;
            } else if (key != u"name" && key != u"url" && key != u"environment" && key != u"tls") {
                errors.append(tr("%1.%2: unknown field.").arg(at, key));
                usable = false;
            }
        }
        profile.name = require(QStringLiteral("name")).trimmed();
        const QString url = require(QStringLiteral("url"));
        const QString environment = require(QStringLiteral("environment"));
        if (!environment.isEmpty()) {
            if (const auto tag = EnvironmentTags::fromKey(environment)) {
                profile.environment = *tag;
            } else {
                errors.append(tr("%1.environment: \"%2\" is not one of production, staging, "
                                 "development, demo.")
                                  .arg(at, environment));
                usable = false;
            }
        }
        if (!url.isEmpty()) {
            QString urlError;
            if (const auto parsedUrl = ProfileValidator::parseServerUrl(url, &urlError)) {
                profile.url = *parsedUrl;
            } else {
                errors.append(tr("%1.url: %2").arg(at, urlError));
                usable = false;
            }
        }
        const QJsonValue tls = object.value(QStringLiteral("tls"));
        if (!tls.isUndefined()) {
            const QJsonObject options = tls.toObject();
            if (!tls.isObject()) {
                errors.append(tr("%1.tls: must be an object.").arg(at));
                usable = false;
            }
            for (const QString& key : options.keys()) {
                const QJsonValue value = options.value(key);
                if (key == u"ca_certificate_path" && value.isString()) {
                    profile.tls.caCertificatePath = value.toString();
                } else if (key == u"allow_self_signed" && value.isBool()) {
                    profile.tls.allowSelfSigned = value.toBool();
                } else if (key == u"ca_certificate_path") {
                    errors.append(tr("%1.tls.%2: must be a string.").arg(at, key));
                    usable = false;
                } else if (key == u"allow_self_signed") {
                    errors.append(tr("%1.tls.%2: must be true or false.").arg(at, key));
                    usable = false;
                } else {
                    errors.append(tr("%1.tls.%2: unknown field.").arg(at, key));
                    usable = false;
                }
            }
        }
        if (!usable) {
            continue;
        }
        // The dialog's rules; "others" are the profiles before this one, for duplicates.
        for (const ValidationIssue& issue : ProfileValidator::validate(profile, parsed.profiles)) {
            QString field = QStringLiteral("tls.ca_certificate_path");
            if (issue.field == ValidationIssue::Field::Name) {
                field = QStringLiteral("name");
            } else if (issue.field == ValidationIssue::Field::Url) {
                field = QStringLiteral("url");
            }
            errors.append(tr("%1.%2: %3").arg(at, field, issue.message));
            usable = false;
        }
        if (usable) {
            // Distinct ids, so the duplicate-name rule sees each earlier profile as another.
            profile.id = QStringLiteral("file-%1").arg(index);
            parsed.profiles.append(profile);
        }
    }
    if (!errors.isEmpty()) {
        parsed.profiles.clear();
    }
    for (ConnectionProfile& profile : parsed.profiles) {
        profile.id.clear();
    }
    return parsed;
}

ProfileImportOutcome ProfileExchange::importInto(ProfileStore& store, const QByteArray& json) {
    ProfileImportOutcome outcome;
    Parsed parsed = parse(json);
    outcome.errors = parsed.errors;
    if (!outcome.succeeded()) {
        return outcome;
    }
    for (ConnectionProfile& profile : parsed.profiles) {
        if (const auto saved = store.findByName(profile.name)) {
            if (sameSettings(*saved, profile)) {
                outcome.unchanged.append(saved->name);
            } else {
                outcome.conflicts.append({*saved, profile});
            }
            continue;
        }
        if (!store.save(profile)) {
            outcome.errors.append(store.errorString());
            continue;
        }
        outcome.imported.append(profile);
    }
    return outcome;
}

bool ProfileExchange::exportToFile(const ProfileStore& store, const QString& filePath,
                                   QString* error) {
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(toJson(store.profiles(), QDateTime::currentDateTimeUtc())) < 0 ||
        !file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
        }
        return false;
    }
    return true;
}

ProfileImportOutcome ProfileExchange::importFromFile(ProfileStore& store, const QString& filePath) {
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileImportOutcome outcome;
        outcome.errors.append(tr("Cannot read %1: %2").arg(filePath, file.errorString()));
        return outcome;
    }
    return importInto(store, file.readAll());
}

QString ProfileExchange::summarize(const ProfileImportOutcome& outcome) {
    const QStringList& errors = outcome.errors;
    QStringList lines;
    if (!errors.isEmpty()) {
        lines.append(tr("Nothing was imported:"));
        lines.append(errors);
        return lines.join(u'\n');
    }
    QStringList names;
    for (const ConnectionProfile& profile : outcome.imported) {
        names.append(profile.name);
    }
    lines.append(outcome.imported.isEmpty() ? tr("No new profile was imported.")
                                            : tr("Imported: %1.").arg(names.join(u", ")));
    if (!outcome.unchanged.isEmpty()) {
        lines.append(
            tr("Already saved with the same settings: %1.").arg(outcome.unchanged.join(u", ")));
    }
    for (const ProfileImportConflict& conflict : outcome.conflicts) {
        lines.append(tr("Not imported: \"%1\" is already saved for %2 (%3); the file has %4 "
                        "(%5). Rename one of them to keep both.")
                         .arg(conflict.saved.name, conflict.saved.url.toDisplayString(),
                              EnvironmentTags::key(conflict.saved.environment),
                              conflict.incoming.url.toDisplayString(),
                              EnvironmentTags::key(conflict.incoming.environment)));
    }
    return lines.join(u'\n');
}

}  // namespace recops::console
