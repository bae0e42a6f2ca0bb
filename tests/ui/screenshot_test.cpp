// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Runs the built recops-console as a user's script would: --screenshot under the
// offscreen platform, with a throwaway HOME, and checks the PNGs that come out.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 90'000;

struct Run {
    int exitCode = -1;
    QString standardError;
    QString standardOutput;
};

// A loopback port nothing listens on: connections are refused at once.
quint16 closedPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

int countPixels(const QImage& image, QRgb color) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            count += (line[x] & 0xffffff) == (color & 0xffffff) ? 1 : 0;
        }
    }
    return count;
}

int distinctColors(const QImage& image) {
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2) {
            colors.insert(line[x]);
        }
    }
    return static_cast<int>(colors.size());
}

}  // namespace

class ScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_home.isValid()); }

    void writesEveryPageOffscreen() {
        const QStringList pages = {QStringLiteral("dashboard"), QStringLiteral("alerts"),
                                   QStringLiteral("models"),    QStringLiteral("backups"),
                                   QStringLiteral("contacts"),  QStringLiteral("runbooks"),
                                   QStringLiteral("incidents")};
        QStringList arguments = {QStringLiteral("--server"),
                                 QStringLiteral("http://127.0.0.1:%1").arg(closedPort())};
        for (const QString& page : pages) {
            arguments << QStringLiteral("--screenshot")
                      << QStringLiteral("%1=%2").arg(page, shot(page));
        }
        const Run run = console(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));

        QImage dashboard;
        for (const QString& page : pages) {
            QImage image(shot(page));
            QVERIFY2(!image.isNull(), qPrintable(shot(page)));
            QCOMPARE(image.size(), QSize(1280, 800));
            image = image.convertToFormat(QImage::Format_RGB32);
            QVERIFY2(distinctColors(image) > 20, qPrintable(page + QStringLiteral(" looks blank")));
            QVERIFY(run.standardError.contains(shot(page)));
            if (page == u"dashboard") {
                dashboard = image;
            }
        }
        // The Dashboard shows the failed load: the problem bar, in its own colour, and the
        // placeholder pages do not.
        QVERIFY(countPixels(dashboard, qRgb(0xfd, 0xec, 0xea)) > 5'000);
        QCOMPARE(countPixels(
                     QImage(shot(QStringLiteral("backups"))).convertToFormat(QImage::Format_RGB32),
                     qRgb(0xfd, 0xec, 0xea)),
                 0);
    }

    void refusesAnUnknownPage() {
        const Run run = console({QStringLiteral("--screenshot"), QStringLiteral("settings=x.png")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardError.contains(u"\"settings\" is not a page"));
    }

    void reportsAFileItCannotWrite() {
        QFile blocker(m_home.filePath(QStringLiteral("not-a-directory")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run run = console({QStringLiteral("--server"),
                                 QStringLiteral("http://127.0.0.1:%1").arg(closedPort()),
                                 QStringLiteral("--screenshot"),
                                 QStringLiteral("alerts=%1/x.png").arg(blocker.fileName())});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.standardError.contains(u"Cannot write"), qPrintable(run.standardError));
    }

    void answersVersionAndHelpWithoutADisplay() {
        QProcessEnvironment environment = isolatedEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        Run run = console({QStringLiteral("--version")}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.standardOutput.startsWith(u"recops-console "));
        run = console({QStringLiteral("--help")}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.standardOutput.contains(u"--token-stdin"));
        run = console({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")},
                      environment);
        QVERIFY(run.standardOutput.contains(u"Optionen"));

        // The system locale decides; --lang overrides it.
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        run = console({QStringLiteral("--help")}, environment);
        QVERIFY(run.standardOutput.contains(u"Optionen"));
        run = console({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
                      environment);
        QVERIFY(run.standardOutput.contains(u"Options"));
        QVERIFY(!run.standardOutput.contains(u"Optionen"));
    }

private:
    QString shot(const QString& page) const {
        return m_home.filePath(QStringLiteral("shots/%1.png").arg(page));
    }

    QProcessEnvironment isolatedEnvironment() const {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/recops-test-bus"));
        environment.remove(QStringLiteral("RECOPS_TOKEN"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_ALL"));
        return environment;
    }

    Run console(const QStringList& arguments) { return console(arguments, isolatedEnvironment()); }

    Run console(const QStringList& arguments, const QProcessEnvironment& environment) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RECOPS_CONSOLE_PATH), arguments);
        if (!process.waitForFinished(kTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            qFatal("recops-console did not finish within %d ms", kTimeoutMs);
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.standardError = QString::fromUtf8(process.readAllStandardError());
        run.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
        return run;
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
