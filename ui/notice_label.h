// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QLabel>

namespace recops::console {

/// The line above a page's table that says how the last change went: green, or red with
/// recopsd's reason. Hidden until there is something to say; its text is selectable.
class NoticeLabel : public QLabel {
    Q_OBJECT

public:
    explicit NoticeLabel(QWidget* parent = nullptr);

    void showNotice(const QString& message, bool failed);
    /// What it says; empty while hidden.
    QString noticeText() const { return isHidden() ? QString() : text(); }
};

}  // namespace recops::console
