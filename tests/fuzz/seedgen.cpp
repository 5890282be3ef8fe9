// fuzz_seedgen <corpus-folder>: writes the seed corpora of tests/fuzz — API
// bodies in the shapes the reference server emits (from the domain's toJson
// and the samples of tests/support), header values, and values, chunked files
// and a backup sealed with the fixed keys of fuzzkeys.h. Run by hand when a
// format changes; its output is committed (nonces and salts are random, so
// every run writes different bytes).
#include "domainsamples.h"
#include "fuzzkeys.h"

#include "domain/cataloguejson.h"
#include "pki/serverpki.h"
#include "storage/backuparchive.h"
#include "storage/chunkedcipher.h"
#include "storage/cipherenvelope.h"
#include "storage/passphrasekdf.h"
#include "sync/signatureverifier.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>

using namespace cp;

namespace {

QString g_root;

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "fuzz_seedgen: %s\n", what);
    std::exit(1);
}

void put(const QString &target, const QString &name, const QByteArray &bytes)
{
    const QString dir = g_root + u'/' + target;
    if (!QDir().mkpath(dir))
        die("cannot create a corpus folder");
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        die("cannot write a seed");
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die("cannot read back a generated file");
    return file.readAll();
}

QByteArray withMode(fuzz::CipherMode mode, const QByteArray &bytes)
{
    return QByteArray(1, char(mode)) + bytes;
}

void apiSeeds()
{
    using namespace cp::testing;
    const QString t = QStringLiteral("fuzz_api_json");
    const QJsonObject record = domain::toJson(samplePassport());
    const QJsonObject document = domain::toJson(sampleDocument());
    const QJsonObject request = domain::toJson(sampleRequest());
    const QJsonObject consent = domain::toJson(sampleConsent());
    const QJsonObject access = domain::toJson(sampleAccessEvent());
    put(t, QStringLiteral("me.json"), json(domain::toJson(sampleCitizen())));
    put(t, QStringLiteral("records.json"), json({{QStringLiteral("records"), QJsonArray{record}}}));
    put(t, QStringLiteral("record-history.json"),
        json({{QStringLiteral("versions"), QJsonArray{record, record}}}));
    put(t, QStringLiteral("documents.json"),
        json({{QStringLiteral("documents"), QJsonArray{document}}}));
    put(t, QStringLiteral("document.json"), json(document));
    put(t, QStringLiteral("consent-requests.json"),
        json({{QStringLiteral("requests"), QJsonArray{request}}}));
    put(t, QStringLiteral("consent-request.json"), json(request));
    put(t, QStringLiteral("consents.json"),
        json({{QStringLiteral("consents"), QJsonArray{consent}}}));
    put(t, QStringLiteral("consent.json"), json(consent));
    put(t, QStringLiteral("decision.json"),
        json({{QStringLiteral("request"), request}, {QStringLiteral("consent"), consent}}));
    put(t, QStringLiteral("access-log.json"),
        json({{QStringLiteral("events"), QJsonArray{access}},
              {QStringLiteral("next_cursor"), QStringLiteral("17")},
              {QStringLiteral("has_more"), false}}));
    const auto event = [](const char *kind, const char *member, const char *id) {
        return QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("at"), QStringLiteral("2026-11-25T10:00:00Z")},
                           {QLatin1String(member), QLatin1String(id)}};
    };
    QJsonObject changed = event("record_changed", "record_id", "rec-passport");
    changed.insert(QStringLiteral("record_type"), QStringLiteral("id_doc"));
    put(t, QStringLiteral("feed.json"),
        json({{QStringLiteral("events"),
               QJsonArray{changed, event("document_added", "document_id", "doc-ndfl-2025-a"),
                          event("order_fulfilled", "order_id", "ord-1"),
                          event("consent_request_changed", "request_id", "req-1"),
                          event("consent_changed", "consent_id", "con-1"),
                          event("access_event", "event_id", "acc-1")}},
              {QStringLiteral("next_cursor"), QStringLiteral("6")},
              {QStringLiteral("has_more"), true}}));
    const QJsonObject order{
        {QStringLiteral("id"), QStringLiteral("ord-1")},
        {QStringLiteral("kind"), QStringLiteral("ndfl2")},
        {QStringLiteral("year"), 2025},
        {QStringLiteral("state"), QStringLiteral("fulfilled")},
        {QStringLiteral("requested_at"), QStringLiteral("2026-11-25T10:00:00Z")},
        {QStringLiteral("fulfilled_at"), QStringLiteral("2026-11-25T10:00:05Z")},
        {QStringLiteral("document_ids"), QJsonArray{QStringLiteral("doc-ndfl-2025-a")}}};
    put(t, QStringLiteral("orders.json"), json({{QStringLiteral("orders"), QJsonArray{order}}}));
    put(t, QStringLiteral("order.json"), json(order));
    put(t, QStringLiteral("catalogue.json"), json(domain::catalogueToJson()));
    put(t, QStringLiteral("token.json"),
        json({{QStringLiteral("access_token"), QStringLiteral("at.eyJzdWIiOiJjaXQtMSJ9.c2ln")},
              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
              {QStringLiteral("expires_in"), 300},
              {QStringLiteral("refresh_token"), QStringLiteral("rt-3b1f2c9a7d")}}));
    put(t, QStringLiteral("error.json"),
        json({{QStringLiteral("error"), QStringLiteral("not_found")},
              {QStringLiteral("message"), QStringLiteral("no such document")}}));
    put(t, QStringLiteral("oauth-error.json"),
        json({{QStringLiteral("error"), QStringLiteral("invalid_grant")},
              {QStringLiteral("error_description"), QStringLiteral("the refresh token is dead")}}));
    put(t, QStringLiteral("trust-roots.pem"),
        QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n"
                          "-----END CERTIFICATE-----\n"));
}

