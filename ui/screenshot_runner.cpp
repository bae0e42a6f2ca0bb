// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/screenshot_runner.h"

#include "ui/main_window.h"
#include "ui/page_widget.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QTimer>

namespace recops::console {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, QList<ScreenshotRequest> requests,
                                   QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_requests(std::move(requests))
    , m_deadline(new QTimer(this)) {
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        const ScreenshotRequest& request = m_requests.at(m_index);
        Q_EMIT problem(tr("%1 did not finish loading within %2 s; captured as it is.")
                           .arg(ConsolePages::key(request.page))
                           .arg(m_settleTimeoutMs / 1000));
        capture();
    });
}

void ScreenshotRunner::start() {
    m_index = -1;
    m_failures = 0;
    next();
}

void ScreenshotRunner::next() {
    ++m_index;
    if (!m_window || m_index >= m_requests.size()) {
        Q_EMIT finished(m_failures == 0 && m_window ? 0 : 1);
        return;
    }
    const ScreenshotRequest& request = m_requests.at(m_index);
    m_window->showPage(request.page);
    PageWidget* page = m_window->pageWidget(request.page);
    if (page->isSettled()) {
        // One turn of the event loop, so the page's layout is done before it is drawn.
        QTimer::singleShot(0, this, &ScreenshotRunner::capture);
        return;
    }
    m_settledConnection = connect(page, &PageWidget::settled, this, [this] {
        QTimer::singleShot(0, this, &ScreenshotRunner::capture);
    });
    m_deadline->start(m_settleTimeoutMs);
}

void ScreenshotRunner::capture() {
    m_deadline->stop();
    disconnect(m_settledConnection);
    if (!m_window) {
        Q_EMIT finished(1);
        return;
    }
    const ScreenshotRequest& request = m_requests.at(m_index);
    const QImage image = m_window->grab().toImage();
    const QFileInfo file(request.filePath);
    QDir().mkpath(file.absolutePath());
    QImageWriter writer(file.absoluteFilePath(), "png");
    if (image.isNull() || !writer.write(image)) {
        ++m_failures;
        Q_EMIT problem(tr("Cannot write %1: %2")
                           .arg(file.absoluteFilePath(),
                                image.isNull() ? tr("nothing was drawn") : writer.errorString()));
    } else {
        Q_EMIT captured(file.absoluteFilePath(), image.size());
    }
    next();
}

}  // namespace recops::console
