#include "session/clientsettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <array>

namespace cp::session {
namespace {

struct Entry
{
    Setting key;
    const char *name;
    QVariant (*defaultValue)();
};

// The one table of settings and their defaults.
const std::array<Entry, 9> kSettings{{
    {Setting::ServerUrl, "server_url", [] { return QVariant(QString()); }},
    {Setting::CaFile, "ca_file", [] { return QVariant(QString()); }},
    {Setting::PinSha256, "pin_sha256", [] { return QVariant(QString()); }},
    {Setting::Http2, "http2", [] { return QVariant(true); }},
    {Setting::SyncIntervalMinutes, "sync_interval_minutes", [] { return QVariant(15); }},
    {Setting::OfflineSizeCapMiB, "offline_size_cap_mib", [] { return QVariant(500); }},
    {Setting::AutoLockMinutes, "auto_lock_minutes", [] { return QVariant(10); }},
    {Setting::ClipboardSeconds, "clipboard_seconds", [] { return QVariant(30); }},
    {Setting::Language, "language", [] { return QVariant(QString()); }},
}};

const Entry &entry(Setting key)
{
    for (const Entry &e : kSettings) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

ClientSettings::ClientSettings(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

QString ClientSettings::path() const
{
    return m_dataDir + QStringLiteral("/settings.json");
}

QString ClientSettings::name(Setting key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant ClientSettings::defaultValue(Setting key)
{
    return entry(key).defaultValue();
}

bool ClientSettings::load(QString *error)
{
    QFile file(path());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        *error = QStringLiteral("the settings file cannot be read");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("the settings file is damaged");
        return false;
    }
    // Only known keys with values of the default's type are kept.
    m_values = {};
    const QJsonObject stored = doc.object();
    for (const Entry &e : kSettings) {
        const QJsonValue v = stored.value(QLatin1StringView(e.name));
        const QVariant def = e.defaultValue();
        if ((def.typeId() == QMetaType::Bool && v.isBool()) ||
            (def.typeId() == QMetaType::Int && v.isDouble()) ||
            (def.typeId() == QMetaType::QString && v.isString()))
            m_values.insert(QLatin1StringView(e.name), v);
    }
    return true;
}

bool ClientSettings::save(QString *error) const
{
    QDir().mkpath(m_dataDir);
    QFile::setPermissions(m_dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(path());
    const QByteArray bytes = QJsonDocument(m_values).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("the settings cannot be saved");
        return false;
    }
    return true;
}

QVariant ClientSettings::value(Setting key) const
{
    const QJsonValue v = m_values.value(QLatin1StringView(entry(key).name));
    const QVariant def = defaultValue(key);
    if (v.isUndefined())
        return def;
    QVariant result = v.toVariant();
    result.convert(def.metaType());
    return result;
}

void ClientSettings::setValue(Setting key, const QVariant &value)
{
    m_values.insert(QLatin1StringView(entry(key).name), QJsonValue::fromVariant(value));
}

void ClientSettings::reset(Setting key)
{
    m_values.remove(QLatin1StringView(entry(key).name));
}

} // namespace cp::session
