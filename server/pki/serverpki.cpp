#include "pki/serverpki.h"

#include "pki/pkilogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/cms.h>
#include <openssl/err.h>

#include <functional>
#include <utility>

namespace cp::server {
namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir = kOwnerOnlyFile | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kGroupOrOther =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// A PEM key or certificate (or a short chain) is a few kilobytes.
constexpr qint64 kMaxPemFileBytes = 256 * 1024;

constexpr int kRootValidDays = 3650;
constexpr int kServerValidDays = 825; // the longest a TLS leaf may live (CA/Browser Forum)
constexpr int kIssuerValidDays = 1825;

// X.520 allows at most 64 characters in CN and in O (ub-common-name,
// ub-organization-name): the official names are shortened to fit.
const DistinguishedName kTlsCaName{QStringLiteral("Citizen Profile reference server CA"),
                                   QStringLiteral("Citizen Profile"), QString()};
const DistinguishedName kServerName{QStringLiteral("localhost"), QStringLiteral("Citizen Profile"),
                                    QString()};
const DistinguishedName kStateRootName{
    QStringLiteral("Демонстрационный корневой УЦ"),
    QStringLiteral("Citizen Profile — только для демонстрации (demo only)"), QStringLiteral("RU")};

struct IssuerSpec
{
    QString key;
    DistinguishedName name;
};

const QList<IssuerSpec> &issuerSpecs()
{
    static const QList<IssuerSpec> specs{
        {QStringLiteral("fns"),
         {QStringLiteral("ФНС России (демо)"),
          QStringLiteral("Федеральная налоговая служба (демо)"), QStringLiteral("RU")}},
        {QStringLiteral("sfr"),
         {QStringLiteral("Социальный фонд России (демо)"),
          QStringLiteral("Фонд пенсионного и социального страхования РФ (демо)"),
          QStringLiteral("RU")}},
        {QStringLiteral("rosreestr"),
         {QStringLiteral("Росреестр (демо)"),
          QStringLiteral("Федеральная служба государственной регистрации (демо)"),
          QStringLiteral("RU")}},
    };
    return specs;
}

void setError(QString *error, const QString &text)
{
    if (error != nullptr)
        *error = text;
}

bool ensurePrivateDir(const QString &path, QString *error)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()) ||
            !QDir(info.absolutePath()).mkdir(info.fileName(), kOwnerOnlyDir)) {
            setError(error, QStringLiteral("cannot create the folder %1").arg(path));
            return false;
        }
        return true;
    }
    if (!info.isDir()) {
        setError(error, QStringLiteral("%1 is not a folder").arg(path));
        return false;
    }
    if (info.permissions().testAnyFlags(kGroupOrOther)) {
        if (!QFile::setPermissions(info.absoluteFilePath(), kOwnerOnlyDir)) {
            setError(error, QStringLiteral("cannot restrict the permissions of %1").arg(path));
            return false;
        }
        qCInfo(lcPki) << "restricted the folder to its owner:" << path;
    }
    return true;
}

// Every file of the folder: QSaveFile (all or nothing), owner-only before a
// byte is written.
bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

std::optional<QByteArray> readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaxPemFileBytes) {
        setError(error, QStringLiteral("%1 is too large for a PEM file").arg(path));
        return std::nullopt;
    }
    return file.read(kMaxPemFileBytes);
}

// A private key file: parsed, and the bytes that held it wiped.
EvpPkeyPtr readPrivateKey(const QString &path, QString *error)
{
    std::optional<QByteArray> pem = readSmallFile(path, error);
    if (!pem)
        return {};
    EvpPkeyPtr key = privateKeyFromPem(*pem);
    if (!key)
        setError(
            error,
            opensslFailure(QStringLiteral("%1 holds no usable unencrypted private key").arg(path)));
    wipe(*pem);
    return key;
}

// One key/certificate pair of the folder: "<base>.key" and "<base>.pem".
class PairFiles
{
public:
    PairFiles(const QDir &dir, const QString &base)
        : m_base(base)
        , m_keyPath(dir.absoluteFilePath(base + QLatin1String(".key")))
        , m_certificatePath(dir.absoluteFilePath(base + QLatin1String(".pem")))
    {}

    const QString &certificatePath() const { return m_certificatePath; }

