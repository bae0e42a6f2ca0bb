// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace recops::console {

/**
 * What went wrong with one call to recopsd, as a value.
 *
 * recopsd reports every failure as an RFC 9457 problem object
 * (`application/problem+json`: type, title, status, detail, request_id). An ApiError carries
 * those fields when the server answered, and says which transport failure happened when it
 * did not (refused, timed out, TLS). `kind() == Kind::None` means the call succeeded.
 */
class ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,             ///< no error
        Network,          ///< connection refused, host not found, connection reset...
        Timeout,          ///< no complete answer before the call's deadline
        Tls,              ///< the TLS handshake failed (untrusted or invalid certificate)
        Http,             ///< the server answered with a 4xx/5xx status
        InvalidResponse,  ///< a 2xx answer whose body is not the JSON the contract promises
        Cancelled,        ///< the call was aborted by the console itself
    };

    ApiError() = default;

    /// A transport-level failure (no HTTP status), described by @p message.
    static ApiError transport(Kind kind, const QString& message);

    /// A 2xx answer that could not be understood.
    static ApiError invalidResponse(int httpStatus, const QString& message,
                                    const QString& requestId);

    /**
     * Builds the error for an HTTP error answer. The body is read as a problem object when
     * it is one; otherwise the title falls back to the status's reason phrase and the
     * detail says that the body was not a problem object. @p requestIdHeader is the
     * response's X-Request-Id, used when the body carries none.
     */
    static ApiError fromHttpResponse(int httpStatus, const QByteArray& contentType,
                                     const QByteArray& body, const QString& requestIdHeader);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    /// The problem's type URI ("about:blank" when the server gave none).
    QString type() const { return m_type; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    QString requestId() const { return m_requestId; }
    /// The id the console sent, for failures where no answer brought one.
    void setRequestId(const QString& requestId) { m_requestId = requestId; }
    /// True when the server's body was a well-formed problem object.
    bool hasProblemBody() const { return m_hasProblemBody; }
    /**
     * The problem's members beyond the standard ones (RFC 9457 extensions): a refused
     * transition's "gates", a conflict's "current_production".
     */
    QJsonObject extensions() const { return m_extensions; }

    /// One line for a status bar or a log: "401 Unauthorized: token expired".
    QString summary() const;
    /// summary() plus the request id, for error dialogs that users copy into tickets.
    QString detailedText() const;

    friend bool operator==(const ApiError&, const ApiError&) = default;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_type;
    QString m_title;
    QString m_detail;
    QString m_requestId;
    bool m_hasProblemBody = false;
    QJsonObject m_extensions;
};

/// The standard reason phrase for an HTTP status ("Not Found"), or "HTTP <status>".
QString httpReasonPhrase(int httpStatus);

}  // namespace recops::console
