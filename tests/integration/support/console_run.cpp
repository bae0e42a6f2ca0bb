// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/console_run.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcessEnvironment>

namespace recops::testing {

QStringList ConsoleRun::kinds() const {
    QStringList result;
    for (const QJsonObject& line : lines) {
        result.append(line.value(QStringLiteral("kind")).toString());
    }
    return result;
}

QJsonObject ConsoleRun::first(const QString& kind, const QString& step) const {
    for (const QJsonObject& line : lines) {
        if (line.value(QStringLiteral("kind")).toString() == kind &&
            (step.isEmpty() || line.value(QStringLiteral("step")).toString() == step)) {
            return line;
        }
    }
    return {};
}

QString ConsoleRun::text(const QString& kind, const QString& step) const {
    return first(kind, step).value(QStringLiteral("text")).toString();
}

QString ConsoleRun::finalState() const {
    return lines.isEmpty() ? QString()
                           : lines.constLast()
                                 .value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("state"))
                                 .toString();
}

QString ConsoleRun::dump() const {
    QString result = standardError;
    for (const QJsonObject& line : lines) {
        result += line.value(QStringLiteral("kind")).toString() + u' ' +
                  line.value(QStringLiteral("text")).toString() + u'\n';
    }
    return result;
}

ConsoleRunner::ConsoleRunner(QString home, QString token)
    : m_home(std::move(home)), m_token(std::move(token)) {}

void ConsoleRunner::start(QProcess& process, const QStringList& arguments) const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       QDir(m_home).filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       QDir(m_home).filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("RECOPS_TOKEN"), m_token);
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));  // no platform plugin is needed
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RECOPS_CONSOLE_PATH), arguments);
    if (!process.waitForStarted(10'000)) {
        qFatal("recops-console did not start");
    }
}

ConsoleRun ConsoleRunner::run(const QStringList& arguments) const {
    QProcess process;
    start(process, arguments);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        qFatal("recops-console did not finish within 120 s");
    }
    return parse(process);
}

ConsoleRun ConsoleRunner::parse(QProcess& process, const QByteArray& alreadyRead) {
    ConsoleRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.standardOutput = QString::fromUtf8(alreadyRead + process.readAllStandardOutput());
    run.standardError = QString::fromUtf8(process.readAllStandardError());
    for (const QString& line : run.standardOutput.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'{')) {
            ++run.otherLines;
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qFatal("not a JSON line: %s", qPrintable(line));
        }
        run.lines.append(document.object());
    }
    return run;
}

}  // namespace recops::testing
