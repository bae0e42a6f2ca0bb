// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_issue.h"

namespace recops::console {

QString RunbookIssue::toString() const {
    QString text = file.isEmpty() ? QStringLiteral("<runbook>") : file;
    if (!step.isEmpty()) {
        text += QStringLiteral(": step '%1'").arg(step);
    }
    if (!field.isEmpty()) {
        text += QStringLiteral(": field '%1'").arg(field);
    }
    return text + QStringLiteral(": ") + message;
}

}  // namespace recops::console
