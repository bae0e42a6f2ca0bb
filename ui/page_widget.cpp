// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/page_widget.h"

namespace recops::console {

PageWidget::PageWidget(ConsolePage page, QWidget* parent) : QWidget(parent), m_page(page) {}

}  // namespace recops::console
