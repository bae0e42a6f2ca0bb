// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/profile_dialog.h"

#include "core/connection_tester.h"
#include "core/profile_list_model.h"
#include "core/profile_store.h"
#include "core/secret_store.h"
#include "ui/environment_style.h"
#include "ui/profile_form.h"
#include "ui/profile_item_delegate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace recops::console {

ProfileDialog::ProfileDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_model(new ProfileListModel(store, this))
    , m_list(new QListView(this))
    , m_newButton(new QPushButton(tr("&New"), this))
    , m_removeButton(new QPushButton(tr("&Delete…"), this))
    , m_form(new ProfileForm(this))
    , m_keyringState(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_status(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
    , m_connectButton(new QPushButton(tr("&Connect"), this))
    , m_tester(new ConnectionTester(this)) {
    setWindowTitle(tr("Connection profiles"));
    setAccessibleName(tr("Connection profiles"));
    resize(860, 480);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new ProfileItemDelegate(m_list));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(240);
    m_newButton->setAccessibleName(tr("New profile"));
    m_removeButton->setAccessibleName(tr("Delete profile"));

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_keyringState->setWordWrap(true);
    m_keyringState->setAccessibleName(tr("Where tokens are kept"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    auto* right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addWidget(m_keyringState);
    right->addSpacing(6);
    right->addLayout(testRow);
    right->addStretch();
    right->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_revertButton, QDialogButtonBox::ResetRole);
    buttons->addButton(m_connectButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_connectButton->setDefault(true);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfileDialog::onSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &ProfileDialog::startNewProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileDialog::removeSelected);
    connect(m_form, &ProfileForm::edited, this, &ProfileDialog::onEdited);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ProfileDialog::revert);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        saveThen([this](const ConnectionProfile& profile) {
            Q_EMIT connectRequested(profile);
            accept();
        });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, &ProfileDialog::showTestResult);
    connect(secrets, &SecretStore::backendChanged, this, &ProfileDialog::showKeyringBackend);

    showKeyringBackend();
    if (secrets->backend() == SecretStore::Backend::Unknown) {
        secrets->probe(this, [](const SecretStore::Result&) {});
    }
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0));
    } else {
        startNewProfile();
    }
}

ProfileDialog::~ProfileDialog() = default;

QString ProfileDialog::statusText() const {
    return m_status->text();
}

QString ProfileDialog::testResultText() const {
    return m_testResult->text();
}

void ProfileDialog::selectProfile(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row >= 0 && !m_dirty) {
        m_list->setCurrentIndex(m_model->index(row));
    }
}

void ProfileDialog::startNewProfile() {
    m_list->selectionModel()->clearCurrentIndex();
    m_list->clearSelection();
    m_loaded = ConnectionProfile();
    m_loaded.url = QUrl(QLatin1StringView(kDefaultServerUrl));
    m_form->setProfile(m_loaded);
    m_form->setStoredTokenState(QString(), false);
    m_form->nameEdit()->setFocus();
    setStatus(QString(), false);
    m_testResult->clear();
    setDirty(true);
    revalidate();
}

void ProfileDialog::onSelectionChanged() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_loaded = m_model->profileAt(current.row());
    m_form->setProfile(m_loaded);
    m_testResult->clear();
    setStatus(QString(), false);
    setDirty(false);
    refreshStoredTokenState(m_loaded.id);
    revalidate();
}

void ProfileDialog::onEdited() {
    setDirty(true);
    revalidate();
}

bool ProfileDialog::revalidate() {
    const QList<ValidationIssue> issues = ProfileValidator::validate(
        m_form->profile(), m_store ? m_store->profiles() : QList<ConnectionProfile>());
    const bool valid = m_form->showIssues(issues);
    m_saveButton->setEnabled(m_dirty && valid);
    m_connectButton->setEnabled(valid);
    m_testButton->setEnabled(valid && !m_tester->isRunning());
    m_removeButton->setEnabled(!m_dirty && m_loaded.isSaved());
    return valid;
}

void ProfileDialog::setDirty(bool dirty) {
    m_dirty = dirty;
    // Locked while editing, so switching profiles never drops an edit.
    m_list->setEnabled(!dirty);
    m_newButton->setEnabled(!dirty);
    m_revertButton->setEnabled(dirty);
}

void ProfileDialog::revert() {
    if (m_loaded.isSaved()) {
        m_form->setProfile(m_loaded);
        setDirty(false);
        revalidate();
    } else if (m_model->rowCount() > 0) {
        setDirty(false);
        m_list->setCurrentIndex(m_model->index(0));
        onSelectionChanged();
    } else {
        startNewProfile();
    }
}

bool ProfileDialog::save() {
    bool started = false;
    saveThen([&started](const ConnectionProfile&) { started = true; });
    return !m_dirty || started;
}

