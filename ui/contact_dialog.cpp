// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/contact_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recops::console {

namespace {

QLineEdit* field(const QString& text, const QString& accessibleName, QWidget* parent) {
    auto* edit = new QLineEdit(text, parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

}  // namespace

ContactDialog::ContactDialog(const Contact& contact, Mode mode, const QStringList& takenIds,
                             QWidget* parent)
    : QDialog(parent)
    , m_original(contact)
    , m_takenIds(takenIds)
    , m_id(field(contact.id, tr("Contact id"), this))
    , m_name(field(contact.name, tr("Name"), this))
    , m_role(field(contact.role, tr("Role"), this))
    , m_email(field(contact.email, tr("Email"), this))
    , m_phone(field(contact.phone, tr("Phone"), this))
    , m_format(new QComboBox(this))
    , m_url(field(contact.webhook ? contact.webhook->url : QString(), tr("Webhook URL"), this))
    , m_routingKey(field(QString(), tr("PagerDuty routing key"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save)) {
    setWindowTitle(mode == Mode::Add ? tr("Add a contact") : tr("Edit %1").arg(contact.id));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    m_id->setReadOnly(mode == Mode::Edit);  // policies refer to it
    m_id->setPlaceholderText(tr("alice, sre-primary"));
    m_phone->setPlaceholderText(tr("+49 30 1234567"));
    m_format->setAccessibleName(tr("Webhook format"));
    m_format->addItem(tr("No webhook"), QString());
    m_format->addItem(QStringLiteral("Slack"), QStringLiteral("slack"));
    m_format->addItem(QStringLiteral("PagerDuty"), QStringLiteral("pagerduty"));
    m_format->addItem(QStringLiteral("Alertmanager"), QStringLiteral("alertmanager"));
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(contact.webhook ? contact.webhook->format : QString())));
    m_url->setPlaceholderText(QStringLiteral("https://hooks.slack.com/services/…"));
    m_routingKey->setEchoMode(QLineEdit::Password);
    m_routingKey->setPlaceholderText(contact.webhook && contact.webhook->routingKeySet
                                         ? tr("set on the server; leave empty to keep it")
                                         : tr("not set"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Webhook:"), m_format);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("Routing &key:"), m_routingKey);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_id, m_name, m_role, m_email, m_phone, m_url, m_routingKey}) {
        connect(edit, &QLineEdit::textChanged, this, &ContactDialog::validate);
    }
    connect(m_format, &QComboBox::currentIndexChanged, this, &ContactDialog::validate);
    validate();
}

Contact ContactDialog::contact() const {
    Contact contact;
    contact.id = m_id->text().trimmed();
    contact.name = m_name->text().trimmed();
    contact.role = m_role->text().trimmed();
    contact.email = m_email->text().trimmed();
    contact.phone = m_phone->text().trimmed();
    const QString format = m_format->currentData().toString();
    if (!format.isEmpty()) {
        ContactWebhook webhook;
        webhook.url = m_url->text().trimmed();
        webhook.format = format;
        webhook.routingKey = format == u"pagerduty" ? m_routingKey->text() : QString();
        webhook.routingKeySet = m_original.webhook && m_original.webhook->routingKeySet;
        contact.webhook = webhook;
    }
    return contact;
}

QString ContactDialog::problemText() const {
    return m_problem->text();
}

void ContactDialog::validate() {
    const Contact candidate = contact();
    QString problem = candidate.problem();
    if (problem.isEmpty() && !m_id->isReadOnly() && m_takenIds.contains(candidate.id)) {
        problem = tr("There is a contact %1 already.").arg(candidate.id);
    }
    const bool pagerDuty = m_format->currentData().toString() == u"pagerduty";
    m_url->setEnabled(!m_format->currentData().toString().isEmpty());
    m_routingKey->setEnabled(pagerDuty);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

}  // namespace recops::console
