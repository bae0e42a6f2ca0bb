// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The order of things at start-up. The window comes first (so nothing ever waits on a
// blank screen), then the profile is provisioned and the connection opened, then
// --screenshot captures once the pages have settled.
#include "app/console_startup.h"

#include "core/api_client.h"
#include "core/health_monitor.h"
#include "core/local_store.h"
#include "core/preferences.h"
#include "core/profile_provisioner.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/runbook_library.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "ui/main_window.h"
#include "ui/runbooks_page.h"
#include "ui/screenshot_runner.h"

#include <QTextStream>

namespace recops::console {

namespace {
void printLine(FILE* stream, const QString& text) {
    QTextStream out(stream);
    out << "recops-console: " << text << Qt::endl;
}
}  // namespace

ConsoleStartup::ConsoleStartup(CommandLineOptions options, QString token, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_token(std::move(token))
    , m_store(new LocalStore(this))
    , m_profiles(m_store->profiles())
    , m_secrets(new SecretStore(this))
    , m_connection(new ServerConnection(m_secrets, this))
    , m_recent(new RecentState())
    , m_preferences(new Preferences()) {
    m_connection->monitor()->setPollIntervalMs(
        m_preferences->value(Preferences::kHealthPollIntervalMs));
    m_connection->monitor()->setProbeTimeoutMs(
        m_preferences->value(Preferences::kHealthProbeTimeoutMs));
    BackoffPolicy backoff;
    backoff.maximumDelayMs = m_preferences->value(Preferences::kRetryMaximumDelayMs);
    m_connection->monitor()->setBackoffPolicy(backoff, QRandomGenerator::global()->generate());
    m_connection->client()->setTimeoutMs(m_preferences->value(Preferences::kRequestTimeoutMs));
    m_store->setHistoryRetentionDays(m_preferences->value(Preferences::kHistoryRetentionDays));
    m_connection->setChartHistory(m_store->chartHistory());
    connect(m_secrets, &SecretStore::backendChanged, this,
            [this](SecretStore::Backend backend, const QString& message) {
                if (backend == SecretStore::Backend::SessionOnly) {
                    inform(message);
                }
            });
}

ConsoleStartup::~ConsoleStartup() {
    delete m_window;
    delete m_recent;
    delete m_preferences;
}

void ConsoleStartup::start() {
    if (!m_store->open()) {
        fail(m_store->errorString());
        return;
    }
    m_window = new MainWindow(m_connection, m_profiles, m_secrets, m_recent);
    m_window->runbooksPage()->setUserFolder(RunbookLibrary::defaultUserFolder(*m_preferences));
    m_window->runbooksPage()->setJournal(m_store->runbookJournal());
    if (m_options.screenshots.isEmpty()) {
        m_window->restoreUiState();
    } else {
        m_window->setSavesUiState(false);
        m_window->resize(1280, 800);
    }
    m_window->show();

    const bool provisions = !m_options.profileName.isEmpty() &&
                            (m_options.changesProfile() || m_options.tokenFromStdin);
    if (provisions) {
        ProvisioningRequest request;
        request.profileName = m_options.profileName;
        request.url = m_options.serverUrl;
        request.environment = m_options.environment;
        request.caCertificatePath = m_options.caCertificatePath;
        if (m_options.allowSelfSigned) {
            request.allowSelfSigned = true;
        }
        if (m_options.tokenFromStdin) {
            request.token = m_token;
        }
        m_provisioner = new ProfileProvisioner(m_profiles, m_secrets, this);
        connect(m_provisioner, &ProfileProvisioner::finished, this,
                [this](const ProfileProvisioner::Outcome& outcome) {
                    if (!outcome.succeeded) {
                        fail(outcome.message);
                        return;
                    }
                    inform(outcome.message);
                    open(outcome.profile);
                });
        m_provisioner->run(request);
        return;
    }
    if (!m_options.profileName.isEmpty()) {
        const auto profile = m_profiles->findByName(m_options.profileName);
        if (!profile) {
            QStringList names;
            for (const ConnectionProfile& saved : m_profiles->profiles()) {
                names.append(saved.name);
            }
            fail(names.isEmpty()
                     ? tr("There is no profile named \"%1\", and no profile is saved yet. "
                          "Add --server URL to create it.")
                           .arg(m_options.profileName)
                     : tr("There is no profile named \"%1\". Saved profiles: %2.")
                           .arg(m_options.profileName, names.join(u", ")));
            return;
        }
        open(*profile);
        return;
    }
    openWithoutSavedProfile();
}

void ConsoleStartup::openWithoutSavedProfile() {
    // --server alone: a connection for this run, saved nowhere.
    if (m_options.serverUrl) {
        ConnectionProfile adHoc;
        adHoc.url = *m_options.serverUrl;
        adHoc.environment = m_options.environment.value_or(EnvironmentTag::Development);
        adHoc.tls.caCertificatePath = m_options.caCertificatePath.value_or(QString());
        adHoc.tls.allowSelfSigned = m_options.allowSelfSigned;
        m_connection->openWithToken(adHoc, m_token,
                                    m_token.isEmpty() ? ServerConnection::TokenSource::None
                                                      : ServerConnection::TokenSource::Session);
        startScreenshots();
        return;
    }
    if (const auto last = m_profiles->findById(m_recent->lastProfileId())) {
        open(*last);
        return;
    }
    ConnectionProfile local;
    local.url = QUrl(QLatin1StringView(kDefaultServerUrl));
    m_connection->openWithToken(local, m_token, ServerConnection::TokenSource::Session);
    startScreenshots();
}

void ConsoleStartup::open(const ConnectionProfile& profile) {
    m_connection->open(profile);
    if (m_options.screenshots.isEmpty()) {
        m_recent->setLastProfileId(profile.id);
    }
    startScreenshots();
}

void ConsoleStartup::startScreenshots() {
    if (m_options.screenshots.isEmpty()) {
        return;
    }
    auto* runner = new ScreenshotRunner(m_window, m_options.screenshots, this);
    connect(runner, &ScreenshotRunner::captured, this, [this](const QString& file, QSize size) {
        inform(tr("wrote %1 (%2×%3)").arg(file).arg(size.width()).arg(size.height()));
    });
    connect(runner, &ScreenshotRunner::problem, this,
            [this](const QString& message) { printLine(stderr, message); });
    connect(runner, &ScreenshotRunner::finished, this, &ConsoleStartup::finished);
    runner->start();
}

void ConsoleStartup::fail(const QString& message) {
    printLine(stderr, message);
    Q_EMIT finished(1);
}

void ConsoleStartup::inform(const QString& message) {
    printLine(stderr, message);
}

}  // namespace recops::console
