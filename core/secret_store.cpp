// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/secret_store.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace recops::console {

namespace {

// Jobs are not parented: QtKeychain's backends call back into a job after their own
// asynchronous work, so a job must live until it finishes. autoDelete (the default) frees
// it then; connections use the store as context, so a late answer reaches nobody.
template <typename JobType>
JobType* makeJob(const QString& service, const QString& key) {
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never put a token in a plain-text settings file
    job->setKey(key);
    return job;
}

constexpr char kProbeKey[] = "recops-console-probe";

}  // namespace

SecretStore::SecretStore(QObject* parent)
    : SecretStore(QString::fromLatin1(kServiceName), parent) {}

SecretStore::SecretStore(const QString& serviceName, QObject* parent)
    : QObject(parent), m_serviceName(serviceName) {}

SecretStore::Failure SecretStore::classify(const QKeychain::Job& job) {
    switch (job.error()) {
        case QKeychain::EntryNotFound:
            return Failure::NotFound;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            return Failure::Denied;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            // On Linux "OtherError" is what a missing D-Bus session or Secret Service
            // looks like (libsecret reports it as a generic D-Bus error).
            return Failure::Unavailable;
        case QKeychain::NoError:
        case QKeychain::CouldNotDeleteEntry:
            break;
    }
    return Failure::Other;
}

void SecretStore::setBackend(Backend backend, const QString& message) {
    if (m_backend == backend && m_backendMessage == message) {
        return;
    }
    m_backend = backend;
    m_backendMessage = message;
    Q_EMIT backendChanged(backend, message);
}

void SecretStore::markUnavailable(const QKeychain::Job& job) {
    setBackend(Backend::SessionOnly,
               tr("No system keyring is reachable (%1). Tokens are kept in memory for this "
                  "session only and must be entered again after a restart.")
                   .arg(job.errorString()));
}

void SecretStore::deliver(QObject* context, const Callback& callback, const Result& result) {
    if (callback && context) {
        callback(result);
    }
}

void SecretStore::readToken(const QString& profileId, QObject* context, Callback callback) {
    QPointer<QObject> guard(context);
    if (const auto session = m_sessionTokens.constFind(profileId);
        session != m_sessionTokens.cend()) {
        const Result result{Result::Outcome::Done, Storage::Session, session.value(),
                            m_backendMessage};
        // Answer from the event loop, like a keyring would: callers never see re-entrancy.
        QTimer::singleShot(0, this, [=, this] { deliver(guard, callback, result); });
        return;
    }
    if (m_backend == Backend::SessionOnly) {
        const Result result{Result::Outcome::NotFound, Storage::None, {}, m_backendMessage};
        QTimer::singleShot(0, this, [=, this] { deliver(guard, callback, result); });
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, profileId);
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job* finished) {
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        Result result;
        if (read->error() == QKeychain::NoError) {
            setBackend(Backend::Keyring, QString());
            result = {Result::Outcome::Done, Storage::Keyring, read->textData(), {}};
        } else {
            switch (classify(*read)) {
                case Failure::NotFound:
                    setBackend(Backend::Keyring, QString());
                    result = {Result::Outcome::NotFound, Storage::None, {}, {}};
                    break;
                case Failure::Unavailable:
                    markUnavailable(*read);
                    result = {Result::Outcome::NotFound, Storage::None, {}, m_backendMessage};
                    break;
                case Failure::Denied:
                case Failure::Other:
                    result = {
                        Result::Outcome::Failed,
                        Storage::None,
                        {},
                        tr("The keyring did not give the token out: %1").arg(read->errorString())};
                    break;
            }
        }
        deliver(guard, callback, result);
    });
    job->start();
}

void SecretStore::writeToken(const QString& profileId, const QString& token, QObject* context,
                             Callback callback) {
    QPointer<QObject> guard(context);
    if (m_backend == Backend::SessionOnly) {
        m_sessionTokens.insert(profileId, token);
        const Result result{Result::Outcome::Done, Storage::Session, {}, m_backendMessage};
        QTimer::singleShot(0, this, [=, this] { deliver(guard, callback, result); });
        return;
    }
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, profileId);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job* finished) {
        Result result;
        if (finished->error() == QKeychain::NoError) {
            setBackend(Backend::Keyring, QString());
            m_sessionTokens.remove(profileId);
            result = {Result::Outcome::Done, Storage::Keyring, {}, {}};
        } else if (classify(*finished) == Failure::Denied) {
            m_sessionTokens.insert(profileId, token);
            result = {Result::Outcome::Done,
                      Storage::Session,
                      {},
                      tr("The keyring refused to store the token (%1); it is kept for this "
                         "session only.")
                          .arg(finished->errorString())};
        } else {
            markUnavailable(*finished);
            m_sessionTokens.insert(profileId, token);
            result = {Result::Outcome::Done, Storage::Session, {}, m_backendMessage};
        }
        deliver(guard, callback, result);
    });
    job->start();
}

void SecretStore::deleteToken(const QString& profileId, QObject* context, Callback callback) {
    QPointer<QObject> guard(context);
    m_sessionTokens.remove(profileId);
    if (m_backend == Backend::SessionOnly) {
        const Result result{Result::Outcome::Done, Storage::Session, {}, m_backendMessage};
        QTimer::singleShot(0, this, [=, this] { deliver(guard, callback, result); });
        return;
    }
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, profileId);
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job* finished) {
        Result result;
        const Failure failure =
            finished->error() == QKeychain::NoError ? Failure::NotFound : classify(*finished);
        if (finished->error() == QKeychain::NoError || failure == Failure::NotFound) {
            setBackend(Backend::Keyring, QString());
            result = {Result::Outcome::Done, Storage::Keyring, {}, {}};
        } else if (failure == Failure::Unavailable) {
            markUnavailable(*finished);
            result = {Result::Outcome::Done, Storage::Session, {}, m_backendMessage};
        } else {
            result = {Result::Outcome::Failed,
                      Storage::None,
                      {},
                      tr("The keyring did not delete the token: %1").arg(finished->errorString())};
        }
        deliver(guard, callback, result);
    });
    job->start();
}

void SecretStore::probe(QObject* context, Callback callback) {
    QPointer<QObject> guard(context);
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, QString::fromLatin1(kProbeKey));
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job* finished) {
        const Failure failure =
            finished->error() == QKeychain::NoError ? Failure::NotFound : classify(*finished);
        Result result;
        if (failure == Failure::NotFound) {
            setBackend(Backend::Keyring, QString());
            result = {Result::Outcome::Done, Storage::Keyring, {}, {}};
        } else if (failure == Failure::Unavailable) {
            markUnavailable(*finished);
            result = {Result::Outcome::Done, Storage::Session, {}, m_backendMessage};
        } else {
            result = {Result::Outcome::Failed, Storage::None, {}, finished->errorString()};
        }
        deliver(guard, callback, result);
    });
    job->start();
}

}  // namespace recops::console
