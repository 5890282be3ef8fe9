// A table that ties an enum to the stable key it has in JSON and to an English
// display name (a translatable source text). One table per enum replaces the
// pairs of switch statements that would otherwise drift apart.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace cp::domain {

template<typename E>
struct EnumKey
{
    E value;
    const char *key;
    const char *name; // English source text; may be nullptr for internal enums
};

template<typename Table, typename E>
QString keyOf(const Table &table, E value)
{
    for (const EnumKey<E> &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<typename E, typename Table>
std::optional<E> fromKey(const Table &table, QStringView key)
{
    for (const EnumKey<E> &entry : table) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Table>
QStringList keysOf(const Table &table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

template<typename Table, typename E>
QString nameOf(const Table &table, E value, const char *context)
{
    for (const EnumKey<E> &entry : table) {
        if (entry.value == value && entry.name)
            return QCoreApplication::translate(context, entry.name);
    }
    return {};
}

} // namespace cp::domain
