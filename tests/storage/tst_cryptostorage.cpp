// The storage cryptography without a keychain: AES-256-GCM envelopes
// (round trips, fresh nonces, every kind of damage, a published known-answer
// vector), chunked encrypted files (sizes around the chunk boundary, resume,
// damage) and the Argon2id passphrase KDF against libargon2 itself.
#include "storage/chunkedcipher.h"
#include "storage/cipherenvelope.h"
#include "storage/cipherenvelope_p.h"
#include "storage/passphrasekdf.h"
#include "storage/securebytes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <argon2.h>
#include <sys/stat.h>

using namespace cp::storage;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The documented layout: header (20 bytes), then records of
// u32 BE length | envelope.
struct Layout
{
    QByteArray header;
    QList<QByteArray> records; // each with its length prefix
};

Layout splitRecords(const QByteArray &file)
{
    Layout layout;
    layout.header = file.left(20);
    qsizetype position = 20;
    while (position + 4 <= file.size()) {
        const quint32 length = qFromBigEndian<quint32>(file.constData() + position);
        layout.records.append(file.mid(position, 4 + qsizetype(length)));
        position += 4 + qsizetype(length);
    }
    return layout;
}

QByteArray joinRecords(const Layout &layout)
{
    QByteArray file = layout.header;
    for (const QByteArray &record : layout.records)
        file.append(record);
    return file;
}

// The mode bits as the file system has them.
int unixMode(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

qsizetype expectedChunks(qsizetype plaintextSize)
{
    return qMax<qsizetype>(1, (plaintextSize + ChunkedFileWriter::ChunkSize - 1) /
                                  ChunkedFileWriter::ChunkSize);
}

} // namespace

class TestCryptoStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void secureBytes();

    void roundTrip_data();
    void roundTrip();
    void freshNonce();
    void wrongKey();
    void wrongAad_data();
    void wrongAad();
    void everyFlippedBit();
    void everyTruncation();
    void extraBytes();
    void badMagicAndKeySize();
    void aadIsCanonical();
    void knownAnswer_data();
    void knownAnswer();

    void chunkedRoundTrip_data();
    void chunkedRoundTrip();
    void chunkedFileMode();
    void chunkedAppendResumes();
    void chunkedAppendCutsTornTail();
    void chunkedAppendRefusesCompleteOrForeign();
    void chunkedDamage_data();
    void chunkedDamage();
    void chunkedFinalMissing();
    void chunkedWritesInBatches();

    void kdfDefaults();
    void kdfMatchesLibargon2_data();
    void kdfMatchesLibargon2();
    void kdfDependsOnSaltAndPassphrase();
    void kdfJson_data();
    void kdfJson();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCryptoStorage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCryptoStorage::secureBytes()
{
    const SecureBytes a = SecureBytes::random(32);
    const SecureBytes b = SecureBytes::random(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(!(a == b));
    QVERIFY(SecureBytes() == SecureBytes());
    QVERIFY(SecureBytes(0).isEmpty());
    QVERIFY(SecureBytes::random(0).isEmpty());

    QByteArray raw("0123456789abcdef0123456789abcdef");
    const QByteArray expected = raw;
    raw.detach();
    SecureBytes taken = SecureBytes::fromRaw(std::move(raw));
    QVERIFY(raw.isEmpty()); // NOLINT(bugprone-use-after-move): the source is wiped and emptied
    QCOMPARE(taken.toByteArray(), expected);

    SecureBytes moved = std::move(taken);
    QVERIFY(taken.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(moved.toByteArray(), expected);
    moved.clear();
    QVERIFY(moved.isEmpty());
    QVERIFY(moved.data() == nullptr);
}

void TestCryptoStorage::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray(1, '\0');
    QTest::newRow("1 MiB") << randomBytes(1024 * 1024, 7);
    QTest::newRow("UTF-8 text")
        << QStringLiteral("Паспорт 4510 123456, СНИЛС 112-233-445 95 — ул. Ленина, д. 1").toUtf8();
}

void TestCryptoStorage::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray aad = CipherEnvelope::aad(u"record_values", u"a1b2", 3);
    const QByteArray envelope = CipherEnvelope::seal(key, plaintext, aad);
    QCOMPARE(envelope.size(), plaintext.size() + CipherEnvelope::Overhead);
    QVERIFY(envelope.startsWith("CPE1"));
    if (plaintext.size() >= 8)
        QVERIFY(!envelope.contains(plaintext.left(8)));
    const std::optional<QByteArray> opened = CipherEnvelope::open(key, envelope, aad);
    QVERIFY(opened.has_value());
    QCOMPARE(*opened, plaintext);
}

