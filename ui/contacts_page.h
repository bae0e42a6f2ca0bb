// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"
#include "core/contact.h"
#include "core/escalation_policy.h"
#include "core/polled_resource.h"
#include "core/token_role.h"
#include "ui/page_widget.h"

#include <QPointer>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace recops::console {

class ApiReply;
class CommandRegistry;
class ContactTableModel;
class EscalationDryRunPanel;
class EscalationPolicyTableModel;
class LabelFilterProxyModel;
class OnCallOperations;
class ProductionGuard;
class ServerConnection;

/**
 * Contacts and escalation: the contacts escalation pages, the policies that page them
 * level by level, and a dry run of a policy for an alert.
 *
 * Contacts and policies are edited in dialogs and saved to recopsd at once (each list is
 * written whole, as PUT takes it; removing asks first). A token below operator sees no
 * control that changes anything; a locked production profile keeps them disabled. The
 * palette gets add contact, add policy and dry run.
 */
class ContactsPage : public PageWidget {
    Q_OBJECT

public:
    enum Tab { ContactsTab, PoliciesTab, DryRunTab };

    ContactsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent = nullptr);

    bool isSettled() const override;
    QLineEdit* filterEdit() const override { return m_filter; }
    void registerCommands(CommandRegistry* commands) override;

    TokenRole role() const { return m_role; }
    ContactTableModel* contactModel() const { return m_contactModel; }
    EscalationPolicyTableModel* policyModel() const { return m_policyModel; }
    QTableView* contactView() const { return m_contactView; }
    QTableView* policyView() const { return m_policyView; }
    QPushButton* addContactButton() const { return m_addContact; }
    QPushButton* editContactButton() const { return m_editContact; }
    QPushButton* removeContactButton() const { return m_removeContact; }
    QPushButton* addPolicyButton() const { return m_addPolicy; }
    QPushButton* editPolicyButton() const { return m_editPolicy; }
    QPushButton* removePolicyButton() const { return m_removePolicy; }
    EscalationDryRunPanel* dryRunPanel() const { return m_dryRun; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The dialog or question last opened (for tests and the accessibility walk).
    QDialog* currentDialog() const { return m_dialog; }
    /// The outcome of the last change, as shown above the tabs.
    QString noticeText() const;
    QList<ResourcePoller*> pollers() const;

    /// Each opens its dialog (or question); nullptr when the role may not, or no such row.
    QDialog* openAddContact();
    QDialog* openEditContact(const QString& id);
    QDialog* confirmRemoveContact(const QString& id);
    QDialog* openAddPolicy();
    QDialog* openEditPolicy(const QString& id);
    QDialog* confirmRemovePolicy(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QList<Contact> contacts() const;
    QList<EscalationPolicy> policies() const;
    QString selectedId(QTableView* view) const;
    void saveContacts(const QList<Contact>& contacts, const QString& done);
    void savePolicies(const QList<EscalationPolicy>& policies, const QString& done);
    void track(ApiReply* reply, const QString& done);
    void showContacts();
    void showPolicies();
    void followHealth();
    void followRole(TokenRole role);
    void updateControls();
    void showNotice(const QString& message, bool failed);

    QPointer<ServerConnection> m_connection;
    QPointer<ProductionGuard> m_guard;
    QPointer<CommandRegistry> m_commands;
    OnCallOperations* m_operations;
    PolledResource<ContactList>* m_contacts;
    PolledResource<EscalationPolicyList>* m_policies;
    PolledResource<AlertList>* m_alerts;
    ContactTableModel* m_contactModel;
    EscalationPolicyTableModel* m_policyModel;
    LabelFilterProxyModel* m_contactFilter;
    LabelFilterProxyModel* m_policyFilter;
    QLineEdit* m_filter;
    QLabel* m_roleNote;
    QLabel* m_notice;
    QTabWidget* m_tabs;
    QTableView* m_contactView;
    QTableView* m_policyView;
    QPushButton* m_addContact;
    QPushButton* m_editContact;
    QPushButton* m_removeContact;
    QPushButton* m_addPolicy;
    QPushButton* m_editPolicy;
    QPushButton* m_removePolicy;
    EscalationDryRunPanel* m_dryRun;
    QPointer<QDialog> m_dialog;
    TokenRole m_role;
    bool m_saving = false;
    bool m_started = false;
};

}  // namespace recops::console
