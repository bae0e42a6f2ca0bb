// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/console_page.h"
#include "core/environment_tag.h"

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace recops::console {

/// One --screenshot PAGE=FILE.
struct ScreenshotRequest {
    ConsolePage page;
    QString filePath;

    friend bool operator==(const ScreenshotRequest&, const ScreenshotRequest&) = default;
};

/// What recops-console was asked to do.
struct CommandLineOptions {
    std::optional<QUrl> serverUrl;
    QString profileName;
    std::optional<EnvironmentTag> environment;
    std::optional<QString> caCertificatePath;
    bool allowSelfSigned = false;
    /// Read the token from standard input (for scripts: nothing on the command line or in
    /// the process list).
    bool tokenFromStdin = false;
    /// Language override, for example "de"; empty follows the system locale.
    QString language;
    QList<ScreenshotRequest> screenshots;

    /// A profile is to be created or changed, not only opened.
    bool changesProfile() const {
        return !profileName.isEmpty() &&
               (serverUrl || environment || caCertificatePath || allowSelfSigned);
    }
};

struct CommandLineParseResult {
    enum class Status { Ok, Error, HelpRequested, VersionRequested };
    Status status = Status::Ok;
    CommandLineOptions options;
    QString errorMessage;
    QString helpText;
};

/// recops-console's command line, parsed into values with precise errors.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// @p arguments includes the program name, like QCoreApplication::arguments().
    static CommandLineParseResult parse(const QStringList& arguments);
    /// The value of --lang, found before translations are loaded (empty when absent).
    static QString languageArgument(const QStringList& arguments);
};

}  // namespace recops::console
