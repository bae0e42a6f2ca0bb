// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/console_page.h"

#include <QWidget>

namespace recops::console {

/**
 * A page of the main window. A page is "settled" once what it shows is final for now:
 * its data has loaded, or loading failed and the page shows that. --screenshot waits for
 * it, so pictures never show a half-loaded page.
 */
class PageWidget : public QWidget {
    Q_OBJECT

public:
    PageWidget(ConsolePage page, QWidget* parent = nullptr);

    ConsolePage page() const { return m_page; }
    virtual bool isSettled() const = 0;

Q_SIGNALS:
    /// isSettled() became true.
    void settled();

private:
    ConsolePage m_page;
};

}  // namespace recops::console
