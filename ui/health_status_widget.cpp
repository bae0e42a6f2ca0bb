// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/health_status_widget.h"

#include "core/api_client.h"
#include "core/health_monitor.h"
#include "core/server_connection.h"
#include "ui/environment_style.h"
#include "ui/health_text.h"

#include <QHBoxLayout>
#include <QLabel>

namespace recops::console {

namespace {
QLabel* makeLabel(const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
}  // namespace

HealthStatusWidget::HealthStatusWidget(ServerConnection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_indicator(new QLabel(this))
    , m_status(makeLabel(tr("Server status"), this))
    , m_version(makeLabel(tr("Server version"), this))
    , m_latency(makeLabel(tr("Latency of the last call"), this))
    , m_role(makeLabel(tr("Token role"), this)) {
    setAccessibleName(tr("Server health"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(12);
    m_indicator->setFixedSize(12, 12);
    m_indicator->setAccessibleName(tr("Health indicator"));
    layout->addWidget(m_indicator);
    layout->addWidget(m_status);
    layout->addWidget(m_version);
    layout->addWidget(m_latency);
    layout->addWidget(m_role);
    layout->addStretch(1);
    m_latency->setToolTip(tr("Round trip of the last call the console made to recopsd"));

    connect(connection->monitor(), &HealthMonitor::healthChanged, this,
            &HealthStatusWidget::showHealth);
    connect(connection->client(), &ApiClient::callFinished, this,
            [this](const QString&, double latencyMs, bool) { showLatency(latencyMs); });
    showHealth(connection->monitor()->health());
}

QString HealthStatusWidget::statusText() const {
    return m_status->text();
}
QString HealthStatusWidget::versionText() const {
    return m_version->text();
}
QString HealthStatusWidget::latencyText() const {
    return m_latency->text();
}
QString HealthStatusWidget::roleText() const {
    return m_role->text();
}

void HealthStatusWidget::showHealth(const ServerHealth& health) {
    const QColor color = EnvironmentStyle::healthColor(health);
    m_indicator->setStyleSheet(
        QStringLiteral("background-color: %1; border-radius: 6px;").arg(color.name()));

    QString status = HealthText::status(health);
    if (health.state == ConnectionState::Unreachable) {
        status = tr("Unreachable, retrying in %1").arg(HealthText::duration(health.retryInMs));
        m_status->setToolTip(HealthText::problem(health));
    } else {
        m_status->setToolTip(health.serverUrl.toDisplayString());
    }
    m_status->setText(status);
    m_version->setText(health.report ? tr("recopsd %1").arg(health.report->version) : QString());
    m_version->setVisible(!m_version->text().isEmpty());
    if (health.state == ConnectionState::Disconnected) {
        m_latency->clear();
    }
    m_latency->setVisible(!m_latency->text().isEmpty());

    const QString identity = HealthText::identity(health);
    m_role->setText(identity.isEmpty() ? QString() : tr("Role: %1").arg(identity));
    m_role->setToolTip(health.authenticationError.isError()
                           ? health.authenticationError.detailedText()
                           : QString());
    m_role->setVisible(!identity.isEmpty());
    setAccessibleDescription(
        QStringList{status, m_version->text(), m_latency->text(), m_role->text()}.join(u", "));
}

void HealthStatusWidget::showLatency(double latencyMs) {
    m_latency->setText(HealthText::duration(latencyMs));
    m_latency->setVisible(true);
}

}  // namespace recops::console
