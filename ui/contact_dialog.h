// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/contact.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace recops::console {

/**
 * Adds or edits one contact: who it is (id, name, role, email, phone) and the webhook
 * escalation calls. Save is offered only when recopsd would take the contact; the page
 * writes the whole list when the dialog is accepted. A PagerDuty routing key is never
 * shown: left empty it keeps the one the server has.
 */
class ContactDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    ContactDialog(const Contact& contact, Mode mode, const QStringList& takenIds,
                  QWidget* parent = nullptr);

    Contact contact() const;
    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* roleEdit() const { return m_role; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QComboBox* formatBox() const { return m_format; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* routingKeyEdit() const { return m_routingKey; }
    QPushButton* saveButton() const { return m_save; }
    QString problemText() const;

private:
    void validate();

    Contact m_original;
    QStringList m_takenIds;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_role;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_format;
    QLineEdit* m_url;
    QLineEdit* m_routingKey;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
};

}  // namespace recops::console
