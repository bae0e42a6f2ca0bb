// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook_variables.h"

#include <optional>

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace recops::console {

/**
 * `${name}` placeholders in runbook text: paths, query values, bodies, instructions,
 * commands. `$${` writes a literal `${`. Names are letters, digits and underscores, not
 * starting with a digit.
 *
 * In a JSON body, a string that is exactly one placeholder ("${count}") takes the
 * variable's JSON type, so a number stays a number; anywhere else values are spliced in
 * as text.
 */
class RunbookTemplate {
public:
    enum class Mode {
        Plain,        ///< the values themselves: what is sent to the server
        Redacted,     ///< secrets as "[secret]": what is written down or shown
        PathSegment,  ///< percent-encoded for a URL path, secrets included
    };

    /// The names used in @p text, in order of appearance; a malformed placeholder sets
    /// @p error (and the list holds the names before it).
    static QStringList variables(const QString& text, QString* error = nullptr);
    /// The names used anywhere in the strings of @p value (keys included).
    static QStringList variables(const QJsonValue& value, QString* error = nullptr);
    static bool isVariableName(const QString& name);

    /// @p text with every placeholder replaced, or nullopt with @p error naming the first
    /// variable that has no value.
    static std::optional<QString> render(const QString& text, const RunbookVariables& variables,
                                         Mode mode, QString* error);
    static std::optional<QJsonValue> render(const QJsonValue& value,
                                            const RunbookVariables& variables, Mode mode,
                                            QString* error);
};

}  // namespace recops::console
