#include "core/router.h"

#include <QRegularExpression>

namespace cp::server {

void Router::add(Route route)
{
    m_routes.append(std::move(route));
}

bool Router::matchPattern(const QString &pattern, const QString &path,
                          QHash<QString, QString> *params)
{
    const QStringList want = pattern.split(u'/');
    const QStringList have = path.split(u'/');
    if (want.size() != have.size())
        return false;
    // Ids of the contract: 1–64 characters of [A-Za-z0-9_-]; anything else is
    // a path that does not exist.
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &w = want.at(i);
        if (w.startsWith(u'{') && w.endsWith(u'}')) {
            if (!idPattern.match(have.at(i)).hasMatch())
                return false;
            found.insert(w.mid(1, w.size() - 2), have.at(i));
        } else if (w != have.at(i)) {
            return false;
        }
    }
    *params = found;
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match m;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchPattern(route.pattern, path, &params))
            continue;
        m.pathKnown = true;
        if (!m.allowed.contains(route.method))
            m.allowed.append(route.method);
        if (!m.route && route.method == method) {
            m.route = &route;
            m.params = params;
        }
    }
    return m;
}

QStringList Router::describe() const
{
    QStringList lines;
    for (const Route &route : m_routes)
        lines.append(QString::fromLatin1(route.method) + u' ' + route.pattern);
    lines.sort();
    lines.removeDuplicates();
    return lines;
}

} // namespace cp::server
