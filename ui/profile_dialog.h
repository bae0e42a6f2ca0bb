// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"
#include "core/server_health.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListView;
class QPushButton;

namespace recops::console {

class ConnectionTester;
class ProfileForm;
class ProfileListModel;
class ProfileStore;
class SecretStore;

/**
 * Create, edit and delete connection profiles, with their tokens in the keyring, and test
 * a connection before using it.
 *
 * The list is locked while the form has unsaved changes (Save or Revert first), so no
 * edit is lost and no modal question interrupts the console. Nothing here blocks: keyring
 * jobs and the connection test run asynchronously.
 */
class ProfileDialog : public QDialog {
    Q_OBJECT

public:
    ProfileDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    /// Selects the profile with @p id, when it exists.
    void selectProfile(const QString& id);
    /// Starts a new, unsaved profile in the form.
    void startNewProfile();

    ProfileForm* form() const { return m_form; }
    QListView* profileList() const { return m_list; }
    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* connectButton() const { return m_connectButton; }
    QPushButton* testButton() const { return m_testButton; }
    QString statusText() const;
    QString testResultText() const;
    bool hasUnsavedChanges() const { return m_dirty; }

    /// Saves the form; the token, if any, follows asynchronously. False when invalid.
    bool save();

Q_SIGNALS:
    /// The user wants the console connected to @p profile (saved, token stored).
    void connectRequested(const recops::console::ConnectionProfile& profile);
    /// A save finished, token included.
    void saved(const recops::console::ConnectionProfile& profile);

private:
    void onSelectionChanged();
    void onEdited();
    bool revalidate();
    void revert();
    void removeSelected();
    void testConnection();
    void showTestResult(const ServerHealth& health);
    void refreshStoredTokenState(const QString& profileId);
    void showKeyringBackend();
    void setStatus(const QString& text, bool isError);
    void setDirty(bool dirty);
    void saveThen(const std::function<void(const ConnectionProfile&)>& next);

    QPointer<ProfileStore> m_store;
    QPointer<SecretStore> m_secrets;
    ProfileListModel* m_model;
    QListView* m_list;
    QPushButton* m_newButton;
    QPushButton* m_removeButton;
    ProfileForm* m_form;
    QLabel* m_keyringState;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    QLabel* m_status;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QPushButton* m_connectButton;
    ConnectionTester* m_tester;
    ConnectionProfile m_loaded;
    bool m_dirty = false;
    quint64 m_tokenQuery = 0;
};

}  // namespace recops::console
