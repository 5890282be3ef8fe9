// Test fixture: the real profile-server started as a process on a free port
// of 127.0.0.1 with a temporary data dir, and a small synchronous HTTPS
// client that trusts only that server's CA. Tests use it to talk to the
// server exactly as a client would, including signing in through the login
// form (the test plays the browser) and signing organisation assertions.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace cp::testing {

struct Reply
{
    int status = 0;       // 0: no HTTP answer (transport error)
    QString networkError; // QNetworkReply's error string when status is 0
    // QNetworkReply's error, also when a status arrived: a body cut short
    // after its headers (RemoteHostClosedError; `body` holds what came), or
    // the error it maps an HTTP status of 4xx/5xx to.
    QNetworkReply::NetworkError replyError = QNetworkReply::NoError;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // the body as an object; empty when it is not one
    QString errorCode() const { return json().value(QStringLiteral("error")).toString(); }
};

struct Tokens
{
    QString access;
    QString refresh;
};

class ServerFixture
{
public:
    ServerFixture();
    ~ServerFixture();

    // Starts profile-server --demo --test-control with `extraArgs`; waits for
    // its "listening on" line. False (and the server's output in *error) when
    // it does not come up.
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    // Trust this CA instead of the one the server prints (a server started
    // with --cert/--key generates none).
    void setTrustedCa(const QString &path) { m_trustedCa = path; }
    // Stops the process (SIGTERM, then kill); the data dir stays for a restart.
    void stop();
    bool restart(QString *error = nullptr);
    bool running() const;

    QString baseUrl() const { return m_baseUrl; }
    QString caPath() const { return m_caPath; }
    QString dataDir() const;
    QByteArray output() const { return m_output; } // everything the server printed

    // HTTP against the server. Headers are (name, value) pairs; `Authorization`
    // is added from `bearer` when given.
    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {},
                  const QString &bearer = {});
    Reply get(const QString &path, const QString &bearer = {},
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply postJson(const QString &path, const QJsonObject &body, const QString &bearer = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &form);

    // The authorization-code flow with PKCE as a browser and an app would do
    // it; nullopt-like empty tokens on failure (the reply that failed in *last).
    Tokens signIn(const QString &login = QStringLiteral("demo"),
                  const QString &password = QStringLiteral("demo-2026"), Reply *last = nullptr);
    // An organisation token from a fresh ES256 client assertion signed with
    // the organisation's key from the data dir.
    QString organisationToken(const QString &clientId, Reply *last = nullptr);
    QByteArray organisationPrivateKey(const QString &clientId) const;
    // A signed client assertion with the given claims overridden.
    QByteArray clientAssertion(const QString &clientId, const QJsonObject &overrides = {}) const;
    // Turns faults on or off through POST /test/faults.
    bool setFaults(const QJsonObject &faults);
    // The demo citizen's SNILS as the profile holds it (organisations name
    // the citizen by it); empty when it cannot be read.
    QString citizenSnils(const QString &bearer);
    // How many entries the list at `path` answers in its member `member`.
    int listSize(const QString &path, const QString &member, const QString &bearer);
    // `body` with the organisation's ES256 signature over its canonical form.
    QJsonObject signedByOrganisation(QJsonObject body, const QString &clientId) const;
    // A new consent request from the organisation (token, signature, POST).
    Reply createConsentRequest(const QString &clientId, const QJsonObject &body);
    // A register sends a new version of the citizen's record of `recordType`
    // with `fields` replaced (POST /test/register-update).
    bool registerUpdate(const QString &login, const QString &recordType, const QJsonObject &fields);

    static QString formEncode(const QList<QPair<QString, QString>> &form);

private:
    void keepOutputForTheLogScan();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_ca;
    QStringList m_args;
    QString m_baseUrl;
    QString m_caPath;
    QString m_trustedCa;
    QByteArray m_output;
    bool m_outputKept = false;
};

QString profileServerPath();
// A port of 127.0.0.1 that was free a moment ago (0 when none could be had):
// for a server that must come back on the same origin, or for an address
// where nothing listens.
quint16 freeLocalPort();

} // namespace cp::testing
