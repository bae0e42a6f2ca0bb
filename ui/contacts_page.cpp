// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Contacts page: three PolledResources (contacts, policies, the active alerts for the
// dry run), two tables with their add/edit/remove buttons, the dry-run panel, and the
// PUTs that save a changed list. Each save writes the list the page shows with one record
// changed, and takes the server's answer as the new list, so a refusal (a contact still
// paged by a policy is 409) leaves the table as the server has it.
#include "ui/contacts_page.h"

#include "core/api_endpoint.h"
#include "core/api_reply.h"
#include "core/command_registry.h"
#include "core/contact_table_model.h"
#include "core/escalation_policy_table_model.h"
#include "core/health_monitor.h"
#include "core/label_filter_proxy_model.h"
#include "core/on_call_operations.h"
#include "core/server_connection.h"
#include "ui/change_confirmation.h"
#include "ui/contact_dialog.h"
#include "ui/escalation_dry_run_panel.h"
#include "ui/escalation_policy_dialog.h"
#include "ui/production_guard.h"
#include "ui/table_views.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

namespace {

constexpr char kAddContactCommand[] = "contacts.add";
constexpr char kAddPolicyCommand[] = "contacts.add-policy";
constexpr char kDryRunCommand[] = "contacts.dry-run";
constexpr int kPollIntervalMs = 15'000;

QWidget* tableTab(QTableView* view, const QList<QPushButton*>& buttons, QWidget* parent) {
    auto* tab = new QWidget(parent);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(view, 1);
    auto* bar = new QHBoxLayout;
    for (QPushButton* button : buttons) {
        bar->addWidget(button);
    }
    bar->addStretch(1);
    layout->addLayout(bar);
    return tab;
}

}  // namespace

