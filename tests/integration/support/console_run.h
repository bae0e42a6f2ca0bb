// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace recops::testing {

/// What one `recops-console` run printed: the timeline's JSON lines, and how it ended.
struct ConsoleRun {
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString standardOutput;
    QString standardError;
    /// Lines of standard output that are not JSON objects (the listing's rows).
    int otherLines = 0;

    QStringList kinds() const;
    /// The first line of @p kind (at @p step, when given); empty when there is none.
    QJsonObject first(const QString& kind, const QString& step = {}) const;
    /// The text of first(@p kind, @p step).
    QString text(const QString& kind, const QString& step) const;
    /// The state the run ended in (`succeeded`, `failed`, ...): the last line's.
    QString finalState() const;
    /// Standard error and every line's kind and text, for failure messages.
    QString dump() const;
};

/**
 * The built recops-console (RECOPS_CONSOLE_PATH) run without a display: its journal and
 * preferences in @p home, its token from RECOPS_TOKEN.
 *
 *     ConsoleRunner console(home.path(), adminToken);
 *     ConsoleRun run = console.run({"--run-runbook", "high-latency", "--server", url, "--yes"});
 */
class ConsoleRunner {
public:
    ConsoleRunner(QString home, QString token);

    /// Starts recops-console with @p arguments; the caller reads and waits.
    void start(QProcess& process, const QStringList& arguments) const;
    /// Runs it to the end (at most two minutes) and parses what it printed.
    ConsoleRun run(const QStringList& arguments) const;
    /// Parses a finished @p process; @p alreadyRead is what was read of its output meanwhile.
    static ConsoleRun parse(QProcess& process, const QByteArray& alreadyRead = {});

private:
    QString m_home;
    QString m_token;
};

}  // namespace recops::testing
