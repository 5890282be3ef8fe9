#include "net/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cp::net {
namespace {

// The server promises short English sentences; a hostile one could send a
// novel. Logs and dialogs get a bounded, single-line text.
QString bounded(QString text)
{
    text = text.simplified();
    constexpr qsizetype kMaxMessage = 300;
    if (text.size() > kMaxMessage)
        text = text.left(kMaxMessage) + QStringLiteral("…");
    return text;
}

} // namespace

ApiError ApiError::make(Kind kind, const QString &message, const QString &requestId)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.requestId = requestId;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &requestId)
{
    ApiError error;
    error.kind = Kind::Http;
    error.status = status;
    error.requestId = requestId;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue code = object.value(QStringLiteral("error"));
    if (code.isString())
        error.code = bounded(code.toString()).left(64);
    QJsonValue message = object.value(QStringLiteral("message"));
    if (!message.isString())
        message = object.value(QStringLiteral("error_description"));
    if (message.isString())
        error.message = bounded(message.toString());
    if (error.message.isEmpty())
        error.message = QStringLiteral("the server answered HTTP %1").arg(status);
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::PinMismatch:
        return QStringLiteral("pin-mismatch");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace cp::net
