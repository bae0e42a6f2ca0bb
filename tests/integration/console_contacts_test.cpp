// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Contacts page against the real recopsd, driven as a person would, offscreen. The data
// directory has no model, so ServiceNotReady fires critical at once; two contacts and a
// policy for critical alerts are written over HTTP first. An operator adds and edits a
// contact, edits the policy's levels, delays and repeat, adds a second policy, and is
// refused removing a contact a policy still pages; the dry run shows what recopsd answers
// for ServiceNotReady; a viewer sees no control that changes anything. Every change is
// checked over HTTP, not through the console.
#include "core/command_registry.h"
#include "core/contact_table_model.h"
#include "core/dry_run_step_model.h"
#include "core/escalation_level_model.h"
#include "core/escalation_policy_table_model.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "integration/support/child_process.h"
#include "integration/support/console_window.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "ui/change_confirmation.h"
#include "ui/contact_dialog.h"
#include "ui/contacts_page.h"
#include "ui/escalation_dry_run_panel.h"
#include "ui/escalation_policy_dialog.h"
#include "ui/main_window.h"

#include <memory>

#include <QAbstractButton>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using namespace Qt::StringLiterals;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

namespace {

/// A console window on the Contacts page.
struct Console : recops::testing::ConsoleWindow {
    ContactsPage* page() const { return pageAs<ContactsPage>(ConsolePage::Contacts); }
};

constexpr char kContacts[] = R"({"contacts":[
  {"id":"alice","name":"Alice Example","role":"SRE","email":"alice@example.org",
   "phone":"+49 30 1234567","webhook":null},
  {"id":"bob","name":"Bob Example","role":"ML engineer","email":"bob@example.org",
   "phone":"","webhook":null}]})";
constexpr char kPolicies[] = R"({"escalation_policies":[
  {"id":"critical","name":"Critical alerts","matchers":[{"name":"severity","value":"critical"}],
   "levels":[{"contacts":["alice"],"delay_s":300},{"contacts":["bob"]}],"repeat":0}]})";

}  // namespace

class ConsoleContactsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
        m_dataDirectory = m_directory.filePath(QStringLiteral("data")).toStdString();
        try {
            m_operator = recops::testing::createToken(m_dataDirectory, "operator", "alice");
            m_viewer = recops::testing::createToken(m_dataDirectory, "viewer", "grafana");
            m_recopsd.emplace(RecopsdOptions{
                .dataDirectory = m_dataDirectory,
                .arguments = {"--set", "alerts.not_ready_for_s=0", "--set",
                              "monitoring.evaluation_interval_ms=100", "--set", "log.access=off"}});
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QVERIFY(m_store.open(m_directory.filePath(QStringLiteral("console.sqlite"))));
    }

    void init() {
        // Each test starts from the same lists.
        QCOMPARE(put("/api/v1/escalation-policies", R"({"escalation_policies":[]})"), 200);
        QCOMPARE(put("/api/v1/contacts", kContacts), 200);
        QCOMPARE(put("/api/v1/escalation-policies", kPolicies), 200);
    }

    void anOperatorAddsAndEditsContacts() {
        Console console = open(m_operator);
        ContactsPage* page = console.page();
        QVERIFY(loaded(page));
        QCOMPARE(page->contactModel()->rowCount(), 2);
        QVERIFY(page->addContactButton()->isVisible());
        QVERIFY(page->addContactButton()->isEnabled());

        page->addContactButton()->click();
        auto* add = qobject_cast<ContactDialog*>(page->currentDialog());
        QVERIFY(add);
        QVERIFY(!add->saveButton()->isEnabled());  // no id, no name yet
        add->idEdit()->setText(u"alice"_s);
        add->nameEdit()->setText(u"Carol Example"_s);
        QVERIFY(!add->saveButton()->isEnabled());  // alice is taken
        QVERIFY(add->problemText().contains(u"alice"));
        add->idEdit()->setText(u"carol"_s);
        add->phoneEdit()->setText(u"+1 (555) 0100"_s);
        add->formatBox()->setCurrentIndex(add->formatBox()->findData(u"slack"_s));
        add->urlEdit()->setText(u"https://hooks.slack.com/services/T0/B0/secret"_s);
        QVERIFY2(add->saveButton()->isEnabled(), qPrintable(add->problemText()));
        add->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(), u"Contact carol added."_s, 10'000);
        const nlohmann::json carol = contact("carol");
        QCOMPARE(carol["name"].get<std::string>(), std::string("Carol Example"));
        QCOMPARE(carol["phone"].get<std::string>(), std::string("+1 (555) 0100"));
        QCOMPARE(carol["webhook"]["format"].get<std::string>(), std::string("slack"));
        QCOMPARE(page->contactModel()->rowCount(), 3);

        // Edit alice from her row, as a double click or the Edit button would.
        QDialog* opened = page->openEditContact(u"alice"_s);
        auto* edit = qobject_cast<ContactDialog*>(opened);
        QVERIFY(edit);
        QVERIFY(edit->idEdit()->isReadOnly());
        QCOMPARE(edit->nameEdit()->text(), u"Alice Example"_s);
        edit->roleEdit()->setText(u"Incident commander"_s);
        edit->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(), u"Contact alice saved."_s, 10'000);
        QCOMPARE(contact("alice")["role"].get<std::string>(), std::string("Incident commander"));
        QCOMPARE(contact("alice")["email"].get<std::string>(), std::string("alice@example.org"));
        const int row = page->contactModel()->rowOfKey(u"alice"_s);
        QCOMPARE(page->contactModel()->index(row, ContactTableModel::RoleColumn).data().toString(),
                 u"Incident commander"_s);
    }

    void anOperatorEditsAndAddsEscalationPolicies() {
        Console console = open(m_operator);
        ContactsPage* page = console.page();
        QVERIFY(loaded(page));
        page->tabs()->setCurrentIndex(ContactsPage::PoliciesTab);
        auto* edit = qobject_cast<EscalationPolicyDialog*>(page->openEditPolicy(u"critical"_s));
        QVERIFY(edit);
        EscalationLevelModel* levels = edit->levels();
        QCOMPARE(levels->rowCount(), 2);
        QVERIFY(levels->setData(levels->index(0, EscalationLevelModel::DelayColumn), 120));
        QVERIFY(levels->setData(levels->index(1, EscalationLevelModel::ContactsColumn),
                                u"bob, alice"_s));
        edit->addLevelButton()->click();  // a third level, paging nobody yet: not savable
        QCOMPARE(levels->rowCount(), 3);
        QVERIFY(!edit->saveButton()->isEnabled());
        QVERIFY(edit->problemText().contains(u"Level 3"));
        QVERIFY(levels->setData(levels->index(2, EscalationLevelModel::ContactsColumn),
                                u"nobody-known"_s));
        QVERIFY(edit->problemText().contains(u"nobody-known"));
        edit->levelView()->setCurrentIndex(levels->index(2, 0));
        edit->removeLevelButton()->click();
        edit->repeatBox()->setValue(2);
        edit->matchersEdit()->setText(u"severity=critical, alertname!=Watchdog"_s);
        QVERIFY2(edit->saveButton()->isEnabled(), qPrintable(edit->problemText()));
        edit->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(), u"Escalation policy critical saved."_s,
                                  10'000);
        nlohmann::json policies = get("/api/v1/escalation-policies")["escalation_policies"];
        QCOMPARE(policies.size(), std::size_t{1});
        QCOMPARE(policies[0]["levels"][0]["delay_s"].get<double>(), 120.0);
        QVERIFY(policies[0]["levels"][1]["contacts"] ==
                nlohmann::json::parse(R"(["bob","alice"])"));
        QCOMPARE(policies[0]["repeat"].get<int>(), 2);
        QCOMPARE(policies[0]["matchers"].size(), std::size_t{2});
        QCOMPARE(policies[0]["matchers"][1]["op"].get<std::string>(), std::string("!="));

        page->addPolicyButton()->click();
        auto* add = qobject_cast<EscalationPolicyDialog*>(page->currentDialog());
        QVERIFY(add);
        add->idEdit()->setText(u"everything-else"_s);
        QVERIFY(add->levels()->setData(
            add->levels()->index(0, EscalationLevelModel::ContactsColumn), u"bob"_s));
        QVERIFY2(add->saveButton()->isEnabled(), qPrintable(add->problemText()));
        add->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(), u"Escalation policy everything-else added."_s,
                                  10'000);
        policies = get("/api/v1/escalation-policies")["escalation_policies"];
        QCOMPARE(policies.size(), std::size_t{2});
        QCOMPARE(policies[1]["id"].get<std::string>(), std::string("everything-else"));
        QVERIFY(policies[1]["matchers"].empty());
        QCOMPARE(page->policyModel()->rowCount(), 2);
    }

    void removingAContactAPolicyPagesIsRefused() {
        Console console = open(m_operator);
        ContactsPage* page = console.page();
        QVERIFY(loaded(page));
        auto* box = qobject_cast<QMessageBox*>(page->confirmRemoveContact(u"bob"_s));
        QVERIFY(box);
        ChangeConfirmation::confirmButton(box)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->noticeText().startsWith(u"Refused"), 10'000);
        QVERIFY2(page->noticeText().contains(u"critical") || page->noticeText().contains(u"bob"),
                 qPrintable(page->noticeText()));
        QVERIFY(!contact("bob").is_null());
        QTRY_VERIFY_WITH_TIMEOUT(page->contactModel()->rowOfKey(u"bob"_s) >= 0, 10'000);
    }

    void theDryRunShowsWhoRecopsdWouldPage() {
        Console console = open(m_operator);
        ContactsPage* page = console.page();
        QVERIFY(loaded(page));
        const std::string alert = waitForAlert("ServiceNotReady");
        QVERIFY(!alert.empty());
        EscalationDryRunPanel* panel = page->dryRunPanel();
        page->tabs()->setCurrentIndex(ContactsPage::DryRunTab);
        // The active alerts are offered; ServiceNotReady among them.
        QTRY_VERIFY_WITH_TIMEOUT(panel->alertBox()->findData(QString::fromStdString(alert)) >= 0,
                                 10'000);
        panel->alertBox()->setCurrentIndex(
            panel->alertBox()->findData(QString::fromStdString(alert)));
        panel->policyBox()->setCurrentIndex(panel->policyBox()->findData(u"critical"_s));
        panel->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel->lastRun().has_value(), 10'000);

        const nlohmann::json answer =
            get("/api/v1/escalation-policies/critical/dry-run?alert=" + alert);
        QCOMPARE(answer["matches"].get<bool>(), true);
        QCOMPARE(panel->lastRun()->matches, true);
        QCOMPARE(panel->lastRun()->alertId, QString::fromStdString(alert));
        DryRunStepModel* steps = panel->stepModel();
        QCOMPARE(steps->rowCount(), static_cast<int>(answer["steps"].size()));
        for (int row = 0; row < steps->rowCount(); ++row) {
            const nlohmann::json& step = answer["steps"][static_cast<std::size_t>(row)];
            QCOMPARE(steps->recordAt(row)->level, step["level"].get<int>());
            QCOMPARE(steps->recordAt(row)->afterSeconds, step["after_s"].get<double>());
            QCOMPARE(steps->recordAt(row)->contacts.size(),
                     static_cast<qsizetype>(step["contacts"].size()));
            QCOMPARE(steps->recordAt(row)->contacts.constFirst().id,
                     QString::fromStdString(step["contacts"][0]["id"].get<std::string>()));
        }
        QCOMPARE(steps->index(0, DryRunStepModel::ContactsColumn).data().toString(),
                 u"Alice Example (no webhook)"_s);
        QVERIFY2(panel->summaryText().contains(u"matches"), qPrintable(panel->summaryText()));
    }

    void aViewerSeesNoEditingControls() {
        Console console = open(m_viewer);
        ContactsPage* page = console.page();
        QVERIFY(loaded(page));
        QCOMPARE(page->role().name(), u"viewer"_s);
        for (QPushButton* button :
             {page->addContactButton(), page->editContactButton(), page->removeContactButton(),
              page->addPolicyButton(), page->editPolicyButton(), page->removePolicyButton()}) {
            QVERIFY2(!button->isVisible(), qPrintable(button->text()));
        }
        QVERIFY(!page->openAddContact());
        QVERIFY(!page->openEditContact(u"alice"_s));
        QVERIFY(!page->confirmRemovePolicy(u"critical"_s));
        QVERIFY(!console.window->commands()->contains(u"contacts.add"_s));
        QVERIFY(!console.window->commands()->contains(u"contacts.add-policy"_s));
        // Reading is for everyone: the contacts, and the dry run.
        QCOMPARE(page->contactModel()->rowCount(), 2);
        QVERIFY(console.window->commands()->contains(u"contacts.dry-run"_s));
        const std::string alert = waitForAlert("ServiceNotReady");
        page->dryRunPanel()->alertBox()->setEditText(QString::fromStdString(alert));
        page->dryRunPanel()->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->dryRunPanel()->lastRun().has_value(), 10'000);
    }

private:
    Console open(const std::string& token) {
        Console console;
        recops::testing::ConsoleWindowOptions options;
        options.url = QString::fromStdString(m_recopsd->url());
        options.token = QString::fromStdString(token);
        options.page = ConsolePage::Contacts;
        options.profileName = QStringLiteral("contacts-test");
        options.profiles = &m_store;
        console.open(options);
        return console;
    }

    /// Whether the page settles with its role known and both lists loaded, in time.
    static bool loaded(ContactsPage* page) {
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired()) {
            if (page->isSettled() && page->role().isKnown() &&
                page->contactModel()->rowCount() > 0 && page->policyModel()->rowCount() > 0) {
                return true;
            }
            QTest::qWait(50);
        }
        for (ResourcePoller* poller : page->pollers()) {
            qWarning("%s: state %d, %s", qPrintable(poller->title()),
                     static_cast<int>(poller->state()),
                     qPrintable(poller->lastError().detailedText()));
        }
        return false;
    }

    nlohmann::json get(const std::string& path) const {
        const auto response = recops::testing::httpRequest(m_recopsd->url(), "GET", path,
                                                           {recops::testing::bearer(m_operator)});
        if (response.status != 200) {
            throw std::runtime_error(path + " answered " + std::to_string(response.status));
        }
        return response.json();
    }
    int put(const std::string& path, const std::string& body) const {
        return recops::testing::httpRequest(
                   m_recopsd->url(), "PUT", path,
                   {recops::testing::bearer(m_operator), {"Content-Type", "application/json"}},
                   body)
            .status;
    }
    /// The contact @p id as recopsd lists it; null when there is none.
    nlohmann::json contact(const std::string& id) const {
        // Kept whole: a range over a member of a temporary would outlive it.
        const nlohmann::json all = get("/api/v1/contacts");
        for (const nlohmann::json& each : all["contacts"]) {
            if (each["id"] == id) {
                return each;
            }
        }
        return nullptr;
    }
    std::string waitForAlert(const std::string& rule) const {
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired()) {
            const nlohmann::json all = get("/api/v1/alerts");
            for (const nlohmann::json& alert : all["alerts"]) {
                if (alert["rule"] == rule) {
                    return alert["id"].get<std::string>();
                }
            }
            QTest::qWait(100);
        }
        return {};
    }

    QTemporaryDir m_directory;
    std::string m_dataDirectory;
    std::optional<RecopsdProcess> m_recopsd;
    ProfileStore m_store;
    std::string m_operator;
    std::string m_viewer;
};

QTEST_MAIN(ConsoleContactsTest)
#include "console_contacts_test.moc"
