// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/command_line.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>

class QTimer;

namespace recops::console {

class MainWindow;

/**
 * --screenshot PAGE=FILE: shows each requested page, waits until it has settled (its data
 * loaded, or the load failed and the page says so), and saves the window as a PNG. Works
 * on any platform plugin, offscreen included.
 */
class ScreenshotRunner : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultSettleTimeoutMs = 30'000;

    ScreenshotRunner(MainWindow* window, QList<ScreenshotRequest> requests,
                     QObject* parent = nullptr);

    /// How long a page may take to settle before it is captured as it is.
    void setSettleTimeoutMs(int timeoutMs) { m_settleTimeoutMs = timeoutMs; }
    void start();

Q_SIGNALS:
    void captured(const QString& filePath, const QSize& size);
    /// Something went wrong with one screenshot; the others are still taken.
    void problem(const QString& message);
    /// All done: 0 when every file was written, 1 otherwise.
    void finished(int exitCode);

private:
    void next();
    void capture();

    QPointer<MainWindow> m_window;
    QList<ScreenshotRequest> m_requests;
    qsizetype m_index = -1;
    QTimer* m_deadline;
    QMetaObject::Connection m_settledConnection;
    int m_settleTimeoutMs = kDefaultSettleTimeoutMs;
    int m_failures = 0;
};

}  // namespace recops::console
