// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace recops::console {

/**
 * Installs the console's translations (compiled into the binary under :/i18n) and Qt's
 * own, for the system's UI languages or for an explicit override such as --lang de.
 */
class TranslationLoader {
public:
    /// Languages the console ships, as ISO 639 codes.
    static QStringList availableLanguages();

    /**
     * Installs translators on @p application. @p languageOverride (for example "de" or
     * "de_DE") replaces the system locale when not empty. Returns the language in use
     * ("en" when nothing better matched).
     */
    static QString install(QCoreApplication* application, const QString& languageOverride);

    /// The locale recops would use for @p languageOverride (or the system's).
    static QLocale localeFor(const QString& languageOverride);
};

}  // namespace recops::console
