#include "serverfixture.h"

#include "pki/es256.h"
#include "pki/tokens.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

namespace cp::testing {

QString profileServerPath()
{
    return QStringLiteral(CP_PROFILE_SERVER);
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ServerFixture::ServerFixture() = default;

ServerFixture::~ServerFixture()
{
    stop();
}

QString ServerFixture::dataDir() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/server") : QString();
}

bool ServerFixture::start(const QStringList &extraArgs, QString *error)
{
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_args = extraArgs;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_output.clear();
    m_outputKept = false;
    m_process->start(profileServerPath(),
                     QStringList{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--port"),
                                 QStringLiteral("0"), QStringLiteral("--demo"),
                                 QStringLiteral("--test-control")} +
                         m_args);
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() == QProcess::NotRunning)
            break;
        m_output += m_process->readAll();
        for (const QByteArray &line : m_output.split('\n')) {
            if (line.startsWith("listening on "))
                m_baseUrl = QString::fromLatin1(line.mid(13).trimmed());
            if (line.startsWith("CA certificate: "))
                m_caPath = QString::fromLocal8Bit(line.mid(16).trimmed());
        }
        if (!m_baseUrl.isEmpty() && !m_caPath.isEmpty())
            break;
    }
    if (m_baseUrl.isEmpty() || m_caPath.isEmpty()) {
        if (error)
            *error = QStringLiteral("profile-server did not start: ") + QString::fromUtf8(m_output);
        return false;
    }
    if (!m_trustedCa.isEmpty())
        m_caPath = m_trustedCa;
    m_ca = QSslCertificate::fromPath(m_caPath);
    // Keep reading the server's output so that it never blocks on a full pipe.
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                     [this]() { m_output += m_process->readAll(); });
    return !m_ca.isEmpty();
}

void ServerFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::NotRunning) {
        m_output += m_process->readAll();
        keepOutputForTheLogScan();
        return;
    }
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_output += m_process->readAll();
    m_network.clearConnectionCache();
    keepOutputForTheLogScan();
}

// scripts/test.sh sets CP_TEST_OUTPUT_DIR: what the server printed is kept
// there for tests/privacy's search of the whole run (its personal values,
// tokens, sanitizer reports), since the tests keep it to themselves.
void ServerFixture::keepOutputForTheLogScan()
{
    const QString dir = qEnvironmentVariable("CP_TEST_OUTPUT_DIR");
    if (m_outputKept || dir.isEmpty() || m_output.isEmpty() || !QDir().mkpath(dir))
        return;
    m_outputKept = true;
    static int count = 0;
    QFile file(dir + QStringLiteral("/%1-%2-profile-server-%3.log")
                         .arg(QCoreApplication::applicationName())
                         .arg(QCoreApplication::applicationPid())
                         .arg(++count));
    if (file.open(QIODevice::WriteOnly))
        file.write(m_output);
}

bool ServerFixture::restart(QString *error)
{
    stop();
    m_baseUrl.clear();
    m_caPath.clear();
    return start(m_args, error);
}

bool ServerFixture::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

Reply ServerFixture::request(const QByteArray &method, const QString &pathAndQuery,
                             const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QString &bearer)
{
    QNetworkRequest req(QUrl(m_baseUrl + pathAndQuery));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca); // this server's CA and nothing else
    req.setSslConfiguration(tls);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    // HEAD through its own call: as a custom verb, QNetworkAccessManager would
    // wait for the body that Content-Length announces.
    QNetworkReply *reply =
        method == "HEAD" ? m_network.head(req) : m_network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    result.replyError = reply->error();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    reply->deleteLater();
    // A connection that the server closed in the middle of a body (the cut
    // fault) may still be handed the next request, which then fails without
    // reaching the server: start the next one on a new connection.
    if (result.replyError == QNetworkReply::RemoteHostClosedError)
        m_network.clearConnectionCache();
    return result;
}

Reply ServerFixture::get(const QString &path, const QString &bearer,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request("GET", path, {}, headers, bearer);
}

Reply ServerFixture::postJson(const QString &path, const QJsonObject &body, const QString &bearer,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), all, bearer);
}

QString ServerFixture::formEncode(const QList<QPair<QString, QString>> &form)
{
    QStringList parts;
    for (const auto &[name, value] : form)
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return parts.join(u'&');
}

Reply ServerFixture::postForm(const QString &path, const QList<QPair<QString, QString>> &form)
{
    return request("POST", path, formEncode(form).toUtf8(),
                   {{"Content-Type", "application/x-www-form-urlencoded"}});
}

