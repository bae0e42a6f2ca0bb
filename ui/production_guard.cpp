// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/production_guard.h"

#include "core/production_lock.h"

#include <QAction>
#include <QWidget>

namespace recops::console {

ProductionGuard::ProductionGuard(ProductionLock* lock, QObject* parent)
    : QObject(parent), m_lock(lock) {
    connect(lock, &ProductionLock::lockedChanged, this, &ProductionGuard::applyAll);
}

void ProductionGuard::guard(QWidget* control) {
    add(control, control->isEnabled(), control->toolTip(), control->accessibleDescription());
}

void ProductionGuard::guard(QAction* control) {
    add(control, control->isEnabled(), control->toolTip(), QString());
}

void ProductionGuard::add(QObject* control, bool enabled, const QString& toolTip,
                          const QString& description) {
    m_controls.append(Guarded{control, enabled, true, toolTip, description});
    apply(m_controls.last());
}

ProductionGuard::Guarded* ProductionGuard::find(QObject* control) {
    for (Guarded& guarded : m_controls) {
        if (guarded.control == control) {
            return &guarded;
        }
    }
    return nullptr;
}

void ProductionGuard::setWanted(QObject* control, bool enabled) {
    if (Guarded* guarded = find(control)) {
        guarded->wanted = enabled;
        apply(*guarded);
    }
}

void ProductionGuard::setLockApplies(QObject* control, bool applies) {
    if (Guarded* guarded = find(control)) {
        guarded->lockApplies = applies;
        apply(*guarded);
    }
}

QList<QObject*> ProductionGuard::controls() const {
    QList<QObject*> result;
    for (const Guarded& guarded : m_controls) {
        if (guarded.control) {
            result.append(guarded.control);
        }
    }
    return result;
}

void ProductionGuard::applyAll() {
    m_controls.removeIf([](const Guarded& guarded) { return guarded.control.isNull(); });
    for (Guarded& guarded : m_controls) {
        apply(guarded);
    }
}

void ProductionGuard::apply(Guarded& guarded) {
    const bool locked = guarded.lockApplies && m_lock && m_lock->isLocked();
    const QString reason = locked ? m_lock->reason() : QString();
    if (auto* widget = qobject_cast<QWidget*>(guarded.control)) {
        widget->setEnabled(guarded.wanted && !locked);
        widget->setToolTip(locked ? reason : guarded.toolTip);
        widget->setAccessibleDescription(locked ? reason : guarded.description);
    } else if (auto* action = qobject_cast<QAction*>(guarded.control)) {
        action->setEnabled(guarded.wanted && !locked);
        action->setToolTip(locked ? reason : guarded.toolTip);
        action->setStatusTip(locked ? reason : QString());
    }
}

}  // namespace recops::console