void consentSeeds()
{
    using namespace cp::testing;
    const QString t = QStringLiteral("fuzz_consent_request");
    const domain::ConsentRequest request = sampleRequest();
    put(t, QStringLiteral("request.json"), json(domain::toJson(request)));
    put(t, QStringLiteral("requests.json"),
        json({{QStringLiteral("requests"), QJsonArray{domain::toJson(request)}}}));
    put(t, QStringLiteral("decision.json"),
        json({{QStringLiteral("request"), domain::toJson(request)},
              {QStringLiteral("consent"), domain::toJson(sampleConsent())}}));
    // Requests that read but do not validate: the validator's own paths.
    domain::ConsentRequest bad = request;
    bad.termUntil = bad.termFrom.addDays(-1);
    bad.answerBy = bad.requestedAt.addDays(-1);
    bad.records.append(bad.records.first());
    bad.organisation.inn = QStringLiteral("7707083890");
    put(t, QStringLiteral("invalid-terms.json"), json(domain::toJson(bad)));
    domain::ConsentRequest empty = request;
    empty.records.clear();
    empty.actions.clear();
    empty.processors.clear();
    put(t, QStringLiteral("invalid-empty.json"), json(domain::toJson(empty)));
}

void rangeSeeds()
{
    const QString t = QStringLiteral("fuzz_content_range");
    put(t, QStringLiteral("range-first.txt"), "bytes 0-65535/131072");
    put(t, QStringLiteral("range-rest.txt"), "bytes 65536-131071/131072");
    put(t, QStringLiteral("range-unknown-length.txt"), "bytes 100-199/*");
    put(t, QStringLiteral("range-unsatisfied.txt"), "bytes */48213");
    put(t, QStringLiteral("range-request-resume.txt"), "bytes=65536-");
    put(t, QStringLiteral("range-request-span.txt"), "bytes=0-1023");
    put(t, QStringLiteral("range-request-suffix.txt"), "bytes=-500");
    put(t, QStringLiteral("retry-after-seconds.txt"), "120");
    put(t, QStringLiteral("retry-after-date.txt"), "Wed, 25 Nov 2026 12:01:00 GMT");
}