void TestCryptoStorage::freshNonce()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray plaintext("the same value");
    const QByteArray first = CipherEnvelope::seal(key, plaintext, "aad");
    const QByteArray second = CipherEnvelope::seal(key, plaintext, "aad");
    QVERIFY(first != second);
    QVERIFY(first.mid(4, 12) != second.mid(4, 12));
    QCOMPARE(CipherEnvelope::open(key, first, "aad").value(), plaintext);
    QCOMPARE(CipherEnvelope::open(key, second, "aad").value(), plaintext);
}

void TestCryptoStorage::wrongKey()
{
    const SecureBytes key = SecureBytes::random(32);
    const SecureBytes other = SecureBytes::random(32);
    const QByteArray envelope = CipherEnvelope::seal(key, "secret value", "aad");
    QVERIFY(!CipherEnvelope::open(other, envelope, "aad").has_value());
}

void TestCryptoStorage::wrongAad_data()
{
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("other table") << CipherEnvelope::aad(u"consents", u"r-17", 2);
    QTest::newRow("other id") << CipherEnvelope::aad(u"records", u"r-18", 2);
    QTest::newRow("other version") << CipherEnvelope::aad(u"records", u"r-17", 3);
    QTest::newRow("empty") << QByteArray();
}

void TestCryptoStorage::wrongAad()
{
    QFETCH(QByteArray, aad);
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray envelope =
        CipherEnvelope::seal(key, "4510 123456", CipherEnvelope::aad(u"records", u"r-17", 2));
    QVERIFY(CipherEnvelope::open(key, envelope, CipherEnvelope::aad(u"records", u"r-17", 2)));
    QVERIFY(!CipherEnvelope::open(key, envelope, aad).has_value());
}

void TestCryptoStorage::everyFlippedBit()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray envelope = CipherEnvelope::seal(key, "SNILS 112-233-445 95", "aad");
    for (qsizetype bit = 0; bit < envelope.size() * 8; ++bit) {
        QByteArray damaged = envelope;
        damaged[bit / 8] = char(damaged[bit / 8] ^ (1 << (bit % 8)));
        if (CipherEnvelope::open(key, damaged, "aad").has_value())
            QFAIL(qPrintable(QStringLiteral("flipped bit %1 still opens").arg(bit)));
    }
}

void TestCryptoStorage::everyTruncation()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray envelope = CipherEnvelope::seal(key, "INN 500100732259", "aad");
    for (qsizetype length = 0; length < envelope.size(); ++length) {
        if (CipherEnvelope::open(key, envelope.left(length), "aad").has_value())
            QFAIL(qPrintable(QStringLiteral("truncated to %1 bytes still opens").arg(length)));
    }
}

void TestCryptoStorage::extraBytes()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray envelope = CipherEnvelope::seal(key, "value", "aad");
    QVERIFY(!CipherEnvelope::open(key, envelope + '\0', "aad").has_value());
    QVERIFY(!CipherEnvelope::open(key, envelope + envelope, "aad").has_value());
    QVERIFY(!CipherEnvelope::open(key, QByteArray(1, 'x') + envelope, "aad").has_value());
}

void TestCryptoStorage::badMagicAndKeySize()
{
    const SecureBytes key = SecureBytes::random(32);
    QByteArray envelope = CipherEnvelope::seal(key, "value", "aad");
    envelope[3] = '2';
    QVERIFY(!CipherEnvelope::open(key, envelope, "aad").has_value());
    QVERIFY(!CipherEnvelope::open(key, QByteArray(), "aad").has_value());

    const SecureBytes shortKey = SecureBytes::random(16);
    QVERIFY(CipherEnvelope::seal(shortKey, "value", "aad").isEmpty());
    QVERIFY(CipherEnvelope::seal(SecureBytes(), "value", "aad").isEmpty());
    const QByteArray good = CipherEnvelope::seal(key, "value", "aad");
    QVERIFY(!CipherEnvelope::open(shortKey, good, "aad").has_value());
}

