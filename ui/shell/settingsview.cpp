#include "settingsview.h"

#include "cafiledialog.h"
#include "errortext.h"
#include "session/profilesession.h"
#include "shelllogging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cp::ui {

using session::Setting;

SettingsView::SettingsView(session::ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_title(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_caBrowse(new QPushButton(this))
    , m_pin(new QLineEdit(this))
    , m_http2(new QCheckBox(this))
    , m_syncInterval(new QSpinBox(this))
    , m_offlineCap(new QSpinBox(this))
    , m_autoLock(new QSpinBox(this))
    , m_clipboard(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_accountTitle(new QLabel(this))
    , m_signOut(new QPushButton(this))
    , m_wipe(new QPushButton(this))
{
    setObjectName(QStringLiteral("settingsView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont sectionFont = m_accountTitle->font();
    sectionFont.setBold(true);
    m_accountTitle->setFont(sectionFont);

    m_server->setObjectName(QStringLiteral("settingsServerUrl"));
    m_ca->setObjectName(QStringLiteral("settingsCaFile"));
    m_caBrowse->setObjectName(QStringLiteral("settingsCaBrowse"));
    m_pin->setObjectName(QStringLiteral("settingsPin"));
    m_pin->setMaxLength(64);
    m_http2->setObjectName(QStringLiteral("settingsHttp2"));
    m_syncInterval->setObjectName(QStringLiteral("settingsSyncInterval"));
    m_syncInterval->setRange(0, 24 * 60);
    m_offlineCap->setObjectName(QStringLiteral("settingsOfflineCap"));
    m_offlineCap->setRange(0, 1024 * 1024);
    m_offlineCap->setSingleStep(100);
    m_autoLock->setObjectName(QStringLiteral("settingsAutoLock"));
    m_autoLock->setRange(0, 24 * 60);
    m_clipboard->setObjectName(QStringLiteral("settingsClipboard"));
    m_clipboard->setRange(5, 600);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_signOut->setObjectName(QStringLiteral("settingsSignOut"));
    m_wipe->setObjectName(QStringLiteral("settingsWipe"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_caBrowse);
    m_form->addRow(new QLabel(this), m_server);
    m_form->addRow(new QLabel(this), caRow);
    m_caRow = caRow;
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_pin, m_http2, m_syncInterval, m_offlineCap, m_autoLock, m_clipboard, m_language})
        m_form->addRow(new QLabel(this), field);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(m_form);
    contentLayout->addWidget(m_save, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_message);
    contentLayout->addSpacing(m_title->fontMetrics().height());
    contentLayout->addWidget(m_accountTitle);
    auto *account = new QHBoxLayout;
    account->addWidget(m_signOut);
    account->addWidget(m_wipe);
    account->addStretch(1);
    contentLayout->addLayout(account);
    contentLayout->addStretch(1);
    // Scrolls rather than clips at 200 % scale.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    QWidget *order[] = {m_server,       m_ca,         m_caBrowse, m_pin,       m_http2,
                        m_syncInterval, m_offlineCap, m_autoLock, m_clipboard, m_language,
                        m_save,         m_signOut,    m_wipe};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_caBrowse, &QPushButton::clicked, this, [this]() { CaFileDialog::open(this, m_ca); });
    connect(m_signOut, &QPushButton::clicked, this, &SettingsView::signOutRequested);
    connect(m_wipe, &QPushButton::clicked, this, &SettingsView::confirmWipe);
    connect(m_language, &QComboBox::activated, this, [this]() {
        const QString lang = m_language->currentData().toString();
        m_session->settings().setValue(Setting::Language, lang);
        QString error;
        if (!m_session->settings().save(&error))
            qCWarning(lcShell) << "settings not saved:" << error;
        emit languageRequested(lang);
    });
    retranslate();
    reload();
}

SettingsView::~SettingsView() = default;

void SettingsView::reload()
{
    const session::ClientSettings &s = m_session->settings();
    m_server->setText(s.string(Setting::ServerUrl));
    m_ca->setText(s.string(Setting::CaFile));
    m_pin->setText(s.string(Setting::PinSha256));
    m_http2->setChecked(s.boolean(Setting::Http2));
    m_syncInterval->setValue(s.integer(Setting::SyncIntervalMinutes));
    m_offlineCap->setValue(s.integer(Setting::OfflineSizeCapMiB));
    m_autoLock->setValue(s.integer(Setting::AutoLockMinutes));
    m_clipboard->setValue(s.integer(Setting::ClipboardSeconds));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.string(Setting::Language))));
}

