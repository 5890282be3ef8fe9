// Offline checks of the documents' detached CMS signatures, with signatures
// made by the reference server's own PKI code (real OpenSSL, real keys): a
// good signature, a changed document, an issuer under an unknown root,
// malformed input, and who signed when.
#include "pki/serverpki.h"
#include "sync/signatureverifier.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/x509.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace cp;

namespace {

// verify() with the content, and verifyDigest() with its SHA-256 (as a
// download checks), must give the same answer: the first is returned.
sync::SignatureCheck checked(const sync::SignatureVerifier &verifier, const QByteArray &content,
                             const QByteArray &signature)
{
    const sync::SignatureCheck whole = verifier.verify(content, signature);
    const std::optional<sync::SignatureCheck> digest = verifier.verifyDigest(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256), signature);
    if (!digest) {
        QTest::qFail("verifyDigest does not apply to the issuing bodies' signatures", __FILE__,
                     __LINE__);
        return whole;
    }
    QTest::qCompare(sync::SignatureCheck::key(digest->result),
                    sync::SignatureCheck::key(whole.result), "digest", "whole", __FILE__, __LINE__);
    QTest::qCompare(digest->signer, whole.signer, "digest", "whole", __FILE__, __LINE__);
    QTest::qCompare(digest->signingTime, whole.signingTime, "digest", "whole", __FILE__, __LINE__);
    return whole;
}

// The DER of each certificate a signature carries, as OpenSSL reads them.
QList<QByteArray> carriedCertificates(const QByteArray &signature)
{
    QList<QByteArray> result;
    BIO *bio = BIO_new_mem_buf(signature.constData(), int(signature.size()));
    CMS_ContentInfo *cms = bio ? d2i_CMS_bio(bio, nullptr) : nullptr;
    STACK_OF(X509) *certs = cms ? CMS_get1_certs(cms) : nullptr;
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        unsigned char *der = nullptr;
        const int size = i2d_X509(sk_X509_value(certs, i), &der);
        if (size > 0)
            result.append(QByteArray(reinterpret_cast<const char *>(der), size));
        OPENSSL_free(der);
    }
    sk_X509_pop_free(certs, X509_free);
    CMS_ContentInfo_free(cms);
    BIO_free(bio);
    return result;
}

} // namespace

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void valid_data();
    void valid();
    void changedDocumentIsInvalid();
    void unknownRootIsUnknownIssuer();
    void oneVerifierOnManyThreads();
    void goodChainIsCheckedOncePerSigner();
    void carriedCertificatesAreParsedOnce();
    void malformed_data();
    void malformed();

private:
    // The document and another page: the first signed by the FNS, the
    // second by the FNS, the first by the SFR.
    struct SignedSet
    {
        QByteArray other;
        QByteArray fns;
        QByteArray fnsOther;
        QByteArray sfr;
    };
    SignedSet signedSet() const
    {
        QString error;
        SignedSet set;
        set.other = m_document + QByteArrayLiteral("another page\n");
        set.fns = m_pki->signDetached(QStringLiteral("fns"), m_document, &error);
        set.fnsOther = m_pki->signDetached(QStringLiteral("fns"), set.other, &error);
        set.sfr = m_pki->signDetached(QStringLiteral("sfr"), m_document, &error);
        return set;
    }

    QTemporaryDir m_dirA;
    QTemporaryDir m_dirB;
    std::optional<server::ServerPki> m_pki;
    std::optional<server::ServerPki> m_otherPki;
    const QByteArray m_document = QByteArrayLiteral("%PDF-1.7 a 2-NDFL certificate\n%%EOF\n");
};

void TestSignatureVerifier::initTestCase()
{
    QString error;
    m_pki = server::ServerPki::loadOrCreate(m_dirA.path(), &error);
    QVERIFY2(m_pki, qPrintable(error));
    m_otherPki = server::ServerPki::loadOrCreate(m_dirB.path(), &error);
    QVERIFY2(m_otherPki, qPrintable(error));
}

void TestSignatureVerifier::valid_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("commonNamePart");
    QTest::newRow("fns") << QStringLiteral("fns") << QStringLiteral("ФНС");
    QTest::newRow("sfr") << QStringLiteral("sfr") << QStringLiteral("фонд");
    QTest::newRow("rosreestr") << QStringLiteral("rosreestr") << QStringLiteral("Росреестр");
}

