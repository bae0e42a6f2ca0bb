// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// recops-console: the command line is answered first, without a display (--help,
// --version, mistakes); only then is the QApplication created and the console started.
#include "app/console_startup.h"
#include "app/headless_runbook_runner.h"
#include "core/command_line.h"
#include "core/profile_validator.h"
#include "core/runbook_command_line.h"
#include "core/translation_loader.h"

#include <cstdio>

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

namespace {

using recops::console::CommandLine;
using recops::console::CommandLineParseResult;
using recops::console::ConsoleStartup;
using recops::console::HeadlessRunbookRunner;
using recops::console::ProfileValidator;
using recops::console::RunbookCommandLine;
using recops::console::RunbookCommandLineParseResult;
using recops::console::TranslationLoader;

constexpr int kUsageError = 2;

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("recops-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECOPS_VERSION));
}

// The whole of standard input, without the line break `echo` adds.
QString readTokenFromStdin() {
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(input.readAll()).trimmed();
}

// --run-runbook and --list-runbooks: no window, so the QCoreApplication at hand serves.
int runHeadless(QCoreApplication& application) {
    const RunbookCommandLineParseResult parsed = RunbookCommandLine::parse(application.arguments());
    switch (parsed.status) {
        case RunbookCommandLineParseResult::Status::HelpRequested:
            QTextStream(stdout) << parsed.helpText;
            return 0;
        case RunbookCommandLineParseResult::Status::Error:
            QTextStream(stderr) << "recops-console: " << parsed.errorMessage << Qt::endl
                                << "Try recops-console --list-runbooks --help." << Qt::endl;
            return kUsageError;
        case RunbookCommandLineParseResult::Status::Ok:
            break;
    }
    HeadlessRunbookRunner runner(parsed.options);
    QObject::connect(&runner, &HeadlessRunbookRunner::finished, &application,
                     &QCoreApplication::exit, Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, &HeadlessRunbookRunner::start);
    return QCoreApplication::exec();
}

}  // namespace

int main(int argc, char* argv[]) {
    CommandLineParseResult parsed;
    {
        QCoreApplication commandLine(argc, argv);
        describeApplication();
        TranslationLoader::install(&commandLine,
                                   CommandLine::languageArgument(commandLine.arguments()));
        if (RunbookCommandLine::isRunbookInvocation(commandLine.arguments())) {
            return runHeadless(commandLine);
        }
        parsed = CommandLine::parse(commandLine.arguments());
        QTextStream out(stdout);
        QTextStream err(stderr);
        switch (parsed.status) {
            case CommandLineParseResult::Status::HelpRequested:
                out << parsed.helpText << RunbookCommandLine::summary();
                return 0;
            case CommandLineParseResult::Status::VersionRequested:
                out << QCoreApplication::applicationName() << ' '
                    << QCoreApplication::applicationVersion() << Qt::endl;
                return 0;
            case CommandLineParseResult::Status::Error:
                err << "recops-console: " << parsed.errorMessage << Qt::endl
                    << QCoreApplication::translate("main", "Try recops-console --help.")
                    << Qt::endl;
                return kUsageError;
            case CommandLineParseResult::Status::Ok:
                break;
        }
    }

    QString token;
    if (parsed.options.tokenFromStdin) {
        token = readTokenFromStdin();
        if (const QString problem = ProfileValidator::checkToken(token); !problem.isEmpty()) {
            QTextStream(stderr) << "recops-console: --token-stdin: " << problem << Qt::endl;
            return kUsageError;
        }
    }

    QApplication application(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("RecOps Console"));
    QApplication::setDesktopFileName(QStringLiteral("recops-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/recops-console.svg")));
    TranslationLoader::install(&application, parsed.options.language);

    ConsoleStartup startup(parsed.options, token);
    QObject::connect(&startup, &ConsoleStartup::finished, &application, &QCoreApplication::exit);
    QTimer::singleShot(0, &startup, &ConsoleStartup::start);
    return QApplication::exec();
}
