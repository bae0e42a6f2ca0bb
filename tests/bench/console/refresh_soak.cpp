// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Whether the console's memory stays flat while it auto-refreshes for a long time.
//
//   recops-console-soak --server URL [--minutes 60] [--sample-seconds 60] [--page-seconds 20]
//   (the token on the first line of standard input)
//
// The whole console as an operator leaves it open: every page built, a saved profile (so the
// dashboard keeps its local chart history in SQLite, as it does for real), connected to a
// running recopsd. It shows each page in turn for --page-seconds, so every page's pollers run
// on their own intervals, and every --sample-seconds prints the process's resident memory and
// the C heap in use. At the end it prints the growth per hour between the end of the first
// tenth of the run (the warm-up: first answers, caches, chart buffers filling to their
// range) and the end. tests/bench/console/refresh_soak.sh starts recopsd with traffic and
// runs this; docs/performance.md records the figures.
#include "core/connection_profile.h"
#include "core/console_page.h"
#include "core/health_monitor.h"
#include "core/local_store.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/server_health.h"
#include "ui/main_window.h"

#include <malloc.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

using namespace recops::console;

namespace {

struct Sample {
    double minutes = 0;
    qint64 residentKb = 0;
    qint64 heapKb = 0;
};

qint64 residentKilobytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    // readAll(): a /proc file reports size 0, so atEnd() would hold before the first line.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

// Bytes handed out by malloc and not freed (small blocks and mmapped large ones): what a leak
// grows, without the allocator's cached free pages that make RSS noisy.
qint64 heapInUseKilobytes() {
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>((info.uordblks + info.hblkhd) / 1024);
}

double perHour(const Sample& from, const Sample& to, qint64 Sample::*field) {
    const double minutes = to.minutes - from.minutes;
    return minutes <= 0 ? 0.0 : static_cast<double>(to.*field - from.*field) * 60.0 / minutes;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Samples the console's memory while every page auto-refreshes."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("recopsd's URL."),
                                    QStringLiteral("url"));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     QStringLiteral("How long to run (default 60)."),
                                     QStringLiteral("minutes"), QStringLiteral("60"));
    const QCommandLineOption sampleSeconds(
        QStringLiteral("sample-seconds"),
        QStringLiteral("Seconds between memory samples (default 60)."), QStringLiteral("seconds"),
        QStringLiteral("60"));
    const QCommandLineOption pageSeconds(
        QStringLiteral("page-seconds"),
        QStringLiteral("Seconds each page is shown before the next (default 20)."),
        QStringLiteral("seconds"), QStringLiteral("20"));
    parser.addOptions({server, minutes, sampleSeconds, pageSeconds});
    parser.process(application);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QUrl url(parser.value(server));
    const double runMinutes = parser.value(minutes).toDouble();
    const int sampleMs = qRound(parser.value(sampleSeconds).toDouble() * 1000);
    const int pageMs = qRound(parser.value(pageSeconds).toDouble() * 1000);
    if (!url.isValid() || url.scheme().isEmpty() || runMinutes <= 0 || sampleMs <= 0 ||
        pageMs <= 0) {
        err << "recops-console-soak: give --server URL and positive --minutes, "
               "--sample-seconds and --page-seconds\n";
        return 2;
    }
    const QString token = QTextStream(stdin).readLine().trimmed();
    if (token.isEmpty()) {
        err << "recops-console-soak: no token on standard input\n";
        return 2;
    }

    QTemporaryDir directory;
    LocalStore store;
    if (!directory.isValid() || !store.open(directory.filePath(QStringLiteral("console.sqlite")))) {
        err << "recops-console-soak: cannot open the local store in a temporary directory\n";
        return 1;
    }
    ConnectionProfile profile;
    profile.name = QStringLiteral("soak");
    profile.url = url;
    if (!store.profiles()->save(profile)) {
        err << "recops-console-soak: " << store.profiles()->errorString() << '\n';
        return 1;
    }
    // Secrets stay in memory: the token is the session's, as one typed into the dialog.
    SecretStore secrets(QStringLiteral("recops-console-soak"), nullptr);
    ServerConnection connection(&secrets);
    connection.setChartHistory(store.chartHistory());
    RecentState recent(directory.filePath(QStringLiteral("recent.ini")));
    MainWindow window(&connection, store.profiles(), &secrets, &recent);
    window.setSavesUiState(false);
    window.resize(1280, 800);
    window.show();
    connection.openWithToken(profile, token, ServerConnection::TokenSource::Session);

    const QList<ConsolePage> pages = ConsolePages::all();
    qsizetype shown = 0;
    window.showPage(pages.constFirst());
    QTimer pageTimer;
    QObject::connect(&pageTimer, &QTimer::timeout, &window, [&] {
        shown = (shown + 1) % pages.size();
        window.showPage(pages.at(shown));
    });
    pageTimer.start(pageMs);

    QList<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    const auto takeSample = [&] {
        Sample sample{static_cast<double>(clock.elapsed()) / 60'000.0, residentKilobytes(),
                      heapInUseKilobytes()};
        samples.append(sample);
        out << QStringLiteral("minute=%1 rss_kb=%2 heap_kb=%3 page=%4")
                   .arg(sample.minutes, 0, 'f', 1)
                   .arg(sample.residentKb)
                   .arg(sample.heapKb)
                   .arg(ConsolePages::key(pages.at(shown)))
            << Qt::endl;
        if (sample.minutes >= runMinutes) {
            application.quit();
        }
    };
    QTimer sampleTimer;
    QObject::connect(&sampleTimer, &QTimer::timeout, &window, takeSample);
    sampleTimer.start(sampleMs);
    takeSample();
    application.exec();

    // The warm-up: the first tenth of the run, at least the first sample after it.
    qsizetype warmedUp = 0;
    while (warmedUp + 1 < samples.size() && samples.at(warmedUp).minutes < runMinutes / 10.0) {
        ++warmedUp;
    }
    const Sample& from = samples.at(warmedUp);
    const Sample& to = samples.constLast();
    out << QStringLiteral("after_warm_up minute=%1 rss_kb=%2 heap_kb=%3")
               .arg(from.minutes, 0, 'f', 1)
               .arg(from.residentKb)
               .arg(from.heapKb)
        << Qt::endl;
    out << QStringLiteral("end minute=%1 rss_kb=%2 heap_kb=%3")
               .arg(to.minutes, 0, 'f', 1)
               .arg(to.residentKb)
               .arg(to.heapKb)
        << Qt::endl;
    const bool reachable = connection.monitor()->health().state == ConnectionState::Reachable;
    out << QStringLiteral("growth rss_kb_per_hour=%1 heap_kb_per_hour=%2 server=%3")
               .arg(perHour(from, to, &Sample::residentKb), 0, 'f', 0)
               .arg(perHour(from, to, &Sample::heapKb), 0, 'f', 0)
               .arg(reachable ? QStringLiteral("reachable") : QStringLiteral("unreachable"))
        << Qt::endl;
    // A run that lost its server measured an idle console, not a refreshing one.
    return reachable ? 0 : 1;
}