    // Loads a complete pair checked by `check`; creates a missing one with
    // `create`; refuses half a pair or a pair failing its check.
    std::optional<CertifiedKey>
    loadOrCreate(const std::function<std::optional<CertifiedKey>(QString *)> &create,
                 const std::function<bool(const CertifiedKey &)> &check,
                 const QString &checkFailure, QString *error) const
    {
        const bool hasKey = QFileInfo::exists(m_keyPath);
        const bool hasCertificate = QFileInfo::exists(m_certificatePath);
        if (hasKey != hasCertificate) {
            setError(error, QStringLiteral("%1 exists without %2; restore the pair or remove "
                                           "the file to have both made again")
                                .arg(hasKey ? m_keyPath : m_certificatePath,
                                     hasKey ? m_certificatePath : m_keyPath));
            return std::nullopt;
        }
        if (!hasKey) {
            std::optional<CertifiedKey> made = create(error);
            if (!made || !save(*made, error))
                return std::nullopt;
            qCInfo(lcPki) << "created" << m_certificatePath;
            return made;
        }
        std::optional<CertifiedKey> loaded = load(error);
        if (!loaded)
            return std::nullopt;
        if (!loaded->matches()) {
            setError(
                error,
                QStringLiteral("%1 does not hold the key of %2").arg(m_keyPath, m_certificatePath));
            return std::nullopt;
        }
        if (!check(*loaded)) {
            setError(error, QStringLiteral("%1 %2; remove %3.key and %3.pem to have them made "
                                           "again")
                                .arg(m_certificatePath, checkFailure, m_base));
            return std::nullopt;
        }
        return loaded;
    }

private:
    std::optional<CertifiedKey> load(QString *error) const
    {
        // Someone widened the key's permissions: narrow them back, loudly.
        if (QFileInfo(m_keyPath).permissions().testAnyFlags(kGroupOrOther)) {
            qCWarning(lcPki) << "key file readable by others, restricting it:" << m_keyPath;
            if (!QFile::setPermissions(m_keyPath, kOwnerOnlyFile)) {
                setError(error,
                         QStringLiteral("cannot restrict the permissions of %1").arg(m_keyPath));
                return std::nullopt;
            }
        }
        EvpPkeyPtr key = readPrivateKey(m_keyPath, error);
        if (!key)
            return std::nullopt;
        const std::optional<QByteArray> pem = readSmallFile(m_certificatePath, error);
        if (!pem)
            return std::nullopt;
        X509Ptr certificate = certificateFromPem(*pem);
        if (!certificate) {
            setError(error,
                     opensslFailure(
                         QStringLiteral("%1 holds no PEM certificate").arg(m_certificatePath)));
            return std::nullopt;
        }
        return CertifiedKey{sharePkey(std::move(key)), shareX509(std::move(certificate))};
    }

    // The key first: a pair interrupted half-way is then refused on the next
    // start instead of being a certificate without its key.
    bool save(const CertifiedKey &pair, QString *error) const
    {
        QByteArray keyPem = privateKeyToPem(pair.key.get());
        const QByteArray certificatePem = certificateToPem(pair.certificate.get());
        if (keyPem.isEmpty() || certificatePem.isEmpty()) {
            wipe(keyPem);
            setError(error, opensslFailure(QStringLiteral("cannot encode %1").arg(m_base)));
            return false;
        }
        const bool ok = writePrivateFile(m_keyPath, keyPem, error) &&
                        writePrivateFile(m_certificatePath, certificatePem, error);
        wipe(keyPem);
        return ok;
    }

    QString m_base;
    QString m_keyPath;
    QString m_certificatePath;
};

std::optional<CertifiedKey> loadOrCreateRoot(const PairFiles &files, const DistinguishedName &name,
                                             QString *error)
{
    return files.loadOrCreate(
        [&name](QString *createError) -> std::optional<CertifiedKey> {
            std::optional<CertificateAuthority> root =
                CertificateAuthority::createRoot(name, kRootValidDays, createError);
            if (!root)
                return std::nullopt;
            return root->authority();
        },
        [](const CertifiedKey &loaded) { return CertificateAuthority(loaded).isSelfSignedCa(); },
        QStringLiteral("is not a self-signed CA certificate"), error);
}

std::optional<CertifiedKey> loadOrCreateLeaf(const PairFiles &files,
                                             const CertificateAuthority &authority,
                                             const CertificateRequest &request,
                                             const QString &authorityFile, QString *error)
{
    return files.loadOrCreate(
        [&](QString *createError) { return authority.issue(request, createError); },
        [&authority](const CertifiedKey &loaded) {
            return authority.hasIssued(loaded.certificate.get());
        },
        QStringLiteral("was not issued by %1").arg(authorityFile), error);
}

