// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/console_page.h"

#include <QCoreApplication>
#include <QString>

namespace recops::console {

/// How a page presents itself: sidebar title, icon and what it is for.
struct PageDescription {
    ConsolePage page;
    QString title;
    QString iconPath;
    /// What the page is for, in one sentence.
    QString purpose;
};

class PageCatalog {
    Q_DECLARE_TR_FUNCTIONS(PageCatalog)

public:
    static PageDescription describe(ConsolePage page);
};

}  // namespace recops::console
