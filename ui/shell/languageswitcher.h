// The language of the window: installs the app's translator (and Qt's own)
// for Russian or English; installing one sends LanguageChange to every
// widget, which retranslates itself in changeEvent().
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace cp::ui {

class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    // `directory` holds citizen-profile_<lang>.qm; the app embeds them in ":/i18n".
    explicit LanguageSwitcher(QString directory = QStringLiteral(":/i18n"),
                              QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // "ru" or "en" from the system's locale.
    static QString systemLanguage();
    // "ru" | "en" | "" (the system's). False when the file cannot be loaded.
    bool apply(const QString &language);
    QString current() const { return m_current; }

private:
    QString m_directory;
    QString m_current;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace cp::ui