void TestSignatureVerifier::valid()
{
    QFETCH(QString, issuer);
    QFETCH(QString, commonNamePart);
    QString error;
    const QByteArray signature = m_pki->signDetached(issuer, m_document, &error);
    QVERIFY2(!signature.isEmpty(), qPrintable(error));
    const sync::SignatureVerifier verifier(m_pki->stateRootPem());
    QCOMPARE(verifier.rootCount(), 1);
    const sync::SignatureCheck check = checked(verifier, m_document, signature);
    QCOMPARE(sync::SignatureCheck::key(check.result), QStringLiteral("valid"));
    QVERIFY2(check.signer.contains(commonNamePart, Qt::CaseInsensitive), qPrintable(check.signer));
    QVERIFY(check.signingTime.isValid());
    QVERIFY(qAbs(check.signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void TestSignatureVerifier::changedDocumentIsInvalid()
{
    QString error;
    const QByteArray signature = m_pki->signDetached(QStringLiteral("fns"), m_document, &error);
    QByteArray changed = m_document;
    changed[10] = 'X';
    const sync::SignatureVerifier verifier(m_pki->stateRootPem());
    QCOMPARE(checked(verifier, changed, signature).result, sync::SignatureCheck::Result::Invalid);
    QCOMPARE(checked(verifier, m_document + ' ', signature).result,
             sync::SignatureCheck::Result::Invalid);
}

void TestSignatureVerifier::unknownRootIsUnknownIssuer()
{
    QString error;
    // Signed by an issuer of another state root than the one trusted.
    const QByteArray signature =
        m_otherPki->signDetached(QStringLiteral("fns"), m_document, &error);
    const sync::SignatureVerifier verifier(m_pki->stateRootPem());
    const sync::SignatureCheck check = checked(verifier, m_document, signature);
    QCOMPARE(check.result, sync::SignatureCheck::Result::UnknownIssuer);
    QVERIFY(!check.signer.isEmpty()); // who claims to have signed is still shown
    // No trusted roots at all: the same.
    QCOMPARE(checked(sync::SignatureVerifier(QByteArray()), m_document, signature).result,
             sync::SignatureCheck::Result::UnknownIssuer);
}

void TestSignatureVerifier::oneVerifierOnManyThreads()
{
    // The downloads' workers share one verifier (its roots parsed once): at
    // the same time, each answer is still that of its own signature.
    QString error;
    const QByteArray good = m_pki->signDetached(QStringLiteral("fns"), m_document, &error);
    const QByteArray foreign = m_otherPki->signDetached(QStringLiteral("sfr"), m_document, &error);
    QVERIFY(!good.isEmpty() && !foreign.isEmpty());
    const QByteArray digest = QCryptographicHash::hash(m_document, QCryptographicHash::Sha256);
    const sync::SignatureVerifier verifier(m_pki->stateRootPem());
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t]() {
            for (int i = 0; i < 50; ++i) {
                const bool own = (i + t) % 2 == 0;
                const auto check = verifier.verifyDigest(digest, own ? good : foreign);
                const auto expected = own ? sync::SignatureCheck::Result::Valid
                                          : sync::SignatureCheck::Result::UnknownIssuer;
                if (!check || check->result != expected)
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void TestSignatureVerifier::goodChainIsCheckedOncePerSigner()
{
    // A sync checks hundreds of signatures by a few issuers: a signer's good
    // chain is checked in full once, and only while it is valid.
    QString error;
    const auto [other, fns, fnsOther, sfr] = signedSet();
    const QByteArray foreign = m_otherPki->signDetached(QStringLiteral("fns"), m_document, &error);
    QVERIFY(!fns.isEmpty() && !fnsOther.isEmpty() && !sfr.isEmpty() && !foreign.isEmpty());
    sync::SignatureVerifier verifier(m_pki->stateRootPem());
    QCOMPARE(checked(verifier, m_document, fns).result, sync::SignatureCheck::Result::Valid);
    const int once = verifier.chainsChecked();
    QVERIFY(once > 0);
    QCOMPARE(checked(verifier, other, fnsOther).result, sync::SignatureCheck::Result::Valid);
    QCOMPARE(verifier.chainsChecked(), once); // the same signer: answered from the first
    // The signature itself is still checked every time.
    QCOMPARE(checked(verifier, other, fns).result, sync::SignatureCheck::Result::Invalid);
    // Another signer is checked in full.
    QCOMPARE(checked(verifier, m_document, sfr).result, sync::SignatureCheck::Result::Valid);
    const int twoSigners = verifier.chainsChecked();
    QVERIFY(twoSigners > once);
    // A chain found wanting is not remembered.
    QCOMPARE(checked(verifier, m_document, foreign).result,
             sync::SignatureCheck::Result::UnknownIssuer);
    const int afterForeign = verifier.chainsChecked();
    QVERIFY(afterForeign > twoSigners);
    QCOMPARE(checked(verifier, m_document, foreign).result,
             sync::SignatureCheck::Result::UnknownIssuer);
    QVERIFY(verifier.chainsChecked() > afterForeign);
    // Long after the certificates have expired, the remembered chain does
    // not answer: checked again, and refused.
    verifier.setCheckTime(QDateTime::currentDateTimeUtc().addYears(200));
    const int beforeExpiry = verifier.chainsChecked();
    const sync::SignatureCheck expired = checked(verifier, m_document, fns);
    QCOMPARE(expired.result, sync::SignatureCheck::Result::UnknownIssuer);
    QVERIFY2(expired.detail.contains(u"expired"), qPrintable(expired.detail));
    QVERIFY(verifier.chainsChecked() > beforeExpiry);
}

void TestSignatureVerifier::carriedCertificatesAreParsedOnce()
{
    // The certificates a signature carries are parsed once for every
    // signature that carries the same ones; a certificate that differs by a
    // byte is another certificate.
    const auto [other, fns, fnsOther, sfr] = signedSet();
    QVERIFY(!fns.isEmpty() && !fnsOther.isEmpty() && !sfr.isEmpty());
    const QList<QByteArray> carried = carriedCertificates(fns);
    QVERIFY(!carried.isEmpty());

    const sync::SignatureVerifier verifier(m_pki->stateRootPem());
    QCOMPARE(verifier.certificatesParsed(), 0);
    QCOMPARE(checked(verifier, m_document, fns).result, sync::SignatureCheck::Result::Valid);
    QCOMPARE(verifier.certificatesParsed(), carried.size());
    const sync::SignatureCheck second = checked(verifier, other, fnsOther);
    QCOMPARE(second.result, sync::SignatureCheck::Result::Valid);
    QVERIFY2(second.signer.contains(u"ФНС"), qPrintable(second.signer));
    QCOMPARE(verifier.certificatesParsed(), carried.size()); // the same ones: none parsed again
    // The document is still checked against each signature.
    QCOMPARE(checked(verifier, other, fns).result, sync::SignatureCheck::Result::Invalid);
    // Another issuer's signing certificate is parsed; what they share is not.
    const QList<QByteArray> carriedBySfr = carriedCertificates(sfr);
    qsizetype newToTheVerifier = 0;
    for (const QByteArray &cert : carriedBySfr)
        newToTheVerifier += carried.contains(cert) ? 0 : 1;
    QVERIFY(newToTheVerifier > 0);
    QCOMPARE(checked(verifier, m_document, sfr).result, sync::SignatureCheck::Result::Valid);
    QCOMPARE(verifier.certificatesParsed(), carried.size() + newToTheVerifier);

    // Each certificate of the first signature in turn, its last byte (in its
    // issuer's signature over it) changed: parsed as the new certificate it
    // is, and its chain refused.
    for (const QByteArray &cert : carried) {
        const qsizetype at = fns.indexOf(cert);
        QVERIFY(at > 0);
        QByteArray forged = fns;
        forged[at + cert.size() - 1] = char(forged.at(at + cert.size() - 1) ^ 0x01);
        const int before = verifier.certificatesParsed();
        const sync::SignatureCheck check = checked(verifier, m_document, forged);
        QVERIFY2(check.result == sync::SignatureCheck::Result::UnknownIssuer ||
                     check.result == sync::SignatureCheck::Result::Invalid,
                 qPrintable(check.detail));
        QVERIFY(verifier.certificatesParsed() > before);
    }
    // And the genuine signature still reads as before.
    QCOMPARE(checked(verifier, m_document, fns).result, sync::SignatureCheck::Result::Valid);
}

void TestSignatureVerifier::malformed_data()
{
    QString error;
    const QByteArray good = m_pki->signDetached(QStringLiteral("fns"), m_document, &error);
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("not a signature at all");
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("PEM instead of DER")
        << QByteArray("-----BEGIN PKCS7-----\nAAAA\n-----END PKCS7-----\n");
    QTest::newRow("huge") << QByteArray(2 * 1024 * 1024, '\x30');
}

void TestSignatureVerifier::malformed()
{
    QFETCH(QByteArray, signature);
    const sync::SignatureVerifier verifier(m_pki->stateRootPem());
    const sync::SignatureCheck check = checked(verifier, m_document, signature);
    QCOMPARE(check.result, sync::SignatureCheck::Result::Malformed);
    QVERIFY(!check.detail.isEmpty());
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
