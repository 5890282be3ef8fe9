#include "sync/documentdownloader.h"

#include "net/apiclient.h"
#include "storage/chunkedcipher.h"
#include "storage/documentstore.h"
#include "sync/contentrange.h"
#include "sync/signatureverifier.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QLoggingCategory>
#include <QPromise>
#include <QThreadPool>

#include <openssl/evp.h>

#include <cstring>
#include <memory>
#include <type_traits>

Q_LOGGING_CATEGORY(lcDownload, "cp.sync.download")

namespace cp::sync {
namespace {

// `work` on the global thread pool; its result through the future (which
// the caller continues on its own thread with then(context, …)).
template<typename Work>
auto runOnPool(Work work) -> QFuture<std::invoke_result_t<Work>>
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

// A partial survives the process being stopped at this granularity (sealed
// and handed to the system; synced to the disk when the answer ends: a
// sync every 256 KiB was a thousand for a 200 MB sync, bench figure 2).
constexpr qint64 kFlushEvery = 256 * 1024;

net::ApiError localError(const QString &message,
                         net::ApiError::Kind kind = net::ApiError::Kind::Protocol)
{
    net::ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

net::ApiError writeError()
{
    return localError(QStringLiteral("the document could not be written"),
                      net::ApiError::Kind::Storage);
}

// The first byte position of a Content-Range "bytes A-B/N"; -1 when malformed.
qint64 rangeStart(const QByteArray &contentRange)
{
    const std::optional<ContentRange> range = parseContentRange(contentRange);
    return range ? range->first : -1;
}

// A copy of the archive key for a worker thread (wiped when the last holder goes).
std::shared_ptr<const storage::SecureBytes> copyKey(const storage::SecureBytes &key)
{
    auto copy = std::make_shared<storage::SecureBytes>(key.size());
    if (!key.isEmpty())
        std::memcpy(copy->data(), key.data(), static_cast<size_t>(key.size()));
    return copy;
}

// SHA-256 by OpenSSL: QCryptographicHash in Qt 6.4 feeds its SHA-256 one
// byte at a time (about a sixth of OpenSSL's rate), the largest hot spot of
// the sync in bench figure 2.
QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(),
                   nullptr) != 1)
        return {};
    digest.truncate(size);
    return digest;
}

struct ContentCheck
{
    bool ok = false;
    std::shared_ptr<PlaintextBuffer> content; // kept for the signature check
};

} // namespace

PlaintextBuffer::~PlaintextBuffer()
{
    storage::wipe(bytes);
}

