// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/profile_validator.h"

#include <algorithm>

#include <QFileInfo>
#include <QRegularExpression>

namespace recops::console {

namespace {

bool hasControlCharacter(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar character) {
        return character.category() == QChar::Other_Control;
    });
}

}  // namespace

QList<ValidationIssue> ProfileValidator::validate(const ConnectionProfile& profile,
                                                  const QList<ConnectionProfile>& others) {
    QList<ValidationIssue> issues;
    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        issues.append({ValidationIssue::Field::Name, tr("Give the profile a name.")});
    } else if (name.size() > kMaximumNameLength) {
        issues.append({ValidationIssue::Field::Name,
                       tr("The name is longer than %1 characters.").arg(kMaximumNameLength)});
    } else if (hasControlCharacter(name)) {
        issues.append({ValidationIssue::Field::Name, tr("The name contains a control character.")});
    } else {
        const bool taken = std::any_of(others.cbegin(), others.cend(), [&](const auto& other) {
            return other.id != profile.id && other.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (taken) {
            issues.append({ValidationIssue::Field::Name,
                           tr("Another profile is already called \"%1\".").arg(name)});
        }
    }

    QString urlError;
    if (!parseServerUrl(profile.url.toString(), &urlError)) {
        issues.append({ValidationIssue::Field::Url, urlError});
    }

    const QString caPath = profile.tls.caCertificatePath;
    if (!caPath.isEmpty()) {
        const QFileInfo caFile(caPath);
        if (!caFile.exists()) {
            issues.append(
                {ValidationIssue::Field::CaCertificate, tr("%1 does not exist.").arg(caPath)});
        } else if (!caFile.isFile() || !caFile.isReadable()) {
            issues.append({ValidationIssue::Field::CaCertificate,
                           tr("%1 is not a readable file.").arg(caPath)});
        }
    }
    return issues;
}

std::optional<QUrl> ProfileValidator::parseServerUrl(const QString& text, QString* error) {
    const auto fail = [error](const QString& message) -> std::optional<QUrl> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return fail(tr("Enter the server address, for example %1.")
                        .arg(QLatin1StringView(kDefaultServerUrl)));
    }
    if (!trimmed.contains(u"://")) {
        return fail(tr("The address must start with http:// or https://."));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return fail(tr("\"%1\" is not a valid URL.").arg(trimmed));
    }
    if (url.scheme() != u"http" && url.scheme() != u"https") {
        return fail(tr("The address must start with http:// or https://."));
    }
    if (url.host().isEmpty()) {
        return fail(tr("The address has no host name."));
    }
    if (!url.userInfo().isEmpty()) {
        return fail(
            tr("Leave credentials out of the address: the token field keeps them "
               "in the keyring."));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return fail(tr("The address must not contain a query (?) or a fragment (#)."));
    }
    return url;
}

QString ProfileValidator::checkToken(const QString& token) {
    static const QRegularExpression tokenPattern(QStringLiteral("^rcp_[0-9a-f]{16}_[0-9a-f]{64}$"));
    if (token.isEmpty()) {
        return tr("The token is empty.");
    }
    if (token.trimmed() != token) {
        return tr("The token has spaces or line breaks around it.");
    }
    if (!tokenPattern.match(token).hasMatch()) {
        return tr(
            "This is not a recopsd token: tokens look like rcp_<16 hex digits>_<64 hex "
            "digits>, as printed by \"recopsd token create\".");
    }
    return QString();
}

}  // namespace recops::console
