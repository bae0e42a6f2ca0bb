// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace recops::console {

/// Exit codes of `recops-console --run-runbook` and `--list-runbooks` (docs/runbooks.md).
enum class RunbookExitCode {
    Succeeded = 0,       ///< the run reached its end (or the library is valid)
    RuntimeError = 1,    ///< it could not run: journal, profile, keyring, server address
    UsageError = 2,      ///< a command-line mistake
    Failed = 3,          ///< a step failed and the runbook, or nobody, could go on
    Aborted = 4,         ///< interrupted (SIGINT/SIGTERM)
    NeedsPerson = 5,     ///< a confirmation, approval or manual step, without --yes
    Escalated = 6,       ///< the run ended after handing the incident to the next level
    InvalidRunbook = 7,  ///< the runbook (or, for --list-runbooks, the library) has errors
};

/// What `--run-runbook` / `--list-runbooks` was asked to do.
struct RunbookCommandLineOptions {
    enum class Mode { Run, List };
    Mode mode = Mode::Run;
    QString runbookId;
    std::optional<QUrl> serverUrl;
    QString profileName;
    QHash<QString, QString> inputs;
    /// Confirm destructive steps and manual steps, and approve approvals, as the token's
    /// identity.
    bool assumeYes = false;
    /// Write into this existing incident instead of opening one.
    QString incidentId;
    /// Write the post-incident report (Markdown) here at the end.
    QString reportPath;
    /// Where revealed secrets go (created 0600), for runbooks that show one to the operator.
    QString secretFile;
    /// The folder of user runbooks; empty uses the preference.
    QString runbookFolder;
    std::optional<QString> caCertificatePath;
    bool allowSelfSigned = false;
    /// How long to wait, after the run, for its timeline to reach the server.
    qint64 syncWaitMs = 10'000;
};

struct RunbookCommandLineParseResult {
    enum class Status { Ok, Error, HelpRequested };
    Status status = Status::Ok;
    RunbookCommandLineOptions options;
    QString errorMessage;
    QString helpText;
};

/**
 * The headless half of recops-console's command line. main() hands the arguments here
 * when they hold --run-runbook or --list-runbooks, before any window exists; the rest of
 * the command line (CommandLine) never sees them.
 */
class RunbookCommandLine {
public:
    /// Whether @p arguments ask for a headless runbook run or the library listing.
    static bool isRunbookInvocation(const QStringList& arguments);
    static RunbookCommandLineParseResult parse(const QStringList& arguments);
    /// Two lines for the console's own --help, pointing here.
    static QString summary();
};

}  // namespace recops::console
