// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace recops::console {

/// One `label=value` or `label!=value` term of a filter. `*` in the value matches any run.
struct LabelMatcher {
    enum class Operator { Equals, NotEquals };
    QString label;
    Operator op = Operator::Equals;
    QString value;

    /// Whether a row whose label has @p actual (nullopt: the row has no such label) passes.
    bool accepts(const std::optional<QString>& actual) const;
};

/**
 * What was typed into a table's filter: free text plus label matchers, for example
 * `severity=critical state!=resolved "high latency" model=als*`.
 *
 * Terms are separated by spaces; double quotes keep spaces inside a term or a value. A
 * term `label=value` or `label!=value` (label: letters, digits, `_ . -`) is a matcher,
 * anything else is free text. Every term must hold for a row to pass: free text appears
 * somewhere in the row, a matcher holds for the row's label. Matching ignores case. A
 * missing label reads as empty, as in Prometheus: `team!=sre` passes a row without team.
 */
class FilterQuery {
    Q_DECLARE_TR_FUNCTIONS(FilterQuery)

public:
    static FilterQuery parse(const QString& text);

    QStringList freeText() const { return m_freeText; }
    QList<LabelMatcher> matchers() const { return m_matchers; }
    /// Terms that look like a matcher but are not one (`=critical`), read as free text.
    QStringList problems() const { return m_problems; }
    bool isEmpty() const { return m_freeText.isEmpty() && m_matchers.isEmpty(); }

    /**
     * Whether a row passes. @p rowText is all of the row's text, for the free terms;
     * @p labelValue gives a label's value for the row, or nullopt when it has none.
     */
    bool matches(const QString& rowText,
                 const std::function<std::optional<QString>(const QString&)>& labelValue) const;

private:
    QStringList m_freeText;
    QList<LabelMatcher> m_matchers;
    QStringList m_problems;
};

}  // namespace recops::console