Tokens ServerFixture::signIn(const QString &login, const QString &password, Reply *last)
{
    const QByteArray verifier = server::randomUrlToken(32);
    const QString challenge = QString::fromLatin1(server::pkceChallengeS256(verifier));
    const QString state = QString::fromLatin1(server::randomUrlToken(16));
    const QString redirect = QStringLiteral("http://127.0.0.1:49152/callback");
    const QList<QPair<QString, QString>> params{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), QStringLiteral("citizen-profile")},
        {QStringLiteral("redirect_uri"), redirect},
        {QStringLiteral("state"), state},
        {QStringLiteral("code_challenge"), challenge},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    Reply page = get(QStringLiteral("/oauth/authorize?") + formEncode(params));
    if (last)
        *last = page;
    if (page.status != 200)
        return {};
    QList<QPair<QString, QString>> form = params;
    form.append({QStringLiteral("login"), login});
    form.append({QStringLiteral("password"), password});
    form.append({QStringLiteral("action"), QStringLiteral("login")});
    const Reply submitted = postForm(QStringLiteral("/oauth/authorize"), form);
    if (last)
        *last = submitted;
    const QUrl location(QString::fromUtf8(submitted.header("Location")));
    const QUrlQuery query(location);
    if (submitted.status != 302 || query.queryItemValue(QStringLiteral("state")) != state)
        return {};
    const Reply token =
        postForm(QStringLiteral("/oauth/token"),
                 {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("code"), query.queryItemValue(QStringLiteral("code"))},
                  {QStringLiteral("redirect_uri"), redirect},
                  {QStringLiteral("client_id"), QStringLiteral("citizen-profile")},
                  {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}});
    if (last)
        *last = token;
    const QJsonObject o = token.json();
    return {o.value(QStringLiteral("access_token")).toString(),
            o.value(QStringLiteral("refresh_token")).toString()};
}

QByteArray ServerFixture::organisationPrivateKey(const QString &clientId) const
{
    QFile file(dataDir() + QStringLiteral("/organisations/") + clientId + QStringLiteral(".key"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray ServerFixture::clientAssertion(const QString &clientId,
                                          const QJsonObject &overrides) const
{
    QJsonObject claims{{QStringLiteral("iss"), clientId},
                       {QStringLiteral("sub"), clientId},
                       {QStringLiteral("aud"), QString(m_baseUrl + QStringLiteral("/oauth/token"))},
                       {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 120},
                       {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()},
                       {QStringLiteral("jti"), QString::fromLatin1(server::randomUrlToken(16))}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        claims.insert(it.key(), it.value());
    return server::signJwtEs256(claims, organisationPrivateKey(clientId));
}

QString ServerFixture::organisationToken(const QString &clientId, Reply *last)
{
    const Reply token = postForm(
        QStringLiteral("/oauth/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
         {QStringLiteral("client_assertion_type"),
          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
         {QStringLiteral("client_assertion"), QString::fromLatin1(clientAssertion(clientId))}});
    if (last)
        *last = token;
    return token.json().value(QStringLiteral("access_token")).toString();
}

bool ServerFixture::setFaults(const QJsonObject &faults)
{
    return postJson(QStringLiteral("/test/faults"), faults).status == 200;
}

QString ServerFixture::citizenSnils(const QString &bearer)
{
    const QJsonArray records =
        get(QStringLiteral("/api/v1/records/snils"), bearer).json().value(u"records").toArray();
    return records.isEmpty()
               ? QString()
               : records.first().toObject().value(u"fields").toObject().value(u"number").toString();
}

int ServerFixture::listSize(const QString &path, const QString &member, const QString &bearer)
{
    return int(get(path, bearer).json().value(member).toArray().size());
}

QJsonObject ServerFixture::signedByOrganisation(QJsonObject body, const QString &clientId) const
{
    body.remove(QStringLiteral("signature"));
    // QJsonObject keeps its members sorted: the compact form is the canonical one.
    const QByteArray der = server::signEs256(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                             organisationPrivateKey(clientId));
    body.insert(QStringLiteral("signature"), QString::fromLatin1(der.toBase64()));
    return body;
}

Reply ServerFixture::createConsentRequest(const QString &clientId, const QJsonObject &body)
{
    Reply last;
    const QString token = organisationToken(clientId, &last);
    if (token.isEmpty())
        return last;
    return postJson(QStringLiteral("/api/v1/org/consent-requests"),
                    signedByOrganisation(body, clientId), token);
}

bool ServerFixture::registerUpdate(const QString &login, const QString &recordType,
                                   const QJsonObject &fields)
{
    return postJson(QStringLiteral("/test/register-update"),
                    {{QStringLiteral("login"), login},
                     {QStringLiteral("record_type"), recordType},
                     {QStringLiteral("fields"), fields}})
               .status == 200;
}

quint16 freeLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace cp::testing
