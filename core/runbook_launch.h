// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace recops::console {

class RunbookLibrary;

/**
 * What it takes to start a run of one runbook from the window: the text of each input as
 * the operator types it (starting from the defaults, or from an alert's labels), whether
 * each is valid and why not, the typed inputs the engine takes, and whether the token may
 * start it at all.
 *
 * Empty text (or only spaces) means "the default": an input with a default may be left
 * empty, one without must be given. Messages are for the window and are translated; the engine and
 * the headless runner keep their English ones.
 */
class RunbookLaunch {
    Q_DECLARE_TR_FUNCTIONS(RunbookLaunch)

public:
    RunbookLaunch() = default;
    explicit RunbookLaunch(const Runbook& runbook);

    /**
     * The launch of the runbook of @p library that answers @p alertName (the first by id
     * when several do), its inputs filled from the alert's @p labels: each label named like
     * an input gives that input's text. nullopt when no runbook answers the alert.
     */
    static std::optional<RunbookLaunch> forAlert(const RunbookLibrary& library,
                                                 const QString& alertName,
                                                 const QVariantMap& labels);

    /// How an input's default reads in its field ("3m" for a duration of 180 s).
    static QString defaultText(const RunbookInput& input);
    /**
     * Why a token of @p role may not start @p runbook, in a sentence; empty when it may. A
     * viewer reads runbooks and runs but starts none that has an action step.
     */
    static QString roleRefusal(const Runbook& runbook, const QString& role);

    const Runbook& runbook() const { return m_runbook; }
    QString text(const QString& inputName) const { return m_texts.value(inputName); }
    void setText(const QString& inputName, const QString& text);
    /// Sets the text of every input named by a key of @p labels; returns the names set.
    QStringList fillFromLabels(const QVariantMap& labels);

    /// Why the text of @p inputName cannot be used; empty when it can.
    QString error(const QString& inputName) const;
    bool isValid() const;
    /// The typed inputs, defaults included; nullopt while some input is not valid.
    std::optional<QJsonObject> inputs() const;

    /// The alert the run answers, when it came from one.
    QString alertName() const { return m_alertName; }
    QJsonObject alertLabels() const { return m_alertLabels; }

private:
    Runbook m_runbook;
    QHash<QString, QString> m_texts;
    QString m_alertName;
    QJsonObject m_alertLabels;
};

}  // namespace recops::console