void ProfileDialog::saveThen(const std::function<void(const ConnectionProfile&)>& next) {
    if (!revalidate() || !m_store) {
        return;
    }
    ConnectionProfile profile = m_form->profile();
    // Read before saving: selecting the saved row reloads the form and empties the field.
    const QString token = m_form->token();
    if (m_dirty) {
        if (!m_store->save(profile)) {
            setStatus(m_store->errorString(), true);
            return;
        }
        m_loaded = profile;
        setDirty(false);
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(profile.id)));
    }
    if (token.isEmpty() || !m_secrets) {
        setStatus(tr("Saved \"%1\".").arg(profile.name), false);
        Q_EMIT saved(profile);
        next(profile);
        return;
    }
    setStatus(tr("Saving the token…"), false);
    m_secrets->writeToken(
        profile.id, token, this, [this, profile, next](const SecretStore::Result& result) {
            if (!result.succeeded()) {
                setStatus(result.message, true);
                return;
            }
            m_form->clearToken();
            setStatus(result.storage == SecretStore::Storage::Keyring
                          ? tr("Saved \"%1\"; its token is in the system "
                               "keyring.")
                                .arg(profile.name)
                          : tr("Saved \"%1\". %2").arg(profile.name, result.message),
                      false);
            refreshStoredTokenState(profile.id);
            Q_EMIT saved(profile);
            next(profile);
        });
}

void ProfileDialog::removeSelected() {
    if (!m_loaded.isSaved()) {
        return;
    }
    const ConnectionProfile doomed = m_loaded;
    auto* question =
        new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                        tr("Delete the profile \"%1\" and its stored token?").arg(doomed.name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::finished, this, [this, doomed](int answer) {
        if (answer != QMessageBox::Yes || !m_store) {
            return;
        }
        if (!m_store->remove(doomed.id)) {
            setStatus(m_store->errorString(), true);
            return;
        }
        if (m_secrets) {
            m_secrets->deleteToken(doomed.id, this, [](const SecretStore::Result&) {});
        }
        if (m_model->rowCount() > 0) {
            m_list->setCurrentIndex(m_model->index(0));
        } else {
            startNewProfile();
        }
        setStatus(tr("Deleted \"%1\".").arg(doomed.name), false);
    });
    question->open();
}

void ProfileDialog::testConnection() {
    const ConnectionProfile profile = m_form->profile();
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(profile.url.toDisplayString()));
    m_testResult->setStyleSheet(QString());
    const QString typed = m_form->token();
    if (!typed.isEmpty() || !profile.isSaved() || !m_secrets) {
        m_tester->start(profile, typed);
        return;
    }
    m_secrets->readToken(profile.id, this, [this, profile](const SecretStore::Result& result) {
        m_tester->start(profile, result.succeeded() ? result.token : QString());
    });
}

void ProfileDialog::showTestResult(const ServerHealth& health) {
    m_testResult->setText(ConnectionTester::describe(health));
    m_testResult->setStyleSheet(
        QStringLiteral("color: %1;").arg(EnvironmentStyle::healthColor(health).name()));
    revalidate();
}

void ProfileDialog::refreshStoredTokenState(const QString& profileId) {
    if (!m_secrets || profileId.isEmpty()) {
        return;
    }
    const quint64 query = ++m_tokenQuery;
    m_form->setStoredTokenState(tr("Looking the token up…"), false);
    m_secrets->readToken(profileId, this, [this, query](const SecretStore::Result& result) {
        if (query != m_tokenQuery) {
            return;  // another profile was selected meanwhile
        }
        if (result.succeeded()) {
            m_form->setStoredTokenState(result.storage == SecretStore::Storage::Keyring
                                            ? tr("A token is stored in the system keyring.")
                                            : tr("A token is kept for this session only."),
                                        true);
        } else if (result.outcome == SecretStore::Result::Outcome::NotFound) {
            m_form->setStoredTokenState(tr("No token is stored for this profile."), false);
        } else {
            m_form->setStoredTokenState(result.message, false);
        }
    });
}

void ProfileDialog::showKeyringBackend() {
    if (!m_secrets) {
        return;
    }
    switch (m_secrets->backend()) {
        case SecretStore::Backend::Unknown:
            m_keyringState->setText(tr("Checking for a system keyring…"));
            m_keyringState->setStyleSheet(QString());
            break;
        case SecretStore::Backend::Keyring:
            m_keyringState->setText(tr("Tokens are kept in the system keyring, never in a file."));
            m_keyringState->setStyleSheet(QString());
            break;
        case SecretStore::Backend::SessionOnly:
            m_keyringState->setText(m_secrets->backendMessage());
            m_keyringState->setStyleSheet(
                QStringLiteral("color: %1;")
                    .arg(EnvironmentStyle::color(EnvironmentTag::Staging).name()));
            break;
    }
}

void ProfileDialog::setStatus(const QString& text, bool isError) {
    m_status->setText(text);
    m_status->setStyleSheet(
        isError ? QStringLiteral("color: %1;")
                      .arg(EnvironmentStyle::color(EnvironmentTag::Production).name())
                : QString());
}

}  // namespace recops::console
