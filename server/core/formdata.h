// application/x-www-form-urlencoded bodies (the OAuth endpoints): '+' is a
// space, every name and value is percent-decoded UTF-8, and a name given
// twice is refused, as RFC 6749 §3.1 asks.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace cp::server {

struct FormData
{
    QHash<QString, QString> values;
    QString value(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return values.contains(name); }
};

// nullopt when a parameter repeats or the encoding is broken; *problem says which.
std::optional<FormData> parseForm(const QByteArray &body, QString *problem);

} // namespace cp::server
