#include "core/byterange.h"

#include <QRegularExpression>
#include <QString>

namespace cp::server {

std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size, bool *unsatisfiable)
{
    *unsatisfiable = false;
    static const QRegularExpression re(QStringLiteral("^bytes=(\\d{0,18})-(\\d{0,18})$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return std::nullopt;
    if (m.captured(1).isEmpty()) { // suffix: the last N bytes
        const qint64 n = m.captured(2).toLongLong();
        if (n == 0 || size == 0) {
            *unsatisfiable = true;
            return std::nullopt;
        }
        return ByteRange{qMax<qint64>(0, size - n), size - 1};
    }
    const qint64 first = m.captured(1).toLongLong();
    qint64 last = m.captured(2).isEmpty() ? size - 1 : m.captured(2).toLongLong();
    if (!m.captured(2).isEmpty() && last < first)
        return std::nullopt; // invalid syntax: ignored
    if (first >= size) {
        *unsatisfiable = true;
        return std::nullopt;
    }
    last = qMin(last, size - 1);
    return ByteRange{first, last};
}

} // namespace cp::server
