// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The README's way into the console, end to end: recopsd runs, an operator creates a
// token with `recopsd token create`, and a script pipes it into
//   recops-console --profile demo --server URL --environment demo --token-stdin
// Run twice by ctest: with a real unlocked GNOME Keyring, where the token must land in the
// keyring and serve the next start without being given again, and with no D-Bus at all,
// where it must be used for that session only. recopsd's access log shows which calls
// carried an accepted token.
#include "integration/support/child_process.h"
#include "integration/support/recopsd_process.h"

#include <sstream>

#include <QDirIterator>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

namespace {

struct Run {
    int exitCode = -1;
    QString standardError;
};

bool withKeyring() {
    return qEnvironmentVariable("RECOPS_KEYRING_MODE") == u"gnome-keyring";
}

}  // namespace

class ConsoleProvisioningTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        const QString mode = qEnvironmentVariable("RECOPS_KEYRING_MODE");
        QVERIFY2(mode == u"gnome-keyring" || mode == u"no-bus", qPrintable(mode));
        QVERIFY(m_shots.isValid());
        RecopsdOptions options;
        options.dataDirectory = m_shots.filePath(QStringLiteral("data")).toStdString();
        try {
            // Before the server starts: a running recopsd learns of new tokens only at its
            // next refresh.
            m_token = QString::fromStdString(
                recops::testing::createToken(options.dataDirectory, "admin", "demo-console"));
            m_recopsd.emplace(options);
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
    }

    void refusesSomethingThatIsNotAToken() {
        const Run run =
            console({QStringLiteral("--profile"), QStringLiteral("demo"),
                     QStringLiteral("--server"), url(), QStringLiteral("--token-stdin")},
                    "hunter2\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardError.contains(u"not a recopsd token"));
        QVERIFY(!QFile::exists(profileDatabase()));  // nothing was saved
    }

    void provisionsTheProfileAndConnectsWithTheToken() {
        const Run run =
            console({QStringLiteral("--profile"), QStringLiteral("demo"),
                     QStringLiteral("--server"), url(), QStringLiteral("--environment"),
                     QStringLiteral("demo"), QStringLiteral("--token-stdin"),
                     QStringLiteral("--screenshot"), QStringLiteral("dashboard=") + shot("first")},
                    m_token.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
        QVERIFY(run.standardError.contains(u"Created the profile \"demo\"."));
        if (withKeyring()) {
            QVERIFY2(run.standardError.contains(u"Its token is in the system keyring."),
                     qPrintable(run.standardError));
        } else {
            QVERIFY2(run.standardError.contains(u"session only"), qPrintable(run.standardError));
        }
        QCOMPARE(QImage(shot("first")).size(), QSize(1280, 800));
        // The window's connection used the token (recopsd flushes its access log every
        // 200 ms, hence the wait).
        QTRY_COMPARE(consoleCalls("/api/v1/whoami", 200), 1);

        QFile database(profileDatabase());
        QVERIFY(database.open(QIODevice::ReadOnly));
        const QByteArray bytes = database.readAll();
        QVERIFY(bytes.contains("demo"));
        QVERIFY(bytes.contains(url().toUtf8()));
    }

    void theNextStartFindsTheTokenOnlyInAKeyring() {
        const int healthChecks = consoleCalls("/healthz", 200);
        const Run run =
            console({QStringLiteral("--profile"), QStringLiteral("demo"),
                     QStringLiteral("--screenshot"), QStringLiteral("dashboard=") + shot("second")},
                    QByteArray());
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
        // Once this run's health checks are in the log, its identity checks are too.
        QTRY_VERIFY(consoleCalls("/healthz", 200) > healthChecks);
        if (withKeyring()) {
            QTRY_COMPARE(consoleCalls("/api/v1/whoami", 200), 2);
            QCOMPARE(secretToolSearch().count(m_token), 1);
        } else {
            // Nothing survived the first run: no token, so no identity check; and the
            // console said why.
            QCOMPARE(consoleCalls("/api/v1/whoami", 200), 1);
            QVERIFY2(run.standardError.contains(u"No system keyring is reachable"),
                     qPrintable(run.standardError));
        }
    }

    void theTokenIsInNoFile() {
        QStringList searched;
        QDirIterator files(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly)) {
                searched.append(file.fileName());
                QVERIFY2(!file.readAll().contains(m_token.toUtf8()), qPrintable(file.fileName()));
            }
        }
        QVERIFY(searched.contains(profileDatabase()));
    }

private:
    QString url() const { return QString::fromStdString(m_recopsd->url()); }
    QString shot(const char* name) const {
        return m_shots.filePath(QLatin1StringView(name) + QStringLiteral(".png"));
    }
    static QString profileDatabase() {
        return qEnvironmentVariable("XDG_DATA_HOME") +
               QStringLiteral("/recops-console/console.sqlite");
    }

    Run console(const QStringList& arguments, const QByteArray& standardInput) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("RECOPS_TOKEN"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RECOPS_CONSOLE_PATH), arguments);
        process.write(standardInput);
        process.closeWriteChannel();
        if (!process.waitForFinished(90'000)) {
            process.kill();
            process.waitForFinished();
            qFatal("recops-console did not finish");
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Calls of the console to @p path that recopsd answered with @p status, from its access
    // log (standard error).
    int consoleCalls(const char* path, int status) const {
        int count = 0;
        std::istringstream log(m_recopsd->standardError());
        for (std::string line; std::getline(log, line);) {
            const QJsonObject entry =
                QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
            count += entry.value(u"path").toString() == QLatin1StringView(path) &&
                             entry.value(u"status").toInt() == status &&
                             entry.value(u"request_id").toString().startsWith(u"console-")
                         ? 1
                         : 0;
        }
        return count;
    }

    static QString secretToolSearch() {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    QStringLiteral("recops-console")});
        tool.waitForFinished(20'000);
        return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    }

    QTemporaryDir m_shots;
    std::optional<RecopsdProcess> m_recopsd;
    QString m_token;
};

QTEST_GUILESS_MAIN(ConsoleProvisioningTest)
#include "console_provisioning_test.moc"
