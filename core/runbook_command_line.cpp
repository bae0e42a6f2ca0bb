// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The headless runner is for automation and its messages go to logs and CI: they are in
// English, like the timeline it prints, which a whole team reads.
#include "core/runbook_command_line.h"

#include "core/profile_validator.h"
#include "core/runbook_duration.h"
#include "core/runbook_template.h"

#include <QCommandLineParser>

namespace recops::console {

bool RunbookCommandLine::isRunbookInvocation(const QStringList& arguments) {
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument == u"--run-runbook" || argument.startsWith(u"--run-runbook=") ||
            argument == u"--list-runbooks") {
            return true;
        }
    }
    return false;
}

QString RunbookCommandLine::summary() {
    return QStringLiteral(
        "\nRunbooks without a window:\n"
        "  recops-console --run-runbook ID --server URL [--profile NAME] [--input K=V]... "
        "[--yes]\n"
        "  recops-console --list-runbooks\n"
        "  (recops-console --list-runbooks --help lists every option.)\n");
}

RunbookCommandLineParseResult RunbookCommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a runbook against recopsd without a window and prints its timeline as JSON "
        "lines, or lists the runbook library."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption runOption(QStringLiteral("run-runbook"),
                                       QStringLiteral("Run the runbook ID."), QStringLiteral("ID"));
    const QCommandLineOption listOption(
        QStringLiteral("list-runbooks"),
        QStringLiteral("List the runbooks (id, title, triggers) and check every file."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("recopsd's address."), QStringLiteral("URL"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Use the saved profile NAME: its address (unless --server), TLS options "
                       "and keyring token."),
        QStringLiteral("NAME"));
    const QCommandLineOption inputOption(
        QStringLiteral("input"),
        QStringLiteral("Give the runbook input K the value V. Repeatable."), QStringLiteral("K=V"));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"),
        QStringLiteral("Confirm destructive and manual steps and approve approvals as the "
                       "token's identity. Without it the run stops at the first of them."));
    const QCommandLineOption incidentOption(
        QStringLiteral("incident"),
        QStringLiteral("Write the timeline into the existing incident ID instead of opening one."),
        QStringLiteral("ID"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QStringLiteral("Write the post-incident report (Markdown) to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption secretOption(
        QStringLiteral("secret-file"),
        QStringLiteral("Write secrets the runbook reveals to the operator (a new token) to FILE, "
                       "readable by you only. Required by runbooks that reveal one."),
        QStringLiteral("FILE"));
    const QCommandLineOption folderOption(
        QStringLiteral("runbook-dir"),
        QStringLiteral("Folder of user runbooks (default: the runbooks/user_folder preference)."),
        QStringLiteral("DIR"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"), QStringLiteral("PEM file of extra certificate authorities."),
        QStringLiteral("FILE"));
    const QCommandLineOption selfSignedOption(QStringLiteral("allow-self-signed"),
                                              QStringLiteral("Accept a self-signed certificate."));
    const QCommandLineOption syncWaitOption(
        QStringLiteral("sync-wait"),
        QStringLiteral("How long to wait after the run for its timeline to reach the server "
                       "(default 10s); what is not sent stays queued in the journal."),
        QStringLiteral("DURATION"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addOptions({runOption, listOption, serverOption, profileOption, inputOption, yesOption,
                       incidentOption, reportOption, secretOption, folderOption, caFileOption,
                       selfSignedOption, syncWaitOption});

    RunbookCommandLineParseResult result;
    result.helpText = parser.helpText();
    const auto fail = [&result](const QString& message) {
        result.status = RunbookCommandLineParseResult::Status::Error;
        result.errorMessage = message;
        return result;
    };
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        result.status = RunbookCommandLineParseResult::Status::HelpRequested;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QStringLiteral("Unexpected argument \"%1\".")
                        .arg(parser.positionalArguments().constFirst()));
    }
    for (const QCommandLineOption* single :
         {&runOption, &serverOption, &profileOption, &incidentOption, &reportOption, &secretOption,
          &folderOption, &caFileOption, &syncWaitOption}) {
        if (parser.values(*single).size() > 1) {
            return fail(
                QStringLiteral("--%1 is given more than once.").arg(single->names().constFirst()));
        }
    }
    RunbookCommandLineOptions& options = result.options;
    if (parser.isSet(runOption) == parser.isSet(listOption)) {
        return fail(QStringLiteral("Give either --run-runbook ID or --list-runbooks."));
    }
    options.runbookFolder = parser.value(folderOption);
    if (parser.isSet(listOption)) {
        options.mode = RunbookCommandLineOptions::Mode::List;
        for (const QCommandLineOption* runOnly :
             {&serverOption, &profileOption, &inputOption, &yesOption, &incidentOption,
              &reportOption, &secretOption, &caFileOption, &selfSignedOption, &syncWaitOption}) {
            if (parser.isSet(*runOnly)) {
                return fail(QStringLiteral("--%1 belongs to --run-runbook, not --list-runbooks.")
                                .arg(runOnly->names().constFirst()));
            }
        }
        return result;
    }
    options.runbookId = parser.value(runOption).trimmed();
    if (options.runbookId.isEmpty()) {
        return fail(QStringLiteral("--run-runbook needs a runbook id."));
    }
    if (parser.isSet(serverOption)) {
        QString error;
        const auto url = ProfileValidator::parseServerUrl(parser.value(serverOption), &error);
        if (!url) {
            return fail(QStringLiteral("--server: %1").arg(error));
        }
        options.serverUrl = *url;
    }
    options.profileName = parser.value(profileOption).trimmed();
    if (parser.isSet(profileOption) && options.profileName.isEmpty()) {
        return fail(QStringLiteral("--profile needs a name."));
    }
    if (!options.serverUrl && options.profileName.isEmpty()) {
        return fail(QStringLiteral("--run-runbook needs --server URL or --profile NAME."));
    }
    for (const QString& input : parser.values(inputOption)) {
        const qsizetype separator = input.indexOf(u'=');
        const QString name = input.left(separator).trimmed();
        if (separator <= 0 || !RunbookTemplate::isVariableName(name)) {
            return fail(QStringLiteral("--input: \"%1\" is not NAME=VALUE.").arg(input));
        }
        if (options.inputs.contains(name)) {
            return fail(QStringLiteral("--input %1 is given more than once.").arg(name));
        }
        options.inputs.insert(name, input.mid(separator + 1));
    }
    options.assumeYes = parser.isSet(yesOption);
    options.incidentId = parser.value(incidentOption).trimmed();
    options.reportPath = parser.value(reportOption);
    options.secretFile = parser.value(secretOption);
    if (parser.isSet(caFileOption)) {
        options.caCertificatePath = parser.value(caFileOption);
    }
    options.allowSelfSigned = parser.isSet(selfSignedOption);
    if (parser.isSet(syncWaitOption)) {
        const auto wait = RunbookDuration::parseMs(parser.value(syncWaitOption));
        if (!wait) {
            return fail(QStringLiteral("--sync-wait: \"%1\" is not a duration (for example %2).")
                            .arg(parser.value(syncWaitOption), RunbookDuration::examples()));
        }
        options.syncWaitMs = *wait;
    }
    return result;
}

}  // namespace recops::console
