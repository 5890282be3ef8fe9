// The request and response of one exchange of the reference server, as its
// handlers see them: a parsed view of QHttpServerRequest with the route's path
// parameters and the authenticated caller, and a response value that the
// server writes (status, headers, body) after the handler returns.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

namespace cp::server {

enum class Caller
{
    None,
    Citizen,
    Organisation
};

struct HttpRequest
{
    QByteArray method; // "GET", "POST" …
    QString path;      // decoded path
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QHash<QString, QString> params; // {id} → value
    QString requestId;
    QString routePattern; // "/api/v1/documents/{id}" for logs
    Caller caller = Caller::None;
    QString callerId;  // citizen id or organisation id
    QString tokenHash; // of the bearer token in use

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    int headerCount(const QByteArray &name) const;
    QString param(const QString &name) const { return params.value(name); }
    // The media type of Content-Type without parameters, lower case.
    QByteArray mediaType() const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Fault injection: when ≥ 0, only this many bytes of the body are sent,
    // and then the connection is closed.
    qint64 cutAfter = -1;
    // The body is stored for idempotent replays only when this is set by the
    // handler's caller (see ProfileServer).
    bool headOnly = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse html(int status, const QString &html);
    static HttpResponse bytes(int status, const QByteArray &body, const QByteArray &mediaType);
    static HttpResponse empty(int status);
};

} // namespace cp::server
