#include "core/formdata.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace cp::server {

std::optional<FormData> parseForm(const QByteArray &body, QString *problem)
{
    FormData form;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QByteArray rawName = QByteArray::fromPercentEncoding(name);
        const QByteArray rawValue = QByteArray::fromPercentEncoding(value);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decodedName = decoder.decode(rawName);
        const QString decodedValue = decoder.decode(rawValue);
        if (decoder.hasError()) {
            *problem = QStringLiteral("a parameter is not valid UTF-8");
            return std::nullopt;
        }
        if (form.values.contains(decodedName)) {
            // The name is quoted only when it is a plain one: the message
            // becomes an OAuth error_description, whose characters RFC 6749
            // §5.2 limits (no quote, no backslash, ASCII only).
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
            *problem = plain.match(decodedName).hasMatch()
                           ? QStringLiteral("the parameter %1 is given twice").arg(decodedName)
                           : QStringLiteral("a parameter is given twice");
            return std::nullopt;
        }
        form.values.insert(decodedName, decodedValue);
    }
    return form;
}

} // namespace cp::server
