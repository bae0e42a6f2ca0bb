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
    /// The controls guarded now (for tests and for the accessibility walk).
    QList<QObject*> controls() const;

private:
    struct Guarded {
        QPointer<QObject> control;
        bool wanted = true;
        QString toolTip;
        QString description;
    };
    void add(QObject* control, bool enabled, const QString& toolTip, const QString& description);
    void apply(Guarded& guarded);
    void applyAll();

    QPointer<ProductionLock> m_lock;
    QList<Guarded> m_controls;
};

}  // namespace recops::console