QString commonNameOf(X509 *certificate)
{
    const QSslCertificate qt(certificateToDer(certificate), QSsl::Der);
    return qt.subjectInfo(QSslCertificate::CommonName).value(0);
}

std::optional<QSsl::KeyAlgorithm> qtAlgorithmOf(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC:
        return QSsl::Ec;
    case EVP_PKEY_RSA:
        return QSsl::Rsa;
    default:
        return std::nullopt;
    }
}

// The server key as Qt holds it; the PEM copy in between is wiped.
QSslKey toQSslKey(EVP_PKEY *key)
{
    const std::optional<QSsl::KeyAlgorithm> algorithm = qtAlgorithmOf(key);
    if (!algorithm)
        return {};
    QByteArray pem = privateKeyToPem(key);
    QSslKey qtKey(pem, *algorithm, QSsl::Pem, QSsl::PrivateKey);
    wipe(pem);
    return qtKey;
}

} // namespace

std::optional<ServerPki> ServerPki::loadOrCreate(const QString &dir, QString *error)
{
    if (dir.isEmpty()) {
        setError(error, QStringLiteral("no folder given for the keys and certificates"));
        return std::nullopt;
    }
    if (!ensurePrivateDir(dir, error))
        return std::nullopt;
    const QDir folder(QDir::cleanPath(QFileInfo(dir).absoluteFilePath()));

    const PairFiles tlsCaFiles(folder, QStringLiteral("tls-ca"));
    const std::optional<CertifiedKey> tlsCa = loadOrCreateRoot(tlsCaFiles, kTlsCaName, error);
    if (!tlsCa)
        return std::nullopt;
    const CertificateAuthority tlsAuthority(*tlsCa);

    const CertificateRequest serverRequest{kServerName, CertificateRole::TlsServer,
                                           kServerValidDays,
                                           QStringLiteral("IP:127.0.0.1,IP:::1,DNS:localhost")};
    const std::optional<CertifiedKey> server =
        loadOrCreateLeaf(PairFiles(folder, QStringLiteral("server")), tlsAuthority, serverRequest,
                         QStringLiteral("tls-ca.pem"), error);
    if (!server)
        return std::nullopt;

    const PairFiles stateRootFiles(folder, QStringLiteral("state-root"));
    const std::optional<CertifiedKey> stateRoot =
        loadOrCreateRoot(stateRootFiles, kStateRootName, error);
    if (!stateRoot)
        return std::nullopt;
    const CertificateAuthority stateAuthority(*stateRoot);

    ServerPki pki;
    for (const IssuerSpec &spec : issuerSpecs()) {
        const CertificateRequest request{
            spec.name, CertificateRole::DocumentSigner, kIssuerValidDays, {}};
        std::optional<CertifiedKey> issuer =
            loadOrCreateLeaf(PairFiles(folder, QLatin1String("issuer-") + spec.key), stateAuthority,
                             request, QStringLiteral("state-root.pem"), error);
        if (!issuer)
            return std::nullopt;
        const QString commonName = commonNameOf(issuer->certificate.get());
        pki.m_issuers.append({{spec.key, commonName}, std::move(*issuer)});
    }

    const QSslCertificate serverCertificate(certificateToDer(server->certificate.get()), QSsl::Der);
    const QSslKey serverKey = toQSslKey(server->key.get());
    pki.m_stateRootPem = certificateToPem(stateRoot->certificate.get());
    if (serverCertificate.isNull() || serverKey.isNull() || pki.m_stateRootPem.isEmpty()) {
        setError(error, opensslFailure(QStringLiteral(
                            "cannot hand the server certificate and key to Qt's TLS backend")));
        return std::nullopt;
    }
    pki.m_serverChain = {serverCertificate};
    pki.m_serverKey = serverKey;
    pki.m_tlsCaPath = tlsCaFiles.certificatePath();
    pki.m_stateRootPath = stateRootFiles.certificatePath();
    if (serverCertificate.expiryDate() < QDateTime::currentDateTimeUtc())
        qCWarning(lcPki) << "the server certificate has expired; remove server.key and "
                            "server.pem to have them made again";
    return pki;
}

bool ServerPki::useTlsCertificate(const QString &certPath, const QString &keyPath, QString *error)
{
    return useTlsCertificate(certPath, keyPath, QString(), error);
}

