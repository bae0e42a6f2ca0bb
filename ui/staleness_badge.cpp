// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/staleness_badge.h"

#include "core/data_source.h"
#include "core/staleness.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace recops::console {

StalenessBadge::StalenessBadge(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_ticker(new QTimer(this)) {
    setObjectName(QStringLiteral("stalenessBadge"));
    setAccessibleName(tr("Data freshness"));
    m_label->setAccessibleName(tr("Data freshness"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xe0));
    palette.setColor(QPalette::WindowText, QColor(0x6b, 0x45, 0x00));
    setPalette(palette);
    m_label->setPalette(palette);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 3, 10, 3);
    layout->addWidget(m_label, 1);
    m_ticker->setInterval(1'000);
    connect(m_ticker, &QTimer::timeout, this, &StalenessBadge::refreshText);
    hide();
}

void StalenessBadge::setSources(const QList<DataSource*>& sources) {
    for (const QMetaObject::Connection& connection : m_connections) {
        disconnect(connection);
    }
    m_connections.clear();
    m_sources.clear();
    for (DataSource* source : sources) {
        m_sources.append(source);
        m_connections.append(
            connect(source, &DataSource::statusChanged, this, &StalenessBadge::refreshText));
    }
    refreshText();
}

QString StalenessBadge::text() const {
    return isHidden() ? QString() : m_label->text();
}

QString StalenessBadge::reason() const {
    return m_label->toolTip();
}

void StalenessBadge::refreshText() {
    QList<const DataSource*> sources;
    for (const QPointer<DataSource>& source : m_sources) {
        sources.append(source.data());
    }
    const DataSource* oldest = Staleness::oldestStale(sources);
    if (!oldest) {
        m_ticker->stop();
        hide();
        return;
    }
    const QString text =
        Staleness::badgeText(oldest->lastSuccessUtc(), QDateTime::currentDateTimeUtc());
    const QString reason = oldest->lastError().isError()
                               ? tr("%1 could not be updated: %2")
                                     .arg(oldest->title(), oldest->lastError().detailedText())
                               : tr("%1 could not be updated.").arg(oldest->title());
    m_label->setText(text);
    m_label->setToolTip(reason);
    setToolTip(reason);
    setAccessibleDescription(text + u". " + reason);
    m_label->setAccessibleDescription(reason);
    show();
    if (!m_ticker->isActive()) {
        m_ticker->start();
    }
}

}  // namespace recops::console
