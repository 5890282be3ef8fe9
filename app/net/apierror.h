// What went wrong with one API call, in a form the sync engine, the CLI and
// the UI can act on: a kind (transport, trust, HTTP, protocol…), the HTTP
// status and the API's error code, an English message for logs (never
// personal data) and the request id that the server's log quotes.
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace cp::net {

struct ApiError
{
    enum class Kind
    {
        None,
        InsecureUrl,   // http:// asked for, or a redirect from https to http
        Configuration, // no or bad settings (CA file, pin, address)
        Tls,           // untrusted CA, wrong host, expired, not yet valid, self-signed…
        PinMismatch,   // trusted, but not the pinned public key
        Network,       // refused, reset, cut, host not found
        Timeout,       // nothing moved for transferTimeoutMs
        Http,          // the server answered 4xx/5xx (or an OAuth error came back)
        Protocol,      // an answer that cannot be read or followed
        Cancelled,     // abort() or the client went away
        Storage,       // the archive or a document file could not be written (disk full…)
    };

    Kind kind = Kind::None;
    int status = 0;    // HTTP status; 0 when no answer came
    QString code;      // the API's "error" (or the OAuth error code)
    QString message;   // English, for logs, no personal data
    QString requestId; // X-Request-Id of the answer, else of the last request sent

    bool ok() const { return kind == Kind::None; }

    // The error of an HTTP answer: the API shape {"error", "message"} or the
    // OAuth shape {"error", "error_description"}; a body of another shape
    // leaves only the status.
    static ApiError fromHttp(int status, const QByteArray &body, const QString &requestId);
    static ApiError make(Kind kind, const QString &message, const QString &requestId = {});
    // A short English name of the kind for logs and the CLI: "tls", "timeout"…
    static QString kindName(Kind kind);
};

} // namespace cp::net

Q_DECLARE_METATYPE(cp::net::ApiError)
