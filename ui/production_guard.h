// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace recops::console {

class ProductionLock;

/**
 * Keeps every control that changes server state disabled while the production lock is
 * on, and says why in its tooltip and accessible description. A page guards such a
 * control once, and from then on sets its own availability through setWanted() rather
 * than setEnabled(), so the two reasons never undo each other.
 */
class ProductionGuard : public QObject {
    Q_OBJECT

public:
    explicit ProductionGuard(ProductionLock* lock, QObject* parent = nullptr);

    /// Guards @p control; its enabled state now is what the page wants.
    void guard(QWidget* control);
    void guard(QAction* control);
    /// What the page wants for @p control when the lock allows it.
    void setWanted(QObject* control, bool enabled);
    /**
     * Whether the lock holds @p control back at all (by default it does). For a control
     * whose effect changes server state only sometimes: starting a runbook that only reads
     * is allowed on a locked production profile, starting one with actions is not.
     */
    void setLockApplies(QObject* control, bool applies);
    /// The controls guarded now (for tests and for the accessibility walk).
    QList<QObject*> controls() const;

private:
    struct Guarded {
        QPointer<QObject> control;
        bool wanted = true;
        bool lockApplies = true;
        QString toolTip;
        QString description;
    };
    void add(QObject* control, bool enabled, const QString& toolTip, const QString& description);
    Guarded* find(QObject* control);
    void apply(Guarded& guarded);
    void applyAll();

    QPointer<ProductionLock> m_lock;
    QList<Guarded> m_controls;
};

}  // namespace recops::console
