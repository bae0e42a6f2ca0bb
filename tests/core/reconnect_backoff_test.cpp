// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/reconnect_backoff.h"

#include <QTest>

using recops::console::BackoffPolicy;
using recops::console::ReconnectBackoff;

class ReconnectBackoffTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void growsExponentiallyUpToTheCap() {
        ReconnectBackoff backoff(BackoffPolicy{1'000, 2.0, 30'000, 0.0}, 1);
        QList<int> delays;
        for (int attempt = 0; attempt < 8; ++attempt) {
            delays.append(backoff.nextDelayMs());
        }
        QCOMPARE(delays, (QList<int>{1'000, 2'000, 4'000, 8'000, 16'000, 30'000, 30'000, 30'000}));
        QCOMPARE(backoff.attempts(), 8);
    }

    void startsOverAfterReset() {
        ReconnectBackoff backoff(BackoffPolicy{250, 3.0, 10'000, 0.0}, 1);
        QCOMPARE(backoff.nextDelayMs(), 250);
        QCOMPARE(backoff.nextDelayMs(), 750);
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.nextDelayMs(), 250);
    }

    void jitterStaysWithinItsFractionAndVaries() {
        const BackoffPolicy policy{1'000, 2.0, 30'000, 0.2};
        QSet<int> seen;
        for (quint32 seed = 1; seed <= 200; ++seed) {
            ReconnectBackoff backoff(policy, seed);
            const int first = backoff.nextDelayMs();
            const int third = (backoff.nextDelayMs(), backoff.nextDelayMs());
            QVERIFY2(first >= 800 && first <= 1'200, qPrintable(QString::number(first)));
            QVERIFY2(third >= 3'200 && third <= 4'800, qPrintable(QString::number(third)));
            seen.insert(first);
        }
        QVERIFY2(seen.size() > 50, "jitter does not spread the delays");
    }

    void jitterNeverExceedsTheCap() {
        ReconnectBackoff backoff(BackoffPolicy{1'000, 10.0, 5'000, 0.5}, 7);
        for (int attempt = 0; attempt < 20; ++attempt) {
            QVERIFY(backoff.nextDelayMs() <= 5'000);
        }
    }

    void theSameSeedGivesTheSameDelays() {
        ReconnectBackoff first(BackoffPolicy{}, 42);
        ReconnectBackoff second(BackoffPolicy{}, 42);
        for (int attempt = 0; attempt < 10; ++attempt) {
            QCOMPARE(first.nextDelayMs(), second.nextDelayMs());
        }
    }
};

QTEST_GUILESS_MAIN(ReconnectBackoffTest)
#include "reconnect_backoff_test.moc"
