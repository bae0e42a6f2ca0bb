// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"
#include "core/profile_validator.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace recops::console {

/**
 * The fields of one connection profile: name, server address, environment, TLS options
 * and a token field whose content goes to the keyring, never to the profile. Shows the
 * validator's findings next to the field they concern.
 */
class ProfileForm : public QWidget {
    Q_OBJECT

public:
    explicit ProfileForm(QWidget* parent = nullptr);

    /// Loads @p profile; the token field is emptied.
    void setProfile(const ConnectionProfile& profile);
    /// The profile as the fields describe it (keeps the loaded id).
    ConnectionProfile profile() const;
    /// The token typed in; empty means "keep the stored one".
    QString token() const;
    void clearToken();
    /// Tells the token field whether a token is already stored, for its placeholder.
    void setStoredTokenState(const QString& description, bool hasStoredToken);

    /**
     * Shows @p issues (and a malformed token) beside their fields. Returns true when there
     * is nothing to show.
     */
    bool showIssues(const QList<ValidationIssue>& issues);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* urlEdit() const { return m_url; }
    QComboBox* environmentBox() const { return m_environment; }
    QLineEdit* caFileEdit() const { return m_caFile; }
    QCheckBox* selfSignedBox() const { return m_allowSelfSigned; }
    QLineEdit* tokenEdit() const { return m_token; }
    /// The message shown for @p field (empty when none).
    QString issueText(ValidationIssue::Field field) const;
    QString tokenIssueText() const;

Q_SIGNALS:
    /// Any field was edited by the user.
    void edited();

private:
    void chooseCaFile();
    void updateProductionNote();

    QString m_loadedId;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QComboBox* m_environment;
    QLabel* m_productionNote;
    QLineEdit* m_caFile;
    QToolButton* m_browse;
    QCheckBox* m_allowSelfSigned;
    QLineEdit* m_token;
    QLabel* m_tokenState;
    QLabel* m_nameIssue;
    QLabel* m_urlIssue;
    QLabel* m_caIssue;
    QLabel* m_tokenIssue;
};

}  // namespace recops::console
