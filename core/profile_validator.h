// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace recops::console {

/// One reason a profile cannot be saved, attached to the field that has to change.
struct ValidationIssue {
    enum class Field { Name, Url, CaCertificate };
    Field field;
    QString message;

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

/// The rules a connection profile must follow, shared by the dialog and the command line.
class ProfileValidator {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)

public:
    static constexpr int kMaximumNameLength = 64;

    /// Every issue of @p profile; @p others are the saved profiles (for unique names).
    static QList<ValidationIssue> validate(const ConnectionProfile& profile,
                                           const QList<ConnectionProfile>& others);

    /**
     * Parses a server address typed by a user. Accepts http:// and https:// URLs with a
     * host; refuses user names or passwords in the URL (they would end up in the profile
     * store), queries and fragments. On failure returns nullopt and sets @p error.
     */
    static std::optional<QUrl> parseServerUrl(const QString& text, QString* error);

    /**
     * Checks that @p token looks like a recopsd token, `rcp_<16 hex>_<64 hex>`, so that a
     * pasted fragment or a token for another service is caught before it is stored. Returns
     * the reason when it does not (empty when it does).
     */
    static QString checkToken(const QString& token);
};

}  // namespace recops::console
