// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"
#include "core/incident.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace recops::console {

class ProductionGuard;

/**
 * The text a change to an incident needs: a note for its timeline, or the reason for an
 * escalation. Names the incident and the environment; the button stays disabled while the
 * text is empty or too long. accepted() means the person pressed it; the caller sends it.
 */
class IncidentTextDialog : public QDialog {
    Q_OBJECT

public:
    enum class Purpose { Note, Escalation };
    static constexpr int kMaximumNoteLength = 10'000;
    static constexpr int kMaximumReasonLength = 2'000;

    IncidentTextDialog(Purpose purpose, const ConnectionProfile& profile, const Incident& incident,
                       ProductionGuard* guard, QWidget* parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    qint64 incidentId() const { return m_incidentId; }
    QString text() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* confirmButton() const { return m_confirm; }

private:
    void check();

    Purpose m_purpose;
    qint64 m_incidentId;
    QPlainTextEdit* m_text;
    QLabel* m_problem;
    QPushButton* m_confirm;
    ProductionGuard* m_guard;
};

}  // namespace recops::console