void cipherSeeds(const QString &scratch)
{
    const QString t = QStringLiteral("fuzz_cipher_envelope");
    const storage::SecureBytes key = fuzz::envelopeKey();
    int n = 0;
    for (const QByteArray &plain : fuzz::envelopePlaintexts()) {
        const QByteArray sealed = storage::CipherEnvelope::seal(key, plain, fuzz::envelopeAad());
        if (sealed.isEmpty())
            die("seal failed");
        put(t, QStringLiteral("envelope-%1.bin").arg(++n), withMode(fuzz::OpenEnvelope, sealed));
    }
    const QList<QByteArray> pieces = fuzz::chunkedPieces();
    // pieces written: how many; finished: with the final chunk.
    const auto chunked = [&](int count, bool finished) -> QByteArray {
        const QString path = scratch + QStringLiteral("/chunked.cpf");
        storage::ChunkedFileWriter writer(key, fuzz::chunkedFileAad());
        QString error;
        if (!writer.open(path, false, &error))
            die("chunked writer");
        for (int i = 0; i < count; ++i) {
            if (!writer.write(pieces.at(i)) || (i + 1 < count && !writer.flushPartial()))
                die("chunked write");
        }
        if (finished ? !writer.finish() : !writer.flushPartial())
            die("chunked finish");
        return fileBytes(path);
    };
    const QByteArray complete = chunked(3, true);
    const QByteArray partial = chunked(2, false);
    put(t, QStringLiteral("chunked-complete.bin"), withMode(fuzz::ReadChunkedFile, complete));
    put(t, QStringLiteral("chunked-one-chunk.bin"),
        withMode(fuzz::ReadChunkedFile, chunked(1, true)));
    put(t, QStringLiteral("chunked-partial.bin"), withMode(fuzz::ReadChunkedFile, partial));
    put(t, QStringLiteral("append-partial.bin"), withMode(fuzz::AppendToChunkedFile, partial));
    put(t, QStringLiteral("append-torn.bin"),
        withMode(fuzz::AppendToChunkedFile, partial + complete.right(7)));
}