ContactsPage::ContactsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent)
    : PageWidget(ConsolePage::Contacts, parent)
    , m_connection(connection)
    , m_guard(guard)
    , m_operations(new OnCallOperations(connection, this))
    , m_contacts(new PolledResource<ContactList>(
          connection, ApiEndpoint::of(Endpoint::Contacts).path(), &ContactList::fromJson, this))
    , m_policies(new PolledResource<EscalationPolicyList>(
          connection, ApiEndpoint::of(Endpoint::EscalationPolicies).path(),
          &EscalationPolicyList::fromJson, this))
    , m_alerts(new PolledResource<AlertList>(connection, ApiEndpoint::of(Endpoint::Alerts).path(),
                                             &AlertList::fromJson, this))
    , m_contactModel(new ContactTableModel(this))
    , m_policyModel(new EscalationPolicyTableModel(this))
    , m_contactFilter(new LabelFilterProxyModel(this))
    , m_policyFilter(new LabelFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_roleNote(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_contactView(nullptr)
    , m_policyView(nullptr)
    , m_addContact(new QPushButton(tr("&Add contact…"), this))
    , m_editContact(new QPushButton(tr("&Edit contact…"), this))
    , m_removeContact(new QPushButton(tr("&Remove contact…"), this))
    , m_addPolicy(new QPushButton(tr("Add &policy…"), this))
    , m_editPolicy(new QPushButton(tr("Ed&it policy…"), this))
    , m_removePolicy(new QPushButton(tr("Remo&ve policy…"), this))
    , m_dryRun(new EscalationDryRunPanel(m_operations, this)) {
    setAccessibleName(tr("Contacts"));
    m_contacts->setTitle(tr("Contacts"));
    m_policies->setTitle(tr("Escalation policies"));
    m_alerts->setTitle(tr("Alert queue"));
    for (ResourcePoller* poller : pollers()) {
        poller->setIntervalMs(kPollIntervalMs);
    }

    m_contactFilter->setSourceModel(m_contactModel);
    m_contactFilter->setSortRole(ContactTableModel::SortRole);
    m_policyFilter->setSourceModel(m_policyModel);
    m_policyFilter->setSortRole(EscalationPolicyTableModel::SortRole);
    m_contactView = TableViews::create(m_contactFilter, tr("Contacts"), this);
    m_contactView->sortByColumn(ContactTableModel::IdColumn, Qt::AscendingOrder);
    m_contactView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contactView->horizontalHeader()->setSectionResizeMode(ContactTableModel::WebhookColumn,
                                                            QHeaderView::Stretch);
    m_policyView = TableViews::create(m_policyFilter, tr("Escalation policies"), this);
    // The order recopsd tries them in: not sorted by a column.
    m_policyView->setSortingEnabled(false);
    m_policyFilter->sort(-1);
    m_policyView->horizontalHeader()->setSectionResizeMode(EscalationPolicyTableModel::LevelsColumn,
                                                           QHeaderView::Stretch);

    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setPlaceholderText(tr("Filter contacts and policies (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter contacts and policies"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_contactFilter->setQuery(text);
        m_policyFilter->setQuery(text);
    });
    m_roleNote->setAccessibleName(tr("What this token may do"));
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setAccessibleName(tr("Outcome of the last change"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_roleNote);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    m_tabs->setAccessibleName(tr("Contacts and escalation sections"));
    m_tabs->insertTab(ContactsTab,
                      tableTab(m_contactView, {m_addContact, m_editContact, m_removeContact}, this),
                      tr("&Contacts"));
    m_tabs->insertTab(PoliciesTab,
                      tableTab(m_policyView, {m_addPolicy, m_editPolicy, m_removePolicy}, this),
                      tr("Escalation p&olicies"));
    m_tabs->insertTab(DryRunTab, m_dryRun, tr("Dry &run"));
    layout->addWidget(m_tabs, 1);

    for (QPushButton* button : {m_addContact, m_editContact, m_removeContact, m_addPolicy,
                                m_editPolicy, m_removePolicy}) {
        button->setAccessibleName(button->text().remove(u'&').remove(u'…'));
        if (m_guard) {
            m_guard->guard(button);
        }
    }
    connect(m_addContact, &QPushButton::clicked, this, [this] { openAddContact(); });
    connect(m_editContact, &QPushButton::clicked, this,
            [this] { openEditContact(selectedId(m_contactView)); });
    connect(m_removeContact, &QPushButton::clicked, this,
            [this] { confirmRemoveContact(selectedId(m_contactView)); });
    connect(m_addPolicy, &QPushButton::clicked, this, [this] { openAddPolicy(); });
    connect(m_editPolicy, &QPushButton::clicked, this,
            [this] { openEditPolicy(selectedId(m_policyView)); });
    connect(m_removePolicy, &QPushButton::clicked, this,
            [this] { confirmRemovePolicy(selectedId(m_policyView)); });
    connect(m_contactView, &QTableView::doubleClicked, this,
            [this] { openEditContact(selectedId(m_contactView)); });
    connect(m_policyView, &QTableView::doubleClicked, this,
            [this] { openEditPolicy(selectedId(m_policyView)); });
    connect(m_contactView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactsPage::updateControls);
    connect(m_policyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactsPage::updateControls);

    connect(m_contacts, &DataSource::dataChanged, this, &ContactsPage::showContacts);
    connect(m_policies, &DataSource::dataChanged, this, &ContactsPage::showPolicies);
    connect(m_alerts, &DataSource::dataChanged, this, [this] {
        m_dryRun->setAlerts(m_alerts->value() ? m_alerts->value()->queueOrder() : QList<Alert>());
    });
    for (ResourcePoller* poller : pollers()) {
        watch(poller);
    }
    connect(connection->monitor(), &HealthMonitor::healthChanged, this,
            &ContactsPage::followHealth);
    followRole(TokenRole());
    followHealth();
}

QList<ResourcePoller*> ContactsPage::pollers() const {
    return {m_contacts, m_policies, m_alerts};
}

bool ContactsPage::isSettled() const {
    return PageWidget::isSettled() && !m_saving;
}

void ContactsPage::showEvent(QShowEvent* event) {
    PageWidget::showEvent(event);
    for (ResourcePoller* poller : pollers()) {
        if (m_started) {
            poller->resume();
        } else {
            poller->start();
        }
    }
    m_started = true;
}

void ContactsPage::hideEvent(QHideEvent* event) {
    PageWidget::hideEvent(event);
    // A page that is not shown fetches nothing; its data stays for when it comes back.
    for (ResourcePoller* poller : pollers()) {
        poller->pause();
    }
}

QList<Contact> ContactsPage::contacts() const {
    return m_contactModel->records();
}

QList<EscalationPolicy> ContactsPage::policies() const {
    return m_policyModel->records();
}

QString ContactsPage::selectedId(QTableView* view) const {
    return view->currentIndex().siblingAtColumn(0).data(ContactTableModel::IdRole).toString();
}

QString ContactsPage::noticeText() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ContactsPage::showContacts() {
    m_contactModel->setRecords(m_contacts->value() ? m_contacts->value()->contacts
                                                   : QList<Contact>());
    updateControls();
}

void ContactsPage::showPolicies() {
    const QList<EscalationPolicy> list =
        m_policies->value() ? m_policies->value()->policies : QList<EscalationPolicy>();
    m_policyModel->setRecords(list);
    m_dryRun->setPolicies(list);
    updateControls();
}

QDialog* ContactsPage::openAddContact() {
    if (!m_role.canEditEscalation() || m_saving) {
        return nullptr;
    }
    QStringList taken;
    for (const Contact& contact : contacts()) {
        taken.append(contact.id);
    }
    auto* dialog = new ContactDialog(Contact(), ContactDialog::Mode::Add, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QList<Contact> list = contacts();
        const Contact added = dialog->contact();
        list.append(added);
        saveContacts(list, tr("Contact %1 added.").arg(added.id));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QDialog* ContactsPage::openEditContact(const QString& id) {
    const int row = m_contactModel->rowOfKey(id);
    if (!m_role.canEditEscalation() || m_saving || row < 0) {
        return nullptr;
    }
    auto* dialog =
        new ContactDialog(*m_contactModel->recordAt(row), ContactDialog::Mode::Edit, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        QList<Contact> list = contacts();
        const int at = m_contactModel->rowOfKey(id);
        if (at < 0) {
            showNotice(tr("Contact %1 is gone meanwhile: nothing saved.").arg(id), true);
            return;
        }
        list[at] = dialog->contact();
        saveContacts(list, tr("Contact %1 saved.").arg(id));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QDialog* ContactsPage::confirmRemoveContact(const QString& id) {
    const int row = m_contactModel->rowOfKey(id);
    if (!m_role.canEditEscalation() || m_saving || row < 0 || !m_connection) {
        return nullptr;
    }
    const Contact contact = *m_contactModel->recordAt(row);
    QMessageBox* box = ChangeConfirmation::ask(
        this, m_connection->profile(), tr("Remove contact"),
        tr("Remove the contact %1 (%2)?").arg(contact.id, contact.name),
        tr("Escalation stops paging them. A contact a policy still pages cannot be removed: "
           "change the policy first."),
        tr("Remove"), [this, id] {
            QList<Contact> list = contacts();
            list.removeIf([&id](const Contact& each) { return each.id == id; });
            saveContacts(list, tr("Contact %1 removed.").arg(id));
        });
    m_dialog = box;
    return box;
}

QDialog* ContactsPage::openAddPolicy() {
    if (!m_role.canEditEscalation() || m_saving) {
        return nullptr;
    }
    QStringList known;
    for (const Contact& contact : contacts()) {
        known.append(contact.id);
    }
    QStringList taken;
    for (const EscalationPolicy& policy : policies()) {
        taken.append(policy.id);
    }
    EscalationPolicy fresh;
    fresh.levels = {EscalationLevel{{}, 300.0}};
    auto* dialog =
        new EscalationPolicyDialog(fresh, EscalationPolicyDialog::Mode::Add, known, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QList<EscalationPolicy> list = policies();
        const EscalationPolicy added = dialog->policy();
        list.append(added);
        savePolicies(list, tr("Escalation policy %1 added.").arg(added.id));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QDialog* ContactsPage::openEditPolicy(const QString& id) {
    const int row = m_policyModel->rowOfKey(id);
    if (!m_role.canEditEscalation() || m_saving || row < 0) {
        return nullptr;
    }
    QStringList known;
    for (const Contact& contact : contacts()) {
        known.append(contact.id);
    }
    auto* dialog = new EscalationPolicyDialog(*m_policyModel->recordAt(row),
                                              EscalationPolicyDialog::Mode::Edit, known, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        QList<EscalationPolicy> list = policies();
        const int at = m_policyModel->rowOfKey(id);
        if (at < 0) {
            showNotice(tr("Escalation policy %1 is gone meanwhile: nothing saved.").arg(id), true);
            return;
        }
        list[at] = dialog->policy();
        savePolicies(list, tr("Escalation policy %1 saved.").arg(id));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QDialog* ContactsPage::confirmRemovePolicy(const QString& id) {
    const int row = m_policyModel->rowOfKey(id);
    if (!m_role.canEditEscalation() || m_saving || row < 0 || !m_connection) {
        return nullptr;
    }
    QMessageBox* box = ChangeConfirmation::ask(
        this, m_connection->profile(), tr("Remove escalation policy"),
        tr("Remove the escalation policy %1?").arg(id),
        tr("Alerts it escalates go to the next policy that matches them, or page nobody."),
        tr("Remove"), [this, id] {
            QList<EscalationPolicy> list = policies();
            list.removeIf([&id](const EscalationPolicy& each) { return each.id == id; });
            savePolicies(list, tr("Escalation policy %1 removed.").arg(id));
        });
    m_dialog = box;
    return box;
}

void ContactsPage::saveContacts(const QList<Contact>& list, const QString& done) {
    ApiReply* reply = m_operations->replaceContacts(ContactList{list});
    connect(reply, &ApiReply::finished, this, [this, reply] {
        QString problem;
        if (reply->isSuccess()) {
            if (const auto saved = ContactList::fromJson(reply->json(), &problem)) {
                m_contactModel->setRecords(saved->contacts);
            }
        }
    });
    track(reply, done);
}

void ContactsPage::savePolicies(const QList<EscalationPolicy>& list, const QString& done) {
    ApiReply* reply = m_operations->replacePolicies(EscalationPolicyList{list});
    connect(reply, &ApiReply::finished, this, [this, reply] {
        QString problem;
        if (reply->isSuccess()) {
            if (const auto saved = EscalationPolicyList::fromJson(reply->json(), &problem)) {
                m_policyModel->setRecords(saved->policies);
                m_dryRun->setPolicies(saved->policies);
            }
        }
    });
    track(reply, done);
}

void ContactsPage::track(ApiReply* reply, const QString& done) {
    m_saving = true;
    updateControls();
    connect(reply, &ApiReply::finished, this, [this, reply, done] {
        m_saving = false;
        if (reply->isSuccess()) {
            showNotice(done, false);
        } else {
            showNotice(tr("Refused: %1").arg(reply->error().detailedText()), true);
        }
        // Either way the lists are read again: someone else may have changed them.
        m_contacts->refresh();
        m_policies->refresh();
        updateControls();
        updateSettled();
    });
}

void ContactsPage::showNotice(const QString& message, bool failed) {
    m_notice->setText(message);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::WindowText,
                     failed ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x2e, 0x7d, 0x32));
    m_notice->setPalette(palette);
    m_notice->show();
}

void ContactsPage::followHealth() {
    followRole(TokenRole::ofHealth(m_connection->monitor()->health(), m_role));
}

void ContactsPage::followRole(TokenRole role) {
    if (role == m_role && !m_roleNote->text().isEmpty()) {
        return;
    }
    m_role = role;
    if (!role.isKnown()) {
        m_roleNote->setText(tr("Role not known yet: read-only"));
    } else if (!role.canEditEscalation()) {
        m_roleNote->setText(tr("Token role %1: read-only").arg(role.name()));
    } else {
        m_roleNote->setText(tr("Token role %1: edits contacts and policies").arg(role.name()));
    }
    updateControls();
}

void ContactsPage::updateControls() {
    // A role that may not edit sees no editing control at all, not disabled ones.
    const bool editor = m_role.canEditEscalation();
    const bool contactChosen = !selectedId(m_contactView).isEmpty();
    const bool policyChosen = !selectedId(m_policyView).isEmpty();
    const bool loaded = m_contacts->value().has_value() && m_policies->value().has_value();
    const auto want = [this, editor](QPushButton* button, bool enabled) {
        button->setVisible(editor);
        if (m_guard) {
            m_guard->setWanted(button, enabled && !m_saving);
        } else {
            button->setEnabled(enabled && !m_saving);
        }
    };
    want(m_addContact, loaded);
    want(m_editContact, loaded && contactChosen);
    want(m_removeContact, loaded && contactChosen);
    want(m_addPolicy, loaded && !contacts().isEmpty());
    want(m_editPolicy, loaded && policyChosen);
    want(m_removePolicy, loaded && policyChosen);

    if (!m_commands) {
        return;
    }
    for (const char* id : {kAddContactCommand, kAddPolicyCommand}) {
        const QString key = QLatin1StringView(id);
        if (!editor) {
            m_commands->remove(key);
            continue;
        }
        if (!m_commands->contains(key)) {
            const bool contact = key == QLatin1StringView(kAddContactCommand);
            Command command;
            command.id = key;
            command.title = contact ? tr("Add a contact…") : tr("Add an escalation policy…");
            command.category = tr("Contacts");
            command.keywords = {tr("on-call"), tr("escalation"), tr("pager")};
            command.changesServerState = true;
            command.run = [this, contact] {
                Q_EMIT activationRequested();
                m_tabs->setCurrentIndex(contact ? ContactsTab : PoliciesTab);
                if (contact) {
                    openAddContact();
                } else {
                    openAddPolicy();
                }
            };
            m_commands->add(command, this);
        }
        m_commands->setEnabled(
            key, loaded && !m_saving,
            loaded ? tr("A change is being saved.") : tr("The Contacts page has not loaded yet."));
    }
}

void ContactsPage::registerCommands(CommandRegistry* commands) {
    m_commands = commands;
    Command dryRun;
    dryRun.id = QLatin1StringView(kDryRunCommand);
    dryRun.title = tr("Dry-run an escalation policy for an alert");
    dryRun.category = tr("Contacts");
    dryRun.keywords = {tr("who is paged"), tr("on-call"), tr("escalation")};
    dryRun.run = [this] {
        Q_EMIT activationRequested();
        m_tabs->setCurrentIndex(DryRunTab);
        m_dryRun->run();
    };
    commands->add(dryRun, this);
    updateControls();
}

}  // namespace recops::console
