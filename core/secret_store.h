// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <functional>

#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace recops::console {

/**
 * Where the console keeps API tokens: the operating system's keyring, through QtKeychain
 * (the Secret Service on Linux: GNOME Keyring, KWallet...), one entry per profile.
 *
 * Every operation is an asynchronous keychain job; the answer comes back through a
 * callback, delivered only while its context object is alive. When no keyring answers
 * (no D-Bus session, no Secret Service, no backend), the store says so through backend()
 * and backendMessage(), and keeps tokens in memory for this session only. It never falls
 * back to a file: QtKeychain's "insecure fallback" (tokens in plain-text settings) stays
 * off.
 */
class SecretStore : public QObject {
    Q_OBJECT

public:
    /// Name of the keyring service the tokens are filed under.
    static constexpr char kServiceName[] = "recops-console";

    enum class Backend {
        Unknown,      ///< no keyring operation has finished yet
        Keyring,      ///< the system keyring answered
        SessionOnly,  ///< no keyring is reachable: tokens live in memory until exit
    };
    Q_ENUM(Backend)

    /// Where a token was found or put.
    enum class Storage { None, Keyring, Session };
    Q_ENUM(Storage)

    struct Result {
        enum class Outcome {
            Done,      ///< read, written or deleted
            NotFound,  ///< no token for this profile
            Failed,    ///< nothing happened; message says why
        };
        Outcome outcome = Outcome::Failed;
        Storage storage = Storage::None;
        QString token;    ///< the token, for a successful read
        QString message;  ///< why a token went to the session store, or why it failed

        bool succeeded() const { return outcome == Outcome::Done; }
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(QObject* parent = nullptr);
    /// For tests: file the tokens under another service name.
    SecretStore(const QString& serviceName, QObject* parent);

    void readToken(const QString& profileId, QObject* context, Callback callback);
    /// Stores @p token for @p profileId, replacing any earlier one.
    void writeToken(const QString& profileId, const QString& token, QObject* context,
                    Callback callback);
    /// Removes the token of @p profileId; a missing token is not an error.
    void deleteToken(const QString& profileId, QObject* context, Callback callback);
    /// Finds out whether a keyring answers, without touching any token.
    void probe(QObject* context, Callback callback);

    Backend backend() const { return m_backend; }
    /// Why tokens are kept for the session only (empty while the keyring works).
    QString backendMessage() const { return m_backendMessage; }
    QString serviceName() const { return m_serviceName; }

Q_SIGNALS:
    void backendChanged(recops::console::SecretStore::Backend backend, const QString& message);

private:
    enum class Failure { NotFound, Denied, Unavailable, Other };
    static Failure classify(const QKeychain::Job& job);
    void setBackend(Backend backend, const QString& message);
    void markUnavailable(const QKeychain::Job& job);
    void deliver(QObject* context, const Callback& callback, const Result& result);

    QString m_serviceName;
    Backend m_backend = Backend::Unknown;
    QString m_backendMessage;
    QHash<QString, QString> m_sessionTokens;
};

}  // namespace recops::console
