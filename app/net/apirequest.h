// One call of the backend API as the rest of the core describes it: method,
// path under the server's address, query, extra headers and body. ApiClient
// adds the address, trust, request id, token and retries.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace cp::net {

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/api/v1/records", below the configured base URL
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    bool authenticated = true; // send the access token (to the configured origin only)
    // Whether a failed send may be repeated. GET and HEAD are always
    // retried; a POST only when it also carries an Idempotency-Key, so that
    // the server can recognise the repeat.
    bool retryable = false;
};

} // namespace cp::net