DocumentDownloader::DocumentDownloader(net::ApiClient *client, storage::ArchiveDatabase *archive,
                                       storage::DocumentStore *files, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_archive(archive)
    , m_files(files)
{}

DocumentDownloader::~DocumentDownloader()
{
    cancel();
}

void DocumentDownloader::download(const QString &documentId,
                                  std::function<void(bool, const net::ApiError &)> done)
{
    ++m_generation;
    m_onWorker = false;
    m_received = 0;
    m_documentId = documentId;
    m_done = std::move(done);
    m_restarted = false;
    const auto stored = m_archive->document(documentId);
    if (!stored) {
        complete(false, localError(QStringLiteral("unknown document")));
        return;
    }
    m_document = *stored;
    if (m_document.fileName.isEmpty()) {
        m_document.fileName = storage::DocumentStore::newFileName();
        m_archive->putDocument(m_document);
    }
    QDir().mkpath(m_files->folder());
    QFile::setPermissions(m_files->folder(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    start(false);
}

void DocumentDownloader::start(bool fromZero)
{
    const QString partial = m_files->partialPath(m_document.fileName);
    if (fromZero || m_document.state != u"partial")
        QFile::remove(partial);
    m_offset = m_files->partialSize(m_document.fileName);
    if (m_offset == 0)
        QFile::remove(partial);

    m_writer = std::make_unique<storage::ChunkedFileWriter>(
        m_files->key(), m_files->fileAad(m_document.fileName, "content"));
    QString error;
    bool opened = m_writer->open(partial, m_offset > 0, &error);
    if (!opened && m_offset > 0) {
        // A partial that cannot be continued (complete already: the sync
        // stopped while it was being checked) is fetched again from zero.
        qCWarning(lcDownload) << "a partial download is fetched again from zero";
        m_writer = std::make_unique<storage::ChunkedFileWriter>(
            m_files->key(), m_files->fileAad(m_document.fileName, "content"));
        QFile::remove(partial);
        m_offset = 0;
        opened = m_writer->open(partial, false, &error);
    }
    if (!opened) {
        complete(false, writeError());
        return;
    }
    net::ApiRequest request;
    request.path = QStringLiteral("/api/v1/documents/%1/content").arg(m_documentId);
    request.retryable = true;
    if (m_offset > 0 && !m_document.etag.isEmpty()) {
        request.headers.append(
            qMakePair(QByteArray("Range"), "bytes=" + QByteArray::number(m_offset) + '-'));
        request.headers.append(qMakePair(QByteArray("If-Range"), m_document.etag));
    }
    m_checkedStart = false;
    m_rangeRefused = false;
    m_writeFailed = false;
    m_sinceFlush = 0;
    net::ApiReply *reply = m_client->send(request);
    reply->setStreaming(true);
    m_reply = reply;
    connect(reply, &net::ApiReply::readyRead, this, [this, reply]() {
        if (!m_checkedStart) {
            const int status = reply->status();
            if (status == 206 && rangeStart(reply->header("Content-Range")) != m_offset) {
                // A range that does not start where our partial ends is refused.
                qCWarning(lcDownload) << "a partial answer started at the wrong offset";
                m_rangeRefused = true; // finished() below starts again, not "cancelled"
                reply->abort();
                return;
            }
            if (status == 200 && m_offset > 0) {
                // The whole document came instead of the rest: start again.
                m_writer.reset();
                QFile::remove(m_files->partialPath(m_document.fileName));
                m_offset = 0;
                m_writer = std::make_unique<storage::ChunkedFileWriter>(
                    m_files->key(), m_files->fileAad(m_document.fileName, "content"));
                QString openError;
                if (!m_writer->open(m_files->partialPath(m_document.fileName), false, &openError)) {
                    m_writeFailed = true;
                    reply->abort();
                    return;
                }
            }
            if (status == 200 || status == 206) {
                m_document.etag = reply->header("ETag");
                m_document.state = QStringLiteral("partial");
                m_archive->putDocument(m_document);
            }
            m_checkedStart = true;
        }
        if (reply->status() != 200 && reply->status() != 206)
            return;
        const QByteArray bytes = reply->takeAvailable();
        if (!m_writer->write(bytes)) {
            m_writeFailed = true; // finished() below says so, not "cancelled"
            reply->abort();
            return;
        }
        m_sinceFlush += bytes.size();
        m_received += bytes.size();
        if (m_sinceFlush >= kFlushEvery) {
            m_writer->sealPartial();
            m_sinceFlush = 0;
        }
        emit bytesReceived(bytes.size());
    });
    connect(reply, &net::ApiReply::finished, this, [this, reply]() {
        reply->deleteLater();
        if (m_writer)
            m_writer->flushPartial(); // keep what arrived for a resume
        const int status = reply->status();
        const bool rangeRefused = std::exchange(m_rangeRefused, false);
        if (std::exchange(m_writeFailed, false)) {
            m_writer.reset();
            complete(false, writeError());
            return;
        }
        if (reply->error().kind == net::ApiError::Kind::Cancelled && !m_checkedStart &&
            !rangeRefused) {
            complete(false, reply->error());
            return;
        }
        if (status == 416 || rangeRefused ||
            (status == 206 && rangeStart(reply->header("Content-Range")) != m_offset)) {
            m_writer.reset();
            if (m_restarted) {
                complete(false, localError(QStringLiteral("the server keeps refusing the range")));
                return;
            }
            m_restarted = true;
            start(true);
            return;
        }
        if (!reply->error().ok()) {
            m_writer.reset();
            complete(false, reply->error());
            return;
        }
        finishContent();
    });
}

void DocumentDownloader::finishContent()
{
    if (!m_writer->finish()) {
        m_writer.reset();
        complete(false, writeError());
        return;
    }
    m_writer.reset();
    // SHA-256 of the whole plaintext, read back from the file (every chunk
    // authenticated), before it replaces anything: on a worker thread.
    const quint64 generation = m_generation;
    m_onWorker = true;
    const std::shared_ptr<const storage::SecureBytes> key = copyKey(m_files->key());
    const QByteArray aad = m_files->fileAad(m_document.fileName, "content");
    const QString path = m_files->partialPath(m_document.fileName);
    const QByteArray expected = m_document.info.sha256;
    const bool keep = m_document.info.hasSignature;
    runOnPool([key, aad, path, expected, keep]() {
        ContentCheck check;
        QString error;
        bool finished = false;
        auto content = std::make_shared<PlaintextBuffer>();
        if (auto bytes = storage::ChunkedFileReader::readAll(*key, aad, path, &finished, &error))
            content->bytes = std::move(*bytes);
        check.ok = finished && sha256(content->bytes) == expected;
        if (check.ok && keep)
            check.content = std::move(content);
        return check;
    }).then(this, [this, generation](const ContentCheck &check) {
        if (generation != m_generation)
            return; // cancelled meanwhile
        m_onWorker = false;
        m_content = check.content;
        contentChecked(check.ok);
    });
}

void DocumentDownloader::contentChecked(bool ok)
{
    if (!ok) {
        QFile::remove(m_files->partialPath(m_document.fileName));
        m_document.state = QStringLiteral("none");
        m_document.etag.clear();
        m_archive->putDocument(m_document);
        qCWarning(lcDownload) << "a downloaded document failed its SHA-256 check";
        complete(false,
                 localError(QStringLiteral("the downloaded document does not match its checksum")));
        return;
    }
    QFile::remove(m_files->contentPath(m_document.fileName));
    if (!QFile::rename(m_files->partialPath(m_document.fileName),
                       m_files->contentPath(m_document.fileName))) {
        complete(false, localError(QStringLiteral("the document could not be moved into place"),
                                   net::ApiError::Kind::Storage));
        return;
    }
    m_document.state = QStringLiteral("complete");
    m_archive->putDocument(m_document);
    if (m_document.info.hasSignature)
        fetchSignature();
    else
        complete(true, {});
}

void DocumentDownloader::fetchSignature()
{
    net::ApiRequest request;
    request.path = QStringLiteral("/api/v1/documents/%1/signature").arg(m_documentId);
    request.retryable = true;
    net::ApiReply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &net::ApiReply::finished, this, [this, reply]() {
        reply->deleteLater();
        if (!reply->error().ok()) {
            complete(false, reply->error());
            return;
        }
        QString error;
        if (!m_files->writeSignature(m_document.fileName, reply->body(), &error)) {
            complete(false, localError(QStringLiteral("the signature could not be written"),
                                       net::ApiError::Kind::Storage));
            return;
        }
        // The check hashes the whole content again: on a worker thread too.
        const quint64 generation = m_generation;
        m_onWorker = true;
        // The roots are read once, not for every document (verify() is const).
        const QByteArray roots = m_archive->meta(QStringLiteral("trust_roots")).toLatin1();
        if (!m_verifier || roots != m_verifierRoots) {
            m_verifier = std::make_shared<const SignatureVerifier>(roots);
            m_verifierRoots = roots;
        }
        const QByteArray signature = reply->body();
        runOnPool([content = std::exchange(m_content, {}), verifier = m_verifier, signature]() {
            return verifier->verify(content ? content->bytes : QByteArray(), signature);
        }).then(this, [this, generation, document = m_document](const SignatureCheck &check) {
            // Stored even when the download was cancelled meanwhile: the
            // content is in place, and its check is not made again by a sync
            // (unless the document was replaced since).
            storage::ArchivedDocument checked = document;
            const auto current = m_archive->document(document.info.id);
            if (current && current->fileName == document.fileName)
                checked = *current;
            checked.signatureState = SignatureCheck::key(check.result);
            checked.signer = check.signer;
            checked.signingTime = check.signingTime;
            if (current && current->fileName == document.fileName)
                m_archive->putDocument(checked);
            if (check.result != SignatureCheck::Result::Valid)
                qCWarning(lcDownload)
                    << "a document signature is" << SignatureCheck::key(check.result);
            if (generation != m_generation)
                return; // cancelled meanwhile
            m_onWorker = false;
            m_document = checked;
            complete(true, {});
        });
    });
}

void DocumentDownloader::cancel()
{
    if (m_reply)
        m_reply->abort();
    if (m_onWorker) {
        // A content check's result is dropped (the file stays partial; the
        // next sync takes it up again); a signature check's is still stored.
        ++m_generation;
        m_onWorker = false;
        complete(false, localError(QStringLiteral("the download was cancelled"),
                                   net::ApiError::Kind::Cancelled));
    }
}

void DocumentDownloader::complete(bool ok, const net::ApiError &error)
{
    m_content.reset(); // wiped when the last holder lets go
    auto done = std::exchange(m_done, {});
    if (done)
        done(ok, error);
}

} // namespace cp::sync
