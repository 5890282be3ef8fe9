// The client's settings, typed: one enum of keys, each with its default and
// its stored name in one table, kept in <dataDir>/settings.json (0600, written
// with QSaveFile). Holds no personal data and no secret: the server address,
// the CA file, the pin, intervals and preferences.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace cp::session {

enum class Setting
{
    ServerUrl,
    CaFile,
    PinSha256, // hex, empty: no pin
    Http2,
    SyncIntervalMinutes,
    OfflineSizeCapMiB,
    AutoLockMinutes,
    ClipboardSeconds,
    Language, // "ru" | "en" | "" (the system's)
};

class ClientSettings
{
public:
    explicit ClientSettings(QString dataDir);

    bool load(QString *error); // a missing file is not an error
    bool save(QString *error) const;

    QVariant value(Setting key) const;
    void setValue(Setting key, const QVariant &value);
    void reset(Setting key);

    QString string(Setting key) const { return value(key).toString(); }
    int integer(Setting key) const { return value(key).toInt(); }
    bool boolean(Setting key) const { return value(key).toBool(); }

    static QString name(Setting key);
    static QVariant defaultValue(Setting key);
    QString path() const;

private:
    QString m_dataDir;
    QJsonObject m_values;
};

} // namespace cp::session