bool ServerPki::useTlsCertificate(const QString &certPath, const QString &keyPath,
                                  const QString &caPath, QString *error)
{
    const std::optional<QByteArray> chainPem = readSmallFile(certPath, error);
    if (!chainPem)
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*chainPem, QSsl::Pem);
    X509Ptr leaf = certificateFromPem(*chainPem);
    if (chain.isEmpty() || chain.first().isNull() || !leaf) {
        setError(error,
                 opensslFailure(QStringLiteral("%1 holds no PEM certificate").arg(certPath)));
        return false;
    }

    EvpPkeyPtr key = readPrivateKey(keyPath, error);
    if (!key)
        return false;
    if (!qtAlgorithmOf(key.get())) {
        setError(error, QStringLiteral("%1: only EC and RSA keys are supported").arg(keyPath));
        return false;
    }
    const bool matches = X509_check_private_key(leaf.get(), key.get()) == 1;
    ERR_clear_error();
    if (!matches) {
        setError(error, QStringLiteral("%1 does not hold the key of %2").arg(keyPath, certPath));
        return false;
    }
    const QSslKey qtKey = toQSslKey(key.get());
    if (qtKey.isNull()) {
        setError(error, QStringLiteral("Qt's TLS backend cannot use the key in %1").arg(keyPath));
        return false;
    }

    QString absoluteCaPath;
    if (!caPath.isEmpty()) {
        absoluteCaPath = QFileInfo(caPath).absoluteFilePath();
        if (QSslCertificate::fromPath(absoluteCaPath, QSsl::Pem).isEmpty()) {
            setError(error, QStringLiteral("%1 holds no PEM certificate").arg(caPath));
            return false;
        }
    }

    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc())
        qCWarning(lcPki) << "the given TLS certificate has expired:" << certPath;
    m_serverChain = chain;
    m_serverKey = qtKey;
    m_tlsCaPath = absoluteCaPath;
    qCInfo(lcPki) << "serving TLS with the certificate" << certPath;
    return true;
}

QSslCertificate ServerPki::serverCertificate() const
{
    return m_serverChain.value(0);
}

QList<QSslCertificate> ServerPki::serverCertificateChain() const
{
    return m_serverChain;
}

QSslKey ServerPki::serverKey() const
{
    return m_serverKey;
}

QString ServerPki::tlsCaPath() const
{
    return m_tlsCaPath;
}

QByteArray ServerPki::stateRootPem() const
{
    return m_stateRootPem;
}

QString ServerPki::stateRootPath() const
{
    return m_stateRootPath;
}

QList<IssuerInfo> ServerPki::issuers() const
{
    QList<IssuerInfo> infos;
    for (const Issuer &issuer : m_issuers)
        infos.append(issuer.info);
    return infos;
}

bool ServerPki::hasIssuer(const QString &issuerKey) const
{
    return findIssuer(issuerKey) != nullptr;
}

const ServerPki::Issuer *ServerPki::findIssuer(const QString &issuerKey) const
{
    for (const Issuer &issuer : m_issuers) {
        if (issuer.info.key == issuerKey)
            return &issuer;
    }
    return nullptr;
}

QByteArray ServerPki::signDetached(const QString &issuerKey, const QByteArray &content,
                                   QString *error) const
{
    const Issuer *issuer = findIssuer(issuerKey);
    if (issuer == nullptr) {
        setError(error, QStringLiteral("unknown issuer \"%1\"").arg(issuerKey));
        return {};
    }
    // Partial first, so that the signer is added with SHA-256 explicitly;
    // binary, so that the bytes are signed as they are (no MIME line endings).
    constexpr unsigned int flags = CMS_BINARY | CMS_DETACHED | CMS_NOSMIMECAP;
    BioPtr input = memoryBio(content);
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags | CMS_PARTIAL));
    BioPtr output(BIO_new(BIO_s_mem()));
    if (!input || !cms || !output ||
        CMS_add1_signer(cms.get(), issuer->identity.certificate.get(), issuer->identity.key.get(),
                        EVP_sha256(), flags) == nullptr ||
        CMS_final(cms.get(), input.get(), nullptr, flags) != 1 ||
        CMS_set_detached(cms.get(), 1) != 1 || i2d_CMS_bio(output.get(), cms.get()) != 1) {
        setError(error,
                 opensslFailure(QStringLiteral("cannot sign for issuer \"%1\"").arg(issuerKey)));
        return {};
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(output.get(), &data);
    if (length <= 0 || data == nullptr) {
        setError(error, QStringLiteral("cannot sign for issuer \"%1\"").arg(issuerKey));
        return {};
    }
    return QByteArray(data, static_cast<qsizetype>(length));
}

} // namespace cp::server
