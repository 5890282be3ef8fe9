#include "languageswitcher.h"

#include "shelllogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace cp::ui {

LanguageSwitcher::LanguageSwitcher(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
    }
}

QString LanguageSwitcher::systemLanguage()
{
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru")
                                                            : QStringLiteral("en");
}

bool LanguageSwitcher::apply(const QString &language)
{
    const QString lang = language.isEmpty() ? systemLanguage() : language;
    if (lang == m_current)
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    if (!m_app.load(QStringLiteral("citizen-profile_") + lang, m_directory)) {
        qCWarning(lcShell) << "no translation for" << lang;
        m_current.clear();
        return false;
    }
    // Qt's own texts (standard buttons); missing ones only leave them in English.
    const bool qtLoaded = m_qt.load(QStringLiteral("qtbase_") + lang,
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
    QCoreApplication::installTranslator(&m_app);
    QLocale::setDefault(QLocale(lang == u"ru" ? QLocale::Russian : QLocale::English,
                                lang == u"ru" ? QLocale::Russia : QLocale::UnitedKingdom));
    m_installed = true;
    m_current = lang;
    return true;
}

} // namespace cp::ui
