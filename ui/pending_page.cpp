// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/pending_page.h"

#include "core/health_monitor.h"
#include "core/server_connection.h"
#include "ui/page_catalog.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace recops::console {

PendingPage::PendingPage(ConsolePage page, ServerConnection* connection, QWidget* parent)
    : PageWidget(page, parent)
    , m_connection(connection)
    , m_explanation(new QLabel(this))
    , m_server(new QLabel(this)) {
    const PageDescription description = PageCatalog::describe(page);
    setAccessibleName(description.title);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(description.iconPath).pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignCenter);
    icon->setAccessibleName(tr("%1 icon").arg(description.title));

    auto* title = new QLabel(description.title, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* notBuilt = new QLabel(tr("Not available yet"), this);
    QFont notBuiltFont = notBuilt->font();
    notBuiltFont.setBold(true);
    notBuilt->setFont(notBuiltFont);
    notBuilt->setAlignment(Qt::AlignCenter);

    m_explanation->setText(
        tr("<p>%1</p><p>This page waits for %2, which recopsd does not provide yet. Until "
           "then it shows nothing rather than made-up data.</p>")
            .arg(description.purpose.toHtmlEscaped(),
                 description.awaitedCapability.toHtmlEscaped()));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setFixedWidth(560);
    m_explanation->setAccessibleName(tr("What this page waits for"));
    m_server->setAlignment(Qt::AlignCenter);
    m_server->setForegroundRole(QPalette::PlaceholderText);
    m_server->setAccessibleName(tr("Connected server"));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(notBuilt);
    auto* centered = new QHBoxLayout;
    centered->addStretch();
    centered->addWidget(m_explanation);
    centered->addStretch();
    layout->addLayout(centered);
    layout->addSpacing(8);
    layout->addWidget(m_server);
    layout->addStretch(3);

    connect(connection->monitor(), &HealthMonitor::healthChanged, this, &PendingPage::showServer);
    connect(connection->monitor(), &HealthMonitor::healthChanged, this,
            [this] { updateSettled(); });
    showServer(connection->monitor()->health());
}

bool PendingPage::isSettled() const {
    return !m_connection || !m_connection->isOpen() ||
           m_connection->monitor()->health().isSettled();
}

void PendingPage::refresh() {
    if (m_connection && m_connection->isOpen()) {
        m_connection->monitor()->checkNow();
    }
}

QString PendingPage::explanation() const {
    return m_explanation->text();
}

void PendingPage::showServer(const ServerHealth& health) {
    if (health.report && health.state == ConnectionState::Reachable) {
        m_server->setText(tr("Connected to recopsd %1 at %2")
                              .arg(health.report->version, health.serverUrl.toDisplayString()));
    } else {
        m_server->clear();
    }
}

}  // namespace recops::console
