// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/command_line.h"

#include "core/connection_profile.h"
#include "core/profile_validator.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

namespace recops::console {

namespace {

QStringList environmentKeys() {
    QStringList keys;
    for (EnvironmentTag tag : EnvironmentTags::all()) {
        keys.append(EnvironmentTags::key(tag));
    }
    return keys;
}

}  // namespace

QString CommandLine::languageArgument(const QStringList& arguments) {
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument == u"--lang" && index + 1 < arguments.size()) {
            return arguments.at(index + 1);
        }
        if (argument.startsWith(u"--lang=")) {
            return argument.mid(7);
        }
    }
    return QString();
}

CommandLineParseResult CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Operations console for recopsd: server health, alerts, models, backups, "
           "escalation contacts, runbooks and incidents."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        tr("recopsd address (default %1). With --profile, creates or updates that profile.")
            .arg(QLatin1StringView(kDefaultServerUrl)),
        tr("URL"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("Open the saved connection profile NAME."), tr("NAME"));
    const QCommandLineOption environmentOption(
        QStringLiteral("environment"),
        tr("Environment tag of the profile: %1.").arg(environmentKeys().join(u", ")), tr("TAG"));
    const QCommandLineOption caFileOption(QStringLiteral("ca-file"),
                                          tr("PEM file of extra certificate authorities to trust."),
                                          tr("FILE"));
    const QCommandLineOption selfSignedOption(QStringLiteral("allow-self-signed"),
                                              tr("Accept a self-signed server certificate."));
    const QCommandLineOption tokenStdinOption(
        QStringLiteral("token-stdin"),
        tr("Read the API token from standard input and store it in the keyring for the "
           "profile (for the session only without --profile or without a keyring)."));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), tr("User interface language, for example en or de."), tr("CODE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Render PAGE to the PNG FILE once its data has loaded, then exit. Repeatable. "
           "Pages: %1.")
            .arg(ConsolePages::keyList()),
        tr("PAGE=FILE"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions({serverOption, profileOption, environmentOption, caFileOption,
                       selfSignedOption, tokenStdinOption, languageOption, screenshotOption});

    CommandLineParseResult result;
    result.helpText = parser.helpText();
    const auto fail = [&result](const QString& message) {
        result.status = CommandLineParseResult::Status::Error;
        result.errorMessage = message;
        return result;
    };
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        result.status = CommandLineParseResult::Status::HelpRequested;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.status = CommandLineParseResult::Status::VersionRequested;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }

    CommandLineOptions& options = result.options;
    for (const QCommandLineOption* single :
         {&serverOption, &profileOption, &environmentOption, &caFileOption, &languageOption}) {
        if (parser.values(*single).size() > 1) {
            return fail(tr("--%1 is given more than once.").arg(single->names().constFirst()));
        }
    }
    if (parser.isSet(serverOption)) {
        QString error;
        const auto url = ProfileValidator::parseServerUrl(parser.value(serverOption), &error);
        if (!url) {
            return fail(tr("--server: %1").arg(error));
        }
        options.serverUrl = *url;
    }
    if (parser.isSet(profileOption)) {
        options.profileName = parser.value(profileOption).trimmed();
        if (options.profileName.isEmpty()) {
            return fail(tr("--profile needs a name."));
        }
    }
    if (parser.isSet(environmentOption)) {
        options.environment = EnvironmentTags::fromKey(parser.value(environmentOption));
        if (!options.environment) {
            return fail(tr("--environment: \"%1\" is not one of %2.")
                            .arg(parser.value(environmentOption), environmentKeys().join(u", ")));
        }
    }
    if (parser.isSet(caFileOption)) {
        options.caCertificatePath = parser.value(caFileOption);
    }
    options.allowSelfSigned = parser.isSet(selfSignedOption);
    options.tokenFromStdin = parser.isSet(tokenStdinOption);
    if (parser.isSet(languageOption)) {
        options.language = parser.value(languageOption).trimmed();
        static const QRegularExpression languagePattern(
            QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
        if (!languagePattern.match(options.language).hasMatch()) {
            return fail(tr("--lang: \"%1\" is not a language code such as en or de_DE.")
                            .arg(options.language));
        }
    }
    for (const QString& value : parser.values(screenshotOption)) {
        const qsizetype separator = value.indexOf(u'=');
        if (separator <= 0 || separator == value.size() - 1) {
            return fail(tr("--screenshot: \"%1\" is not PAGE=FILE.").arg(value));
        }
        const auto page = ConsolePages::fromKey(value.left(separator));
        if (!page) {
            return fail(tr("--screenshot: \"%1\" is not a page; pages are %2.")
                            .arg(value.left(separator), ConsolePages::keyList()));
        }
        options.screenshots.append({*page, value.mid(separator + 1)});
    }
    return result;
}

}  // namespace recops::console
