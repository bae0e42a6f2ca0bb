// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/token_identity.h"

#include "core/json_field_log.h"

#include <QJsonObject>

namespace recops::console {

std::optional<TokenIdentity> TokenIdentity::fromJson(const QJsonDocument& document,
                                                     QString* error) {
    const auto fail = [error](const QString& message) -> std::optional<TokenIdentity> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (!document.isObject()) {
        return fail(tr("The identity is not a JSON object."));
    }
    const QJsonObject object = document.object();
    TokenIdentity identity;
    identity.role = JsonFieldLog::field(object, u"role").toString();
    if (identity.role.isEmpty()) {
        return fail(tr("The identity has no \"role\"."));
    }
    identity.name = JsonFieldLog::field(object, u"name").toString();
    identity.tokenId = JsonFieldLog::field(object, u"token_id").toString();
    if (identity.tokenId.isEmpty()) {
        identity.tokenId = JsonFieldLog::field(object, u"id").toString();
    }
    return identity;
}

QString TokenIdentity::operatorName() const {
    return QStringLiteral("%1 (token %2, %3)")
        .arg(name.isEmpty() ? QStringLiteral("unnamed") : name, tokenId, role);
}

}  // namespace recops::console