void TestCryptoStorage::aadIsCanonical()
{
    QCOMPARE(CipherEnvelope::aad(u"records", u"r-17", 2), QByteArray("records\x1fr-17\x1f"
                                                                     "2"));
    QCOMPARE(CipherEnvelope::aad(u"документы", u"7", -1), QStringLiteral("документы").toUtf8() +
                                                              "\x1f"
                                                              "7\x1f-1");
}

void TestCryptoStorage::knownAnswer_data()
{
    // The AES-256 cases of "The Galois/Counter Mode of Operation (GCM)",
    // McGrew and Viega (test cases 13, 14 and 16), as used in NIST's GCM
    // validation.
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    QTest::newRow("test case 13") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray()
                                  << QByteArray() << QByteArray()
                                  << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("test case 14") << QByteArray(32, '\0') << QByteArray(12, '\0')
                                  << QByteArray(16, '\0') << QByteArray()
                                  << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18")
                                  << QByteArray::fromHex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("test case 16")
        << QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
        << QByteArray::fromHex("cafebabefacedbaddecaf888")
        << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
        << QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
        << QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestCryptoStorage::knownAnswer()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);
    const SecureBytes secureKey = SecureBytes::fromRaw(QByteArray(key));
    const QByteArray expected = QByteArray("CPE1") + nonce + ciphertext + tag;

    // Encryption through the envelope's EVP path with the vector's nonce.
    QCOMPARE(detail::sealWithNonce(secureKey, nonce, plaintext, aad).toHex(), expected.toHex());
    // Decryption through the public API of an envelope built from the vector.
    const std::optional<QByteArray> opened = CipherEnvelope::open(secureKey, expected, aad);
    QVERIFY(opened.has_value());
    QCOMPARE(opened->toHex(), plaintext.toHex());
    QByteArray badTag = expected;
    badTag[badTag.size() - 1] = char(badTag.back() ^ 0x80);
    QVERIFY(!CipherEnvelope::open(secureKey, badTag, aad).has_value());
}

void TestCryptoStorage::chunkedRoundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qsizetype>("piece"); // how the data reaches write()
    QTest::newRow("0") << qsizetype(0) << qsizetype(1000);
    QTest::newRow("1") << qsizetype(1) << qsizetype(1000);
    QTest::newRow("65535") << qsizetype(65535) << qsizetype(65535);
    QTest::newRow("65536") << qsizetype(65536) << qsizetype(65536);
    QTest::newRow("65536 in pieces of 1000") << qsizetype(65536) << qsizetype(1000);
    QTest::newRow("65537") << qsizetype(65537) << qsizetype(65537);
    QTest::newRow("3 MiB + 7") << qsizetype(3 * 1024 * 1024 + 7) << qsizetype(3 * 1024 * 1024 + 7);
    QTest::newRow("3 MiB + 7 in pieces of 16385")
        << qsizetype(3 * 1024 * 1024 + 7) << qsizetype(16385);
}

