// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/profile_form.h"

#include "ui/environment_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace recops::console {

namespace {

QLabel* issueLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, EnvironmentStyle::color(EnvironmentTag::Production));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showIssue(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

}  // namespace

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_productionNote(issueLabel(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QToolButton(this))
    , m_allowSelfSigned(new QCheckBox(tr("Accept a self-signed server certificate"), this))
    , m_token(new QLineEdit(this))
    , m_tokenState(new QLabel(this))
    , m_nameIssue(issueLabel(this))
    , m_urlIssue(issueLabel(this))
    , m_caIssue(issueLabel(this))
    , m_tokenIssue(issueLabel(this)) {
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setMaxLength(ProfileValidator::kMaximumNameLength + 1);
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(QLatin1StringView(kDefaultServerUrl));
    m_environment->setAccessibleName(tr("Environment"));
    for (EnvironmentTag tag : EnvironmentTags::all()) {
        m_environment->addItem(EnvironmentStyle::swatch(tag), EnvironmentTags::displayName(tag),
                               static_cast<int>(tag));
    }
    m_productionNote->setText(
        tr("Production: what you do through this profile affects live traffic."));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("System certificate authorities only"));
    m_browse->setText(tr("Browse…"));
    m_browse->setAccessibleName(tr("Choose a CA certificate file"));
    m_allowSelfSigned->setAccessibleName(tr("Accept a self-signed server certificate"));
    m_token->setAccessibleName(tr("API token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_tokenState->setWordWrap(true);
    m_tokenState->setForegroundRole(QPalette::PlaceholderText);

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameIssue);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(QString(), m_urlIssue);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(QString(), m_productionNote);
    form->addRow(tr("&CA certificates:"), caRow);
    form->addRow(QString(), m_caIssue);
    form->addRow(QString(), m_allowSelfSigned);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_tokenIssue);
    form->addRow(QString(), m_tokenState);

    for (QLineEdit* edit : {m_name, m_url, m_caFile, m_token}) {
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    }
    connect(m_environment, &QComboBox::activated, this, [this] {
        updateProductionNote();
        Q_EMIT edited();
    });
    connect(m_allowSelfSigned, &QCheckBox::clicked, this, &ProfileForm::edited);
    connect(m_browse, &QToolButton::clicked, this, &ProfileForm::chooseCaFile);
    updateProductionNote();
}

void ProfileForm::setProfile(const ConnectionProfile& profile) {
    m_loadedId = profile.id;
    m_name->setText(profile.name);
    m_url->setText(profile.url.toString());
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(profile.environment)));
    m_caFile->setText(profile.tls.caCertificatePath);
    m_allowSelfSigned->setChecked(profile.tls.allowSelfSigned);
    m_token->clear();
    showIssues({});
    updateProductionNote();
}

ConnectionProfile ProfileForm::profile() const {
    ConnectionProfile profile;
    profile.id = m_loadedId;
    profile.name = m_name->text().trimmed();
    QString ignored;
    profile.url = ProfileValidator::parseServerUrl(m_url->text(), &ignored)
                      .value_or(QUrl(m_url->text().trimmed()));
    profile.environment = static_cast<EnvironmentTag>(m_environment->currentData().toInt());
    profile.tls.caCertificatePath = m_caFile->text().trimmed();
    profile.tls.allowSelfSigned = m_allowSelfSigned->isChecked();
    return profile;
}

QString ProfileForm::token() const {
    return m_token->text();
}

void ProfileForm::clearToken() {
    m_token->clear();
    showIssue(m_tokenIssue, QString());
}

void ProfileForm::setStoredTokenState(const QString& description, bool hasStoredToken) {
    m_tokenState->setText(description);
    m_token->setPlaceholderText(hasStoredToken
                                    ? tr("Stored; paste a new token to replace it")
                                    : tr("Paste the token from \"recopsd token create\""));
}

bool ProfileForm::showIssues(const QList<ValidationIssue>& issues) {
    const auto textFor = [&issues](ValidationIssue::Field field) {
        for (const ValidationIssue& issue : issues) {
            if (issue.field == field) {
                return issue.message;
            }
        }
        return QString();
    };
    showIssue(m_nameIssue, textFor(ValidationIssue::Field::Name));
    showIssue(m_urlIssue, textFor(ValidationIssue::Field::Url));
    showIssue(m_caIssue, textFor(ValidationIssue::Field::CaCertificate));
    const QString tokenIssue =
        m_token->text().isEmpty() ? QString() : ProfileValidator::checkToken(m_token->text());
    showIssue(m_tokenIssue, tokenIssue);
    return issues.isEmpty() && tokenIssue.isEmpty();
}

QString ProfileForm::issueText(ValidationIssue::Field field) const {
    switch (field) {
        case ValidationIssue::Field::Name:
            return m_nameIssue->isHidden() ? QString() : m_nameIssue->text();
        case ValidationIssue::Field::Url:
            return m_urlIssue->isHidden() ? QString() : m_urlIssue->text();
        case ValidationIssue::Field::CaCertificate:
            return m_caIssue->isHidden() ? QString() : m_caIssue->text();
    }
    return QString();
}

QString ProfileForm::tokenIssueText() const {
    return m_tokenIssue->isHidden() ? QString() : m_tokenIssue->text();
}

void ProfileForm::chooseCaFile() {
    // Not the static getOpenFileName: no nested event loop, the console keeps polling.
    auto* dialog = new QFileDialog(this, tr("CA certificates (PEM)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_caFile->setText(file);
        Q_EMIT edited();
    });
    dialog->open();
}

void ProfileForm::updateProductionNote() {
    m_productionNote->setVisible(
        static_cast<EnvironmentTag>(m_environment->currentData().toInt()) ==
        EnvironmentTag::Production);
}

}  // namespace recops::console