void backupSeeds(const QString &scratch)
{
    const QString t = QStringLiteral("fuzz_backup_reader");
    const storage::SecureBytes key = fuzz::backupStreamKey();
    const storage::KdfParams kdf = storage::KdfParams::withRandomSalt();
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                        {QStringLiteral("created"),
                                                         QStringLiteral("2026-11-25T19:00:00Z")},
                                                        {QStringLiteral("kdf"), kdf.toJson()}})
                                  .toJson(QJsonDocument::Compact);
    const auto entry = [](const QByteArray &name, const QByteArray &bytes) -> QByteArray {
        char length[2];
        qToBigEndian(static_cast<quint16>(name.size()), length);
        char size[8];
        qToBigEndian(static_cast<quint64>(bytes.size()), size);
        return QByteArray(length, 2) + name + QByteArray(size, 8) + bytes;
    };
    const QByteArray dataKey(32, '\x5a');
    const QList<QByteArray> entries{
        entry("data-key", dataKey),
        entry("archive.sqlite", QByteArray("SQLite format 3\0 fuzz", 21)),
        entry("settings.json", "{\"server\":\"https://localhost:8443\"}"),
        entry("documents/0a1b2c3d.cpf", "CPF1 a document file"),
        entry("documents/0a1b2c3d.sig", "a detached signature")};
    // splitAt: flush a chunk after that many entries (0: a single chunk).
    const auto backup = [&](qsizetype splitAt) -> QByteArray {
        const QString path = scratch + QStringLiteral("/stream.cpf");
        storage::ChunkedFileWriter writer(key, QByteArrayLiteral("backup v1") + header);
        QString error;
        if (!writer.open(path, false, &error))
            die("backup stream writer");
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!writer.write(entries.at(i)) || (i + 1 == splitAt && !writer.flushPartial()))
                die("backup stream write");
        }
        if (!writer.finish())
            die("backup stream finish");
        char length[4];
        qToBigEndian(static_cast<quint32>(header.size()), length);
        return QByteArrayLiteral("CPB1") + QByteArray(length, 4) + header + fileBytes(path);
    };
    const QByteArray one = backup(0);
    const QByteArray two = backup(2);
    // Both must import with the fuzz key, or the target never gets past the
    // first chunk.
    for (const QByteArray &bytes : {one, two}) {
        const QString path = scratch + QStringLiteral("/seed.cpbackup");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            die("backup seed write");
        file.close();
        storage::SecureBytes restoredKey;
        const storage::BackupResult result = storage::BackupArchive::importWithKeyForTesting(
            path, scratch + QStringLiteral("/restored"), key, &restoredKey);
        if (!result.ok || restoredKey.toByteArray() != dataKey) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            die("a generated backup does not import");
        }
        QDir(scratch + QStringLiteral("/restored")).removeRecursively();
    }
    const auto whole = [](const QByteArray &file) -> QByteArray {
        return QByteArray(1, char(fuzz::WholeBackupFile)) + file;
    };
    put(t, QStringLiteral("backup-one-chunk.bin"), whole(one));
    put(t, QStringLiteral("backup-two-chunks.bin"), whole(two));
    put(t, QStringLiteral("header-only.bin"), whole(one.left(8 + header.size())));
    // Entry streams that the target seals itself: in one chunk (chunk size
    // byte 255: 4080 bytes) and in chunks of 16 bytes (byte 1).
    const QByteArray plain = entries.join();
    const auto sealed = [](char chunkSize, const QByteArray &stream) -> QByteArray {
        return QByteArray(1, char(fuzz::SealedEntries)) + QByteArray(1, chunkSize) + stream;
    };
    put(t, QStringLiteral("entries-one-chunk.bin"), sealed(char(255), plain));
    put(t, QStringLiteral("entries-small-chunks.bin"), sealed(char(1), plain));
    put(t, QStringLiteral("entries-key-and-archive.bin"),
        sealed(char(255), entries.at(0) + entries.at(1)));
}

void signatureSeeds(const QString &scratch)
{
    const QString t = QStringLiteral("fuzz_signature");
    QString error;
    const std::optional<server::ServerPki> pki =
        server::ServerPki::loadOrCreate(scratch + QStringLiteral("/pki"), &error);
    if (!pki)
        die("no PKI");
    const QByteArray roots = pki->stateRootPem();
    const QByteArray document = QByteArrayLiteral("%PDF-1.7 a 2-NDFL certificate\n%%EOF\n");
    const auto input = [](const QByteArray &pem, const QByteArray &content,
                          const QByteArray &signature) -> QByteArray {
        char pemLength[2];
        qToBigEndian(static_cast<quint16>(pem.size()), pemLength);
        char contentLength[2];
        qToBigEndian(static_cast<quint16>(content.size()), contentLength);
        return QByteArray(pemLength, 2) + pem + QByteArray(contentLength, 2) + content + signature;
    };
    for (const QString &issuer : {QStringLiteral("fns"), QStringLiteral("rosreestr")}) {
        const QByteArray signature = pki->signDetached(issuer, document, &error);
        if (signature.isEmpty() ||
            sync::SignatureVerifier(roots).verify(document, signature).result !=
                sync::SignatureCheck::Result::Valid)
            die("no valid signature");
        put(t, QStringLiteral("valid-%1.bin").arg(issuer), input(roots, document, signature));
        if (issuer == u"fns")
            put(t, QStringLiteral("changed-document.bin"), input(roots, document + ' ', signature));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2)
        die("usage: fuzz_seedgen <corpus-folder>");
    g_root = QFile::decodeName(argv[1]);
    QTemporaryDir scratch;
    if (!scratch.isValid())
        die("no temporary folder");
    apiSeeds();
    consentSeeds();
    rangeSeeds();
    cipherSeeds(scratch.path());
    backupSeeds(scratch.path());
    signatureSeeds(scratch.path());
    std::printf("fuzz_seedgen: seeds written under %s\n", argv[1]);
    return 0;
}