void TestCryptoStorage::chunkedRoundTrip()
{
    QFETCH(qsizetype, size);
    QFETCH(qsizetype, piece);
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray data = randomBytes(size, quint32(size));
    const QString file = path(QStringLiteral("roundtrip-%1.bin").arg(size));

    ChunkedFileWriter writer(key, "documents\x1f"
                                  "d-1");
    QString error;
    QVERIFY2(writer.open(file, false, &error), qPrintable(error));
    for (qsizetype offset = 0; offset < data.size(); offset += piece)
        QVERIFY(writer.write(data.mid(offset, piece)));
    QCOMPARE(writer.plaintextSize(), size);
    QVERIFY(writer.sha256().isEmpty()); // not before the end
    QVERIFY(writer.finish());
    QCOMPARE(writer.sha256(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    QVERIFY(!writer.write("more")); // closed

    // The documented layout: header, then one record per chunk.
    QCOMPARE(QFileInfo(file).size(),
             20 + expectedChunks(size) * (4 + CipherEnvelope::Overhead) + size);

    bool complete = false;
    const std::optional<QByteArray> read = ChunkedFileReader::readAll(key,
                                                                      "documents\x1f"
                                                                      "d-1",
                                                                      file, &complete, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QVERIFY(complete);
    QCOMPARE(read->size(), data.size());
    QVERIFY(*read == data);
    QCOMPARE(ChunkedFileReader::plaintextSize(key,
                                              "documents\x1f"
                                              "d-1",
                                              file, &complete),
             size);
    QVERIFY(complete);
}

void TestCryptoStorage::chunkedFileMode()
{
    const SecureBytes key = SecureBytes::random(32);
    const QString file = path(QStringLiteral("mode.bin"));
    // An existing file with a loose mode gets 0600 before anything is written.
    QVERIFY(writeFile(file, "old"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ChunkedFileWriter writer(key, "aad");
    QString error;
    QVERIFY(writer.open(file, false, &error));
    QVERIFY(writer.write("passport 4510 123456"));
    QVERIFY(writer.finish());
    QCOMPARE(unixMode(file), 0600);

    const QString fresh = path(QStringLiteral("mode-new.bin"));
    ChunkedFileWriter second(key, "aad");
    QVERIFY(second.open(fresh, false, &error));
    QVERIFY(second.finish());
    QCOMPARE(unixMode(fresh), 0600);
    QVERIFY(!readFile(file).contains("4510"));
}

void TestCryptoStorage::chunkedAppendResumes()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray aad("partial\x1f"
                         "d-2");
    const QString file = path(QStringLiteral("resume.bin"));
    const QByteArray first = randomBytes(100000, 1);
    const QByteArray second = randomBytes(70000, 2);
    const QByteArray third = randomBytes(5, 3);
    QString error;
    {
        ChunkedFileWriter writer(key, aad);
        QVERIFY(writer.open(file, false, &error));
        QVERIFY(writer.write(first));
        QVERIFY(writer.flushPartial());
        QVERIFY(writer.write("dropped: never sealed"));
    } // a stop: what flushPartial() sealed stays, the rest is dropped

    bool complete = true;
    QCOMPARE(ChunkedFileReader::plaintextSize(key, aad, file, &complete), first.size());
    QVERIFY(!complete);
    {
        ChunkedFileWriter writer(key, aad);
        QVERIFY2(writer.open(file, true, &error), qPrintable(error));
        QCOMPARE(writer.plaintextSize(), first.size()); // where the download resumes
        QVERIFY(writer.write(second));
        QVERIFY(writer.flushPartial());
    }
    {
        ChunkedFileWriter writer(key, aad);
        QVERIFY2(writer.open(file, true, &error), qPrintable(error));
        QCOMPARE(writer.plaintextSize(), first.size() + second.size());
        QVERIFY(writer.write(third));
        QVERIFY(writer.finish());
        // The whole file's digest: the chunks written by the writers before
        // were hashed as open() authenticated them, the dropped bytes not.
        QCOMPARE(writer.sha256(), QCryptographicHash::hash(QByteArray(first + second + third),
                                                           QCryptographicHash::Sha256));
    }
    const std::optional<QByteArray> read =
        ChunkedFileReader::readAll(key, aad, file, &complete, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QVERIFY(complete);
    QVERIFY(*read == first + second + third);
    QCOMPARE(unixMode(file), 0600);

    // Appending to a file that does not exist yet starts it.
    const QString fresh = path(QStringLiteral("resume-new.bin"));
    ChunkedFileWriter writer(key, aad);
    QVERIFY(writer.open(fresh, true, &error));
    QCOMPARE(writer.plaintextSize(), 0);
    QVERIFY(writer.write(third));
    QVERIFY(writer.finish());
    QCOMPARE(ChunkedFileReader::readAll(key, aad, fresh, &complete, &error).value(), third);
}

void TestCryptoStorage::chunkedAppendCutsTornTail()
{
    const SecureBytes key = SecureBytes::random(32);
    const QString file = path(QStringLiteral("torn.bin"));
    const QByteArray first = randomBytes(70000, 4);
    QString error;
    {
        ChunkedFileWriter writer(key, "aad");
        QVERIFY(writer.open(file, false, &error));
        QVERIFY(writer.write(first));
        QVERIFY(writer.flushPartial());
    }
    // A crash in the middle of writing the next record.
    const QByteArray sealed = readFile(file);
    QVERIFY(writeFile(file, sealed + QByteArray::fromHex("000000ff") + QByteArray(100, 'x')));
    bool complete = true;
    QVERIFY(!ChunkedFileReader::readAll(key, "aad", file, &complete, &error).has_value());

    ChunkedFileWriter writer(key, "aad");
    QVERIFY2(writer.open(file, true, &error), qPrintable(error));
    QCOMPARE(writer.plaintextSize(), first.size());
    QVERIFY(writer.write("tail"));
    QVERIFY(writer.finish());
    QCOMPARE(writer.sha256(),
             QCryptographicHash::hash(QByteArray(first + "tail"), QCryptographicHash::Sha256));
    const std::optional<QByteArray> read =
        ChunkedFileReader::readAll(key, "aad", file, &complete, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QVERIFY(complete);
    QVERIFY(*read == first + "tail");
}

void TestCryptoStorage::chunkedAppendRefusesCompleteOrForeign()
{
    const SecureBytes key = SecureBytes::random(32);
    const QString file = path(QStringLiteral("complete.bin"));
    QString error;
    {
        ChunkedFileWriter writer(key, "aad");
        QVERIFY(writer.open(file, false, &error));
        QVERIFY(writer.write("done"));
        QVERIFY(writer.finish());
    }
    ChunkedFileWriter again(key, "aad");
    QVERIFY(!again.open(file, true, &error));
    QVERIFY(!error.isEmpty());

    ChunkedFileWriter otherKey(SecureBytes::random(32), "aad");
    QVERIFY(!otherKey.open(file, true, &error));
    ChunkedFileWriter otherAad(key, "another file");
    QVERIFY(!otherAad.open(file, true, &error));

    ChunkedFileWriter badKey(SecureBytes::random(16), "aad");
    QVERIFY(!badKey.open(path(QStringLiteral("badkey.bin")), false, &error));
}

void TestCryptoStorage::chunkedDamage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("missing chunk") << QStringLiteral("missing");
    QTest::newRow("swapped chunks") << QStringLiteral("swapped");
    QTest::newRow("duplicated chunk") << QStringLiteral("duplicated");
    QTest::newRow("truncated tail") << QStringLiteral("truncated");
    QTest::newRow("flipped ciphertext byte") << QStringLiteral("flip-ciphertext");
    QTest::newRow("flipped tag byte") << QStringLiteral("flip-tag");
    QTest::newRow("flipped length byte") << QStringLiteral("flip-length");
    QTest::newRow("flipped file id byte") << QStringLiteral("flip-id");
    QTest::newRow("bad magic") << QStringLiteral("magic");
    QTest::newRow("data after the final chunk") << QStringLiteral("after-final");
    QTest::newRow("chunk of another file") << QStringLiteral("foreign");
    QTest::newRow("wrong key") << QStringLiteral("wrong-key");
    QTest::newRow("wrong file AAD") << QStringLiteral("wrong-aad");
    QTest::newRow("header only cut") << QStringLiteral("short-header");
}

void TestCryptoStorage::chunkedDamage()
{
    QFETCH(QString, damage);
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray aad("documents\x1f"
                         "d-3");
    const QString file = path(QStringLiteral("damage.bin"));
    const QString otherFile = path(QStringLiteral("damage-other.bin"));
    const QByteArray data = randomBytes(3 * 65536 + 10, 5);
    QString error;
    for (const QString &name : {file, otherFile}) {
        ChunkedFileWriter writer(key, aad);
        QVERIFY(writer.open(name, false, &error));
        QVERIFY(writer.write(data));
        QVERIFY(writer.finish());
    }
    Layout layout = splitRecords(readFile(file));
    QCOMPARE(layout.records.size(), 4);
    bool complete = true;
    QVERIFY(ChunkedFileReader::readAll(key, aad, file, &complete, &error).has_value());

    SecureBytes readKey = SecureBytes::fromRaw(key.toByteArray());
    QByteArray readAad = aad;
    QByteArray bytes;
    if (damage == QLatin1String("missing")) {
        layout.records.removeAt(1);
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("swapped")) {
        layout.records.swapItemsAt(0, 1);
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("duplicated")) {
        layout.records.insert(1, layout.records.at(0));
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("truncated")) {
        bytes = joinRecords(layout);
        bytes.chop(1);
    } else if (damage == QLatin1String("flip-ciphertext")) {
        layout.records[1][4 + 16 + 100] = char(layout.records[1][4 + 16 + 100] ^ 0x01);
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("flip-tag")) {
        QByteArray &last = layout.records.last();
        last[last.size() - 1] = char(last.back() ^ 0x40);
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("flip-length")) {
        layout.records[2][3] = char(layout.records[2][3] ^ 0x02);
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("flip-id")) {
        layout.header[10] = char(layout.header[10] ^ 0x10);
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("magic")) {
        layout.header[0] = 'X';
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("after-final")) {
        layout.records.append(layout.records.at(3));
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("foreign")) {
        // Same key and file AAD, same index, but another file id.
        layout.records[1] = splitRecords(readFile(otherFile)).records.at(1);
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("wrong-key")) {
        readKey = SecureBytes::random(32);
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("wrong-aad")) {
        readAad = "documents\x1f"
                  "d-4";
        bytes = joinRecords(layout);
    } else if (damage == QLatin1String("short-header")) {
        bytes = layout.header.left(12);
    }
    QVERIFY(writeFile(file, bytes));

    error.clear();
    const std::optional<QByteArray> read =
        ChunkedFileReader::readAll(readKey, readAad, file, &complete, &error);
    QVERIFY(!read.has_value());
    QVERIFY(!complete);
    QVERIFY(!error.isEmpty());
    QCOMPARE(ChunkedFileReader::plaintextSize(readKey, readAad, file, &complete), -1);
}

namespace {

// The write calls this process has made so far (Linux: /proc/self/io).
qint64 writeCalls()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("syscw:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

void TestCryptoStorage::chunkedWritesInBatches()
{
    // Sealed records reach the file in writes that end at multiples of
    // 2 MiB (the page cache then holds it in large folios), not in two
    // writes a chunk; the sealed records still held when the writer goes
    // are written, the unsealed rest dropped.
    const SecureBytes key = SecureBytes::random(32);
    const QString file = path(QStringLiteral("batches.bin"));
    constexpr qint64 kMiB = 1024 * 1024;
    const QByteArray data = randomBytes(8 * kMiB + 10, 12); // 128 full chunks, then 10 bytes
    QString error;
    {
        ChunkedFileWriter writer(key, "aad");
        QVERIFY2(writer.open(file, false, &error), qPrintable(error));
        const qint64 before = writeCalls();
        QVERIFY(before >= 0);
        QVERIFY(writer.write(data));
        const qint64 calls = writeCalls() - before;
        // A record at a time: 256 writes (the length, then the envelope).
        QVERIFY2(calls >= 4 && calls <= 8, qPrintable(QString::number(calls)));
        QCOMPARE(QFileInfo(file).size(), 8 * kMiB); // up to the last boundary
    }                                               // gone without flushPartial() or finish()
    bool complete = true;
    QCOMPARE(ChunkedFileReader::plaintextSize(key, "aad", file, &complete), 8 * kMiB);
    QVERIFY(!complete);
    // Continued and finished: the whole data, in order.
    ChunkedFileWriter writer(key, "aad");
    QVERIFY2(writer.open(file, true, &error), qPrintable(error));
    QCOMPARE(writer.plaintextSize(), 8 * kMiB);
    QVERIFY(writer.write(data.right(10)));
    QVERIFY(writer.finish());
    QCOMPARE(writer.sha256(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    QCOMPARE(ChunkedFileReader::readAll(key, "aad", file, &complete, &error).value(), data);
    QVERIFY(complete);
}

void TestCryptoStorage::chunkedFinalMissing()
{
    const SecureBytes key = SecureBytes::random(32);
    const QString file = path(QStringLiteral("final-missing.bin"));
    const QByteArray data = randomBytes(2 * 65536 + 3, 6);
    QString error;
    {
        ChunkedFileWriter writer(key, "aad");
        QVERIFY(writer.open(file, false, &error));
        QVERIFY(writer.write(data));
        QVERIFY(writer.finish());
    }
    // Dropping the final record at a record boundary leaves a valid partial
    // file: readable, but not complete.
    Layout layout = splitRecords(readFile(file));
    QCOMPARE(layout.records.size(), 3);
    layout.records.removeLast();
    QVERIFY(writeFile(file, joinRecords(layout)));
    bool complete = true;
    const std::optional<QByteArray> read =
        ChunkedFileReader::readAll(key, "aad", file, &complete, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QVERIFY(!complete);
    QVERIFY(*read == data.left(2 * 65536));

    // Nothing but the header: an empty partial file.
    QVERIFY(writeFile(file, layout.header));
    complete = true;
    QCOMPARE(ChunkedFileReader::readAll(key, "aad", file, &complete, &error).value(), QByteArray());
    QVERIFY(!complete);
}

void TestCryptoStorage::kdfDefaults()
{
    const KdfParams params;
    QCOMPARE(params.memoryKiB, 65536u);
    QCOMPARE(params.passes, 3u);
    QCOMPARE(params.lanes, 1u);
    const KdfParams salted = KdfParams::withRandomSalt();
    QCOMPARE(salted.salt.size(), 16);
    QCOMPARE(salted.memoryKiB, 65536u);
    QCOMPARE(salted.passes, 3u);
    QVERIFY(salted.salt != KdfParams::withRandomSalt().salt);
}

void TestCryptoStorage::kdfMatchesLibargon2_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("salt");
    QTest::newRow("ascii") << QByteArray("correct horse battery staple")
                           << QByteArray("0123456789abcdef");
    QTest::newRow("cyrillic") << QStringLiteral("пароль от архива").toUtf8()
                              << QByteArray::fromHex("00112233445566778899aabbccddeeff");
}

void TestCryptoStorage::kdfMatchesLibargon2()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, salt);
    KdfParams params;
    params.salt = salt;
    const SecureBytes derived = derivePassphraseKey(passphrase, params);
    QCOMPARE(derived.size(), 32);

    QByteArray reference(32, '\0');
    QCOMPARE(argon2id_hash_raw(3, 65536, 1, passphrase.constData(), size_t(passphrase.size()),
                               salt.constData(), size_t(salt.size()), reference.data(),
                               size_t(reference.size())),
             int(ARGON2_OK));
    QCOMPARE(derived.toByteArray().toHex(), reference.toHex());
    // Stable: the same inputs give the same key.
    QVERIFY(derivePassphraseKey(passphrase, params) == derived);
}

void TestCryptoStorage::kdfDependsOnSaltAndPassphrase()
{
    KdfParams params;
    params.salt = "0123456789abcdef";
    const SecureBytes base = derivePassphraseKey("passphrase", params);
    QVERIFY(!base.isEmpty());
    QVERIFY(!(derivePassphraseKey("passphrasf", params) == base));
    KdfParams otherSalt = params;
    otherSalt.salt = "0123456789abcdeg";
    QVERIFY(!(derivePassphraseKey("passphrase", otherSalt) == base));
    KdfParams shortSalt = params;
    shortSalt.salt = "short";
    QVERIFY(derivePassphraseKey("passphrase", shortSalt).isEmpty());
}

void TestCryptoStorage::kdfJson_data()
{
    const QJsonObject good = [] {
        KdfParams params;
        params.salt = "0123456789abcdef";
        return params.toJson();
    }();
    const auto with = [&good](const char *field, const QJsonValue &value) {
        QJsonObject changed = good;
        changed.insert(QLatin1String(field), value);
        return changed;
    };
    QJsonObject raised = with("memoryKiB", 262144);
    raised.insert(QLatin1String("passes"), 4);
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << good << true;
    QTest::newRow("raised memory and passes") << raised << true;
    QTest::newRow("memory below 64 MiB") << with("memoryKiB", 32768) << false;
    QTest::newRow("two passes") << with("passes", 2) << false;
    QTest::newRow("no lanes") << with("lanes", 0) << false;
    QTest::newRow("memory beyond 4 GiB") << with("memoryKiB", 8 * 1024 * 1024) << false;
    QTest::newRow("memory as text") << with("memoryKiB", QStringLiteral("65536")) << false;
    QTest::newRow("argon2i") << with("algorithm", QStringLiteral("argon2i")) << false;
    QTest::newRow("argon2 version 1.0") << with("version", 16) << false;
    QTest::newRow("salt not base64") << with("salt", QStringLiteral("*not base64*")) << false;
    QTest::newRow("salt too short") << with("salt", QStringLiteral("c2hvcnQ=")) << false;
    QTest::newRow("no salt") << with("salt", QJsonValue()) << false;
    QTest::newRow("empty object") << QJsonObject() << false;
}

void TestCryptoStorage::kdfJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, valid);
    const std::optional<KdfParams> params = KdfParams::fromJson(json);
    QCOMPARE(params.has_value(), valid);
    if (valid)
        QCOMPARE(params->toJson(), json);
}

QTEST_GUILESS_MAIN(TestCryptoStorage)
#include "tst_cryptostorage.moc"
