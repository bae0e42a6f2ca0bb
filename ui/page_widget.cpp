// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/page_widget.h"

#include "core/data_source.h"

namespace recops::console {

PageWidget::PageWidget(ConsolePage page, QWidget* parent) : QWidget(parent), m_page(page) {}

bool PageWidget::isSettled() const {
    for (const QPointer<DataSource>& source : m_sources) {
        if (source && !source->isSettled()) {
            return false;
        }
    }
    return true;
}

QList<DataSource*> PageWidget::dataSources() const {
    QList<DataSource*> sources;
    for (const QPointer<DataSource>& source : m_sources) {
        if (source) {
            sources.append(source);
        }
    }
    return sources;
}

void PageWidget::refresh() {
    for (DataSource* source : dataSources()) {
        source->refresh();
    }
}

void PageWidget::watch(DataSource* source) {
    m_sources.append(source);
    connect(source, &DataSource::statusChanged, this, [this] {
        Q_EMIT dataStatusChanged();
        updateSettled();
    });
}

void PageWidget::updateSettled() {
    const bool settledNow = isSettled();
    if (settledNow && !m_reportedSettled) {
        m_reportedSettled = true;
        Q_EMIT settled();
    } else if (!settledNow) {
        m_reportedSettled = false;
    }
}

}  // namespace recops::console
