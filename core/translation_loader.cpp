// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/translation_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace recops::console {

namespace {
const QString kResourceDirectory = QStringLiteral(":/i18n");
const QString kFilePrefix = QStringLiteral("recops");
}  // namespace

QStringList TranslationLoader::availableLanguages() {
    QStringList languages;
    const QStringList files =
        QDir(kResourceDirectory).entryList({kFilePrefix + QStringLiteral("_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        languages.append(file.mid(kFilePrefix.size() + 1).chopped(3));
    }
    return languages;
}

QLocale TranslationLoader::localeFor(const QString& languageOverride) {
    return languageOverride.isEmpty() ? QLocale::system() : QLocale(languageOverride);
}

QString TranslationLoader::install(QCoreApplication* application, const QString& languageOverride) {
    const QLocale locale = localeFor(languageOverride);
    if (!languageOverride.isEmpty()) {
        // Numbers and dates follow the chosen language too.
        QLocale::setDefault(locale);
    }

    auto* own = new QTranslator(application);
    // QTranslator::load(QLocale, ...) walks the locale's UI languages ("de-CH", "de"...).
    if (!own->load(locale, kFilePrefix, QStringLiteral("_"), kResourceDirectory)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    auto* qt = new QTranslator(application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    const QString file = QFileInfo(own->filePath()).completeBaseName();
    return file.mid(kFilePrefix.size() + 1);
}

}  // namespace recops::console