void SettingsView::save()
{
    const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
        m_message->setText(ErrorText::forApi(
            net::ApiError::make(net::ApiError::Kind::InsecureUrl, QStringLiteral("not https"))));
        m_server->setFocus();
        return;
    }
    const QString pin = m_pin->text().trimmed().toLower();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!pin.isEmpty() && !hex64.match(pin).hasMatch()) {
        m_message->setText(tr("The pin is the SHA-256 of the server's public key: 64 hexadecimal "
                              "digits, or empty."));
        m_pin->setFocus();
        return;
    }
    const QString ca = m_ca->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable()) {
        m_message->setText(tr("The CA file cannot be read."));
        m_ca->setFocus();
        return;
    }
    session::ClientSettings &s = m_session->settings();
    s.setValue(Setting::ServerUrl, url.toString());
    s.setValue(Setting::CaFile, ca);
    s.setValue(Setting::PinSha256, pin);
    s.setValue(Setting::Http2, m_http2->isChecked());
    s.setValue(Setting::SyncIntervalMinutes, m_syncInterval->value());
    s.setValue(Setting::OfflineSizeCapMiB, m_offlineCap->value());
    s.setValue(Setting::AutoLockMinutes, m_autoLock->value());
    s.setValue(Setting::ClipboardSeconds, m_clipboard->value());
    QString error;
    if (!s.save(&error) || !m_session->configureServer(&error)) {
        qCWarning(lcShell) << "settings not applied:" << error;
        m_message->setText(
            ErrorText::forApi(net::ApiError::make(net::ApiError::Kind::Configuration, error)));
        return;
    }
    m_message->setText(tr("Saved."));
    emit settingsChanged();
}

void SettingsView::confirmWipe()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete all local data"),
                                tr("Delete the archive, the downloaded documents, the keys and the "
                                   "settings from this computer? Your profile on the server stays; "
                                   "decisions not yet sent are lost."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("wipeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete everything"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("wipeConfirm"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, remove]() {
        if (box->clickedButton() == remove)
            emit wipeRequested();
    });
    box->open();
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsView::retranslate()
{
    m_title->setText(tr("Settings"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_server, tr("Server &address:"));
    label(m_pin, tr("Key &pin (SHA-256):"));
    label(m_http2, tr("Protocol:"));
    label(m_syncInterval, tr("S&ync every:"));
    label(m_offlineCap, tr("&Offline documents up to:"));
    label(m_autoLock, tr("Loc&k after idle:"));
    label(m_clipboard, tr("Clear the &clipboard after:"));
    label(m_language, tr("Lan&guage:"));
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(m_caRow))) {
        l->setText(tr("&CA file:"));
        l->setBuddy(m_ca);
    }
    m_server->setAccessibleName(tr("Server address"));
    m_ca->setAccessibleName(tr("CA file"));
    m_ca->setPlaceholderText(tr("The system's certificates"));
    m_caBrowse->setText(tr("&Browse…"));
    m_caBrowse->setAccessibleName(tr("Choose the CA file"));
    m_pin->setAccessibleName(tr("Key pin"));
    m_pin->setPlaceholderText(tr("No pin"));
    m_http2->setText(tr("Use &HTTP/2"));
    m_http2->setAccessibleName(tr("Use HTTP/2"));
    m_syncInterval->setSuffix(tr(" min"));
    m_syncInterval->setSpecialValueText(tr("Only on demand"));
    m_syncInterval->setAccessibleName(tr("Sync interval in minutes"));
    m_offlineCap->setSuffix(tr(" MiB"));
    m_offlineCap->setSpecialValueText(tr("Nothing offline"));
    m_offlineCap->setAccessibleName(tr("Offline size cap in MiB"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setAccessibleName(tr("Auto-lock after minutes idle"));
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setAccessibleName(tr("Clipboard clearing in seconds"));
    {
        const QSignalBlocker block(m_language);
        const QString current = m_session->settings().string(Setting::Language);
        m_language->clear();
        m_language->addItem(tr("As the system"), QString());
        // Each language in its own name, so that it can be found whatever is shown.
        m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
        m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
        m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    }
    m_language->setAccessibleName(tr("Language"));
    m_save->setText(tr("Sa&ve settings"));
    m_save->setAccessibleName(tr("Save settings"));
    m_accountTitle->setText(tr("Account and data"));
    m_signOut->setText(tr("Sign ou&t"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_wipe->setText(tr("&Delete all local data…"));
    m_wipe->setAccessibleName(tr("Delete all local data"));
}

} // namespace cp::ui
