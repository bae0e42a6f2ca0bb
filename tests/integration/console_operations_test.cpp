// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Backups and Incidents pages against the real recopsd, driven as a person would. The
// data directory starts without a backup, so the recovery point is red; an operator takes
// a backup through the page and verifies it; an admin restores it, which the page refuses
// until the backup's id is typed; an operator adds a note to an incident, escalates it and
// resolves it; a viewer sees no control that changes anything; and when recopsd stops the
// pages keep their data under the staleness badge. Every change is checked over HTTP, not
// through the console.
#include "core/backup_table_model.h"
#include "core/command_registry.h"
#include "core/incident_table_model.h"
#include "core/incident_timeline_table_model.h"
#include "core/production_lock.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/resource_poller.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "integration/support/child_process.h"
#include "integration/support/console_window.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "ui/backup_actions.h"
#include "ui/backups_page.h"
#include "ui/change_confirmation.h"
#include "ui/incident_actions.h"
#include "ui/incident_text_dialog.h"
#include "ui/incidents_page.h"
#include "ui/main_window.h"
#include "ui/restore_dialog.h"
#include "ui/staleness_badge.h"

#include <memory>

#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

namespace {

/// A console window on one of the Backups and Incidents pages.
struct Console : recops::testing::ConsoleWindow {
    BackupsPage* backups() const { return pageAs<BackupsPage>(ConsolePage::Backups); }
    IncidentsPage* incidents() const { return pageAs<IncidentsPage>(ConsolePage::Incidents); }
};

}  // namespace

class ConsoleOperationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
        m_dataDirectory = m_directory.filePath(QStringLiteral("data")).toStdString();
        try {
            // Made before any backup, so that a restore keeps them.
            m_admin = token("admin", "root-console");
            m_operator = token("operator", "alice");
            m_viewer = token("viewer", "grafana");
            m_recopsd.emplace(RecopsdOptions{
                .dataDirectory = m_dataDirectory,
                .arguments = {"--set", "log.access=off", "--set", "backup.interval_seconds=0"}});
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QVERIFY(m_store.open(m_directory.filePath(QStringLiteral("console.sqlite"))));
    }

    void anOperatorTakesABackupAndVerifiesItThroughThePage() {
        Console console = open(m_operator, ConsolePage::Backups);
        BackupsPage* page = console.backups();
        QVERIFY(settles(page, [page] { return page->role().isKnown(); }));
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(page->recoveryPoint().level(), RecoveryPointStatus::Level::Missed);
        QCOMPARE(page->recoveryPointLabel()->text(),
                 QStringLiteral("No successful backup: the 24 h RPO is not met."));
        QVERIFY(!page->restoreButton()->isVisible());  // restoring is the admin's

        QVERIFY(page->createButton()->isVisible());
        QVERIFY(page->createButton()->isEnabled());
        page->createButton()->click();
        confirm(page->actions()->currentDialog());
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(), QStringLiteral("Backup queued."), 10'000);
        const std::string id = waitForBackup(
            [](const nlohmann::json& backup) { return backup["status"] == "succeeded"; });
        QVERIFY(!id.empty());
        const nlohmann::json taken = get("/api/v1/backups/" + id);
        QCOMPARE(taken["requested_by"]["name"].get<std::string>(), std::string("alice"));
        QCOMPARE(taken["trigger"].get<std::string>(), std::string("manual"));
        // The page follows: the backup listed, the recovery point green.
        const QString backupId = QString::fromStdString(id);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->model()->rowOfKey(backupId) >= 0 && page->model()->recordAt(0)->isSucceeded(),
            15'000);
        QCOMPARE(page->recoveryPoint().level(), RecoveryPointStatus::Level::Met);
        QVERIFY(page->recoveryPointLabel()->text().startsWith(u"Last successful backup "));

        page->selectBackup(backupId);
        QVERIFY(page->verifyButton()->isEnabled());
        page->verifyButton()->click();
        confirm(page->actions()->currentDialog());
        QTRY_COMPARE_WITH_TIMEOUT(
            page->noticeText(), QStringLiteral("Verification of %1 queued.").arg(backupId), 10'000);
        QVERIFY(!waitForBackup([](const nlohmann::json& backup) {
                     return backup["verification"].is_object() &&
                            backup["verification"]["status"] == "passed";
                 }).empty());
        QTRY_VERIFY_WITH_TIMEOUT(page->model()
                                     ->index(page->model()->rowOfKey(backupId), 0)
                                     .data(BackupTableModel::VerifiedRole)
                                     .toBool(),
                                 15'000);
    }

    void aRestoreWaitsForTheTypedBackupId() {
        Console console = open(m_admin, ConsolePage::Backups);
        BackupsPage* page = console.backups();
        QVERIFY(settles(page, [page] { return page->model()->rowCount() > 0; }));
        const QString backupId = page->model()->recordAt(0)->id;
        page->selectBackup(backupId);
        QVERIFY(page->restoreButton()->isVisible());
        QVERIFY(page->restoreButton()->isEnabled());
        page->restoreButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<RestoreDialog*>(page->actions()->currentDialog()),
                                 10'000);
        auto* dialog = qobject_cast<RestoreDialog*>(page->actions()->currentDialog());
        // The dialog names the environment and the backup.
        QStringList texts;
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            texts.append(label->text());
        }
        const QString shown = texts.join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(u"Staging — operations-test"), qPrintable(shown));
        QVERIFY(shown.contains(backupId));

        // Without the id, or with another text, the dialog is not accepted, and only its
        // acceptance sends the confirmation.
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QVERIFY(!dialog->restoreButton()->isEnabled());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        dialog->confirmationEdit()->setText(QStringLiteral("staging"));
        QVERIFY(!dialog->restoreButton()->isEnabled());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(accepted.count(), 0);
        QVERIFY(get("/api/v1/backups/" + backupId.toStdString())["restore"].is_null());

        dialog->confirmationEdit()->setText(backupId);
        QVERIFY(dialog->restoreButton()->isEnabled());
        dialog->restoreButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(),
                                  QStringLiteral("Restore of %1 queued.").arg(backupId), 10'000);
        QVERIFY(!waitForBackup([](const nlohmann::json& backup) {
                     return backup["restore"].is_object() &&
                            backup["restore"]["status"] == "succeeded";
                 }).empty());
        const nlohmann::json restored = get("/api/v1/backups/" + backupId.toStdString());
        QCOMPARE(restored["restore"]["requested_by"]["name"].get<std::string>(),
                 std::string("root-console"));
    }

    void anOperatorNotesEscalatesAndResolvesAnIncident() {
        const long long id = createIncident("Recommendations slow", "high");
        putEscalationPolicy();
        Console console = open(m_operator, ConsolePage::Incidents);
        IncidentsPage* page = console.incidents();
        QVERIFY(settles(page, [page, id] { return page->model()->rowOfIncident(id) >= 0; }));
        const nlohmann::json listed = get("/api/v1/incidents")["incidents"];
        QCOMPARE(page->model()->rowCount(), static_cast<int>(listed.size()));
        page->selectIncident(id);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->timelineModel()->rowOfKey(QStringLiteral("status-open")) >= 0, 10'000);
        QVERIFY(page->detailsText().contains(u"Recommendations slow"));

        page->noteButton()->click();
        auto* note = qobject_cast<IncidentTextDialog*>(page->actions()->currentDialog());
        QVERIFY(note);
        QVERIFY(!note->confirmButton()->isEnabled());  // no empty note
        note->textEdit()->setPlainText(QStringLiteral("cache node restarted, warming up"));
        note->confirmButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(),
                                  QStringLiteral("Note added to incident #%1.").arg(id), 10'000);
        QVERIFY(timelineHas(id, "note", "cache node restarted, warming up", "alice"));
        QTRY_VERIFY_WITH_TIMEOUT(page->timelineModel()->rowCount() >= 2, 10'000);

        page->escalateButton()->click();
        auto* escalation = qobject_cast<IncidentTextDialog*>(page->actions()->currentDialog());
        QVERIFY(escalation);
        escalation->textEdit()->setPlainText(QStringLiteral("still slow after the restart"));
        escalation->confirmButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(),
                                  QStringLiteral("Incident #%1 escalated.").arg(id), 10'000);
        QVERIFY(timelineHas(id, "escalation", "", "alice"));

        QVERIFY(page->mitigateButton()->isEnabled());
        page->resolveButton()->click();
        confirm(page->actions()->currentDialog());
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(),
                                  QStringLiteral("Incident #%1 resolved.").arg(id), 10'000);
        QCOMPARE(get("/api/v1/incidents/" + std::to_string(id))["status"].get<std::string>(),
                 std::string("resolved"));
        // The page follows: resolved, so no further status change and no escalation.
        QTRY_VERIFY_WITH_TIMEOUT(page->model()
                                     ->index(page->model()->rowOfIncident(id), 0)
                                     .data(IncidentTableModel::ResolvedRole)
                                     .toBool(),
                                 15'000);
        QVERIFY(!page->resolveButton()->isEnabled());
        QVERIFY(!page->mitigateButton()->isEnabled());
        QVERIFY(!page->escalateButton()->isEnabled());
        QVERIFY(page->noteButton()->isEnabled());
    }

    void theStatusFilterAsksRecopsd() {
        const long long opened = createIncident("Event ingestion errors", "critical");
        Console console = open(m_operator, ConsolePage::Incidents);
        IncidentsPage* page = console.incidents();
        QVERIFY(
            settles(page, [page, opened] { return page->model()->rowOfIncident(opened) >= 0; }));
        page->statusBox()->setCurrentIndex(page->statusBox()->findData(QStringLiteral("resolved")));
        Q_EMIT page->statusBox()->activated(page->statusBox()->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(
            page->model()->rowOfIncident(opened) < 0 && page->model()->rowCount() > 0, 10'000);
        for (const Incident& incident : page->model()->records()) {
            QCOMPARE(incident.status, QStringLiteral("resolved"));
        }
    }

    void aViewerSeesNoControlThatChangesAnything() {
        createIncident("Drift on the genre feature", "medium");
        Console console = open(m_viewer, ConsolePage::Backups);
        BackupsPage* backups = console.backups();
        QVERIFY(settles(backups, [backups] {
            return backups->role().isKnown() && backups->model()->rowCount() > 0;
        }));
        QCOMPARE(backups->role().name(), QStringLiteral("viewer"));
        backups->selectBackup(backups->model()->recordAt(0)->id);
        QVERIFY(!backups->createButton()->isVisible());
        QVERIFY(!backups->verifyButton()->isVisible());
        QVERIFY(!backups->restoreButton()->isVisible());
        QVERIFY(!backups->actions()->confirmCreate());
        QVERIFY(!backups->actions()->confirmVerify(*backups->model()->recordAt(0)));

        console.window->showPage(ConsolePage::Incidents);
        IncidentsPage* incidents = console.incidents();
        QVERIFY(settles(incidents, [incidents] { return incidents->model()->rowCount() > 0; }));
        incidents->selectIncident(incidents->model()->recordAt(0)->id);
        for (QPushButton* button : {incidents->noteButton(), incidents->mitigateButton(),
                                    incidents->resolveButton(), incidents->escalateButton()}) {
            QVERIFY2(!button->isVisible(), qPrintable(button->accessibleName()));
        }
        QVERIFY(!incidents->actions()->openNote(*incidents->model()->recordAt(0)));
        for (const char* command : {"backups.create", "backups.verify", "backups.restore",
                                    "incidents.note", "incidents.resolve", "incidents.escalate"}) {
            QVERIFY2(!console.window->commands()->contains(QLatin1StringView(command)), command);
        }
    }

    void aProductionProfileIsReadOnlyUntilUnlocked() {
        Console console = open(m_admin, ConsolePage::Backups, EnvironmentTag::Production);
        BackupsPage* backups = console.backups();
        QVERIFY(settles(backups, [backups] {
            return backups->role().isKnown() && backups->model()->rowCount() > 0;
        }));
        QVERIFY(console.window->productionLock()->isLocked());
        backups->selectBackup(backups->model()->recordAt(0)->id);
        for (QPushButton* button :
             {backups->createButton(), backups->verifyButton(), backups->restoreButton()}) {
            QVERIFY2(button->isVisible() && !button->isEnabled(),
                     qPrintable(button->accessibleName()));
        }
        CommandRegistry* commands = console.window->commands();
        QVERIFY(commands->contains(QStringLiteral("backups.create")));
        QVERIFY(!commands->isEnabled(QStringLiteral("backups.create")));
        console.window->showPage(ConsolePage::Incidents);
        IncidentsPage* incidents = console.incidents();
        QVERIFY(settles(incidents, [incidents] { return incidents->model()->rowCount() > 0; }));
        incidents->selectIncident(incidents->model()->recordAt(0)->id);
        QVERIFY(incidents->noteButton()->isVisible());
        QVERIFY(!incidents->noteButton()->isEnabled());
        QVERIFY(!commands->isEnabled(QStringLiteral("incidents.note")));

        QVERIFY(console.window->productionLock()->unlock());
        QVERIFY(incidents->noteButton()->isEnabled());
        QVERIFY(commands->isEnabled(QStringLiteral("incidents.note")));
        console.window->showPage(ConsolePage::Backups);
        QVERIFY(backups->createButton()->isEnabled());
        QVERIFY(backups->verifyButton()->isEnabled());
    }

    void thePagesKeepTheirDataWhenRecopsdStops() {
        Console console = open(m_operator, ConsolePage::Backups);
        BackupsPage* backups = console.backups();
        QVERIFY(settles(backups, [backups] { return backups->model()->rowCount() > 0; }));
        const int rows = backups->model()->rowCount();
        console.window->showPage(ConsolePage::Incidents);
        IncidentsPage* incidents = console.incidents();
        QVERIFY(settles(incidents, [incidents] { return incidents->model()->rowCount() > 0; }));
        const int incidentRows = incidents->model()->rowCount();
        console.window->showPage(ConsolePage::Backups);
        QVERIFY(console.window->stalenessBadge()->isHidden());

        QCOMPARE(m_recopsd->stop(), 0);
        m_recopsd.reset();
        StalenessBadge* badge = console.window->stalenessBadge();
        QTRY_VERIFY_WITH_TIMEOUT(backups->poller()->state() == DataState::Stale, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 5'000);
        QVERIFY2(badge->text().startsWith(u"stale — last update "), qPrintable(badge->text()));
        QCOMPARE(backups->model()->rowCount(), rows);
        QCOMPARE(backups->recoveryPoint().level(), RecoveryPointStatus::Level::Met);

        console.window->showPage(ConsolePage::Incidents);
        QTRY_VERIFY_WITH_TIMEOUT(incidents->pollers().constFirst()->state() == DataState::Stale,
                                 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 5'000);
        QCOMPARE(incidents->model()->rowCount(), incidentRows);
    }

private:
    std::string token(const std::string& role, const std::string& name) const {
        return recops::testing::createToken(m_dataDirectory, role, name);
    }

    Console open(const std::string& token, ConsolePage page,
                 EnvironmentTag environment = EnvironmentTag::Staging) {
        Console console;
        recops::testing::ConsoleWindowOptions options;
        options.url = QString::fromStdString(m_recopsd->url());
        options.token = QString::fromStdString(token);
        options.page = page;
        options.profileName = QStringLiteral("operations-test");
        options.environment = environment;
        options.profiles = &m_store;
        console.open(options);
        return console;
    }

    recops::testing::HttpResponse request(const std::string& method, const std::string& path,
                                          const std::string& body = {}) const {
        recops::testing::HttpHeaders headers = {recops::testing::bearer(m_operator)};
        if (!body.empty()) {
            headers.push_back({"Content-Type", "application/json"});
        }
        return recops::testing::httpRequest(m_recopsd->url(), method, path, headers, body);
    }

    nlohmann::json get(const std::string& path) const {
        const auto response = request("GET", path);
        if (response.status != 200) {
            throw std::runtime_error(path + " answered " + std::to_string(response.status));
        }
        return response.json();
    }

    long long createIncident(const std::string& title, const std::string& severity) const {
        const auto response =
            request("POST", "/api/v1/incidents",
                    nlohmann::json{{"title", title}, {"severity", severity}, {"commander", "alice"}}
                        .dump());
        if (response.status != 201) {
            throw std::runtime_error("creating an incident answered " +
                                     std::to_string(response.status) + ": " + response.body);
        }
        return response.json()["id"].get<long long>();
    }

    void putEscalationPolicy() const {
        const auto contacts = request(
            "PUT", "/api/v1/contacts",
            R"({"contacts":[{"id":"bob","name":"Bob","role":"SRE","email":"bob@example.org","phone":""}]})");
        const auto policies =
            request("PUT", "/api/v1/escalation-policies",
                    R"({"escalation_policies":[{"id":"sre","levels":[{"contacts":["bob"]}]}]})");
        if (contacts.status != 200 || policies.status != 200) {
            throw std::runtime_error("setting up escalation answered " + policies.body);
        }
    }

    /// Whether incident @p id's timeline on the server has an entry of @p kind by @p author
    /// (whose text contains @p text).
    bool timelineHas(long long id, const std::string& kind, const std::string& text,
                     const std::string& author) const {
        const nlohmann::json incident = get("/api/v1/incidents/" + std::to_string(id));
        for (const nlohmann::json& entry : incident["timeline"]) {
            if (entry["kind"] == kind && entry["author"] == author &&
                entry["text"].get<std::string>().find(text) != std::string::npos) {
                return true;
            }
        }
        qWarning("no %s entry by %s: %s", kind.c_str(), author.c_str(),
                 incident["timeline"].dump().c_str());
        return false;
    }

    /// The id of the first backup on the server for which @p matches holds, within 30 s.
    template <typename Match>
    std::string waitForBackup(Match matches) const {
        QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired()) {
            const nlohmann::json list = get("/api/v1/backups");
            for (const nlohmann::json& backup : list["backups"]) {
                if (matches(backup)) {
                    return backup["id"].get<std::string>();
                }
            }
            QTest::qWait(100);
        }
        qWarning("no such backup: %s", get("/api/v1/backups").dump().c_str());
        return {};
    }

    /// Presses the confirming button of a ChangeConfirmation.
    static void confirm(QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"Staging — operations-test"));
        ChangeConfirmation::confirmButton(box)->click();
    }

    /// Whether @p page settles and @p ready holds within a deadline.
    template <typename Ready>
    static bool settles(PageWidget* page, Ready ready) {
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired()) {
            if (page->isSettled() && ready()) {
                return true;
            }
            QTest::qWait(50);
        }
        qWarning("page %s not ready (settled: %d)", qPrintable(page->accessibleName()),
                 page->isSettled());
        return false;
    }

    QTemporaryDir m_directory;
    std::string m_dataDirectory;
    std::optional<RecopsdProcess> m_recopsd;
    ProfileStore m_store;
    std::string m_admin;
    std::string m_operator;
    std::string m_viewer;
};

QTEST_MAIN(ConsoleOperationsTest)
#include "console_operations_test.moc"
