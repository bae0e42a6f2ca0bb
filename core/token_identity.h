// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace recops::console {

/// Who the console is to recopsd: the answer to GET /api/v1/whoami.
struct TokenIdentity {
    Q_DECLARE_TR_FUNCTIONS(TokenIdentity)

public:
    QString tokenId;
    QString name;
    /// viewer < client < operator < admin.
    QString role;

    bool isValid() const { return !role.isEmpty(); }
    /// How the identity is recorded as the author of a runbook timeline:
    /// "name (token id, role)". English, like the timeline a whole team reads.
    QString operatorName() const;

    /// Parses a whoami body; on failure returns nullopt and says why in @p error.
    static std::optional<TokenIdentity> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
