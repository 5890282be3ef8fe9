#include "sync/documentdownloader.h"

#include "net/apiclient.h"
#include "storage/chunkedcipher.h"
#include "storage/documentstore.h"
#include "sync/contentrange.h"
#include "sync/signatureverifier.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcDownload, "cp.sync.download")

namespace cp::sync {
namespace {

// A partial survives the process being stopped at this granularity (sealed
// and handed to the system; synced to the disk when the answer ends: a
// sync every 256 KiB was a thousand for a 200 MB sync, bench figure 2). As
// large as the writer's batches (2 MiB), so that a document is written in
// writes of that size and sits in the page cache in large folios, which
// decrypt faster when it is opened; a stop loses at most this much.
constexpr qint64 kFlushEvery = 2 * 1024 * 1024;

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

// What the worker found when an attempt's answer ended.
struct AttemptEnd
{
    bool writeFailed = false; // the file could not take the bytes (disk full)
    bool matches = false;     // complete, and its SHA-256 the expected one
    bool moved = false;       // … and it replaced the document's content file
    QByteArray digest;        // its SHA-256, for the signature check
};

// A writer of `path`, a new file or (append) the continuation of a partial
// one; null when it cannot be opened.
std::unique_ptr<storage::ChunkedFileWriter>
openWriter(const storage::SecureBytes &key, const QByteArray &aad, const QString &path, bool append)
{
    auto writer = std::make_unique<storage::ChunkedFileWriter>(key, aad);
    QString error;
    return writer->open(path, append, &error) ? std::move(writer) : nullptr;
}

struct AttemptStart
{
    bool opened = false;
    qint64 offset = 0; // plaintext bytes already in the partial
};

} // namespace

PlaintextBuffer::~PlaintextBuffer()
{
    storage::wipe(bytes);
}

// The partial file of one attempt: where it is and how it is sealed, fixed
// when the attempt starts. The writer is used on the downloader's worker
// only; `failed` is read on the downloader's thread too.
struct DocumentDownloader::PartialFile
{
    std::shared_ptr<const storage::SecureBytes> key; // a copy for the worker
    QByteArray aad;
    QString path;
    std::unique_ptr<storage::ChunkedFileWriter> writer;
    std::atomic<bool> failed{false};

    // A new, empty partial in place of whatever was there.
    void restart()
    {
        writer.reset();
        QFile::remove(path);
        writer = openWriter(*key, aad, path, false);
        failed.store(!writer);
    }
};

DocumentDownloader::DocumentDownloader(net::ApiClient *client, storage::ArchiveDatabase *archive,
                                       storage::DocumentStore *files, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_archive(archive)
    , m_files(files)
    , m_stopped(std::make_shared<std::atomic<bool>>(false))
{}

DocumentDownloader::~DocumentDownloader()
{
    // Tasks still queued on the worker finish what they write (a partial
    // stays resumable) but open no new file.
    m_stopped->store(true);
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
    m_transferring = true;
    m_signatureAnswered = false;
    m_awaitingSignature = false;
    m_signature.clear();
    m_signatureError = {};
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
    start(false);
}

void DocumentDownloader::start(bool fromZero)
{
    auto file = std::make_shared<PartialFile>();
    file->key = copyKey(m_files->key());
    file->aad = m_files->fileAad(m_document.fileName, "content");
    file->path = m_files->partialPath(m_document.fileName);
    m_file = file;
    const QString folder = m_files->folder();
    const auto prepareFolder = [folder]() {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    };
    if (fromZero || m_document.state != u"partial") {
        // Nothing to continue: the content is asked for at once, and the new
        // partial is made on the worker before the bytes that follow (a file
        // that cannot be made fails the attempt when they, or its end, come).
        m_worker.post([file, prepareFolder, stopped = m_stopped]() {
            if (stopped->load()) {
                file->failed.store(true);
                return;
            }
            prepareFolder();
            file->restart();
        });
        m_offset = 0;
        request();
        return;
    }
    // A partial to continue is looked at (every chunk of it authenticated)
    // and opened on the worker, after whatever an earlier attempt still
    // writes, before the rest is asked for from where it ends.
    const quint64 generation = m_generation;
    m_onWorker = true;
    m_worker.run(
        this,
        [file, prepareFolder, stopped = m_stopped]() {
            AttemptStart result;
            if (stopped->load())
                return result;
            prepareFolder();
            bool complete = false;
            result.offset =
                QFile::exists(file->path)
                    ? std::max<qint64>(0, storage::ChunkedFileReader::plaintextSize(
                                              *file->key, file->aad, file->path, &complete))
                    : 0;
            if (result.offset > 0) {
                file->writer = openWriter(*file->key, file->aad, file->path, true);
                // A partial that cannot be continued (complete already: the
                // sync stopped while it was being checked) is fetched again
                // from zero.
                if (!file->writer)
                    qCWarning(lcDownload) << "a partial download is fetched again from zero";
            }
            if (!file->writer) {
                result.offset = 0;
                file->restart();
            }
            result.opened = !file->failed.load();
            return result;
        },
        [this, generation](const AttemptStart &result) {
            if (generation != m_generation)
                return; // cancelled meanwhile
            m_onWorker = false;
            if (!result.opened) {
                complete(false, writeError());
                return;
            }
            m_offset = result.offset;
            request();
        });
}

void DocumentDownloader::request()
{
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
    if (m_document.info.hasSignature && !m_signatureReply && !m_signatureAnswered)
        prefetchSignature();
    connect(reply, &net::ApiReply::readyRead, this, [this, reply]() {
        const std::shared_ptr<PartialFile> file = m_file;
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
                // The whole document came instead of the rest: start again
                // (on the worker, before the bytes that follow).
                m_offset = 0;
                m_worker.post([file]() { file->restart(); });
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
        if (file->failed.load()) {
            m_writeFailed = true; // finished() below says so, not "cancelled"
            reply->abort();
            return;
        }
        const QByteArray bytes = reply->takeAvailable();
        m_sinceFlush += bytes.size();
        m_received += bytes.size();
        const bool seal = m_sinceFlush >= kFlushEvery;
        if (seal)
            m_sinceFlush = 0;
        // Encrypted and written on the worker: the disk may make a write
        // wait (the kernel throttles writers of many dirty pages), and the
        // thread of the caller — the GUI's — must not.
        m_worker.post([file, bytes, seal]() {
            if (file->failed.load() || !file->writer)
                return;
            if (!file->writer->write(bytes) || (seal && !file->writer->sealPartial()))
                file->failed.store(true);
        });
        emit bytesReceived(bytes.size());
    });
    connect(reply, &net::ApiReply::finished, this, [this, reply]() {
        reply->deleteLater();
        attemptEnded(reply);
    });
}

void DocumentDownloader::attemptEnded(net::ApiReply *reply)
{
    const int status = reply->status();
    const net::ApiError error = reply->error();
    const QByteArray contentRange = reply->header("Content-Range");
    const bool rangeRefused = std::exchange(m_rangeRefused, false);
    const bool writeFailed = std::exchange(m_writeFailed, false);
    const bool refused =
        status == 416 || rangeRefused || (status == 206 && rangeStart(contentRange) != m_offset);
    const bool whole = !writeFailed && !refused && error.ok();
    if (whole)
        endTransfer(); // nothing more is asked for the content
    // On the worker, after the last bytes: a complete answer is sealed and
    // synced, and its SHA-256 (taken by the writer as each chunk was sealed)
    // checked before it replaces anything; any other keeps what arrived for
    // a resume. It is not read back: just written, it would come from the
    // page cache, not the disk, and every chunk is authenticated whenever
    // the document is opened.
    const quint64 generation = m_generation;
    m_onWorker = true;
    const std::shared_ptr<PartialFile> file = std::exchange(m_file, {});
    const QString content = m_files->contentPath(m_document.fileName);
    const QByteArray expected = m_document.info.sha256;
    m_worker.run(
        this,
        [file, whole, content, expected]() {
            AttemptEnd end;
            if (!file || file->failed.load() || !file->writer) {
                end.writeFailed = true;
                return end;
            }
            const bool written = whole ? file->writer->finish() : file->writer->flushPartial();
            const QByteArray digest = file->writer->sha256();
            file->writer.reset();
            if (!written) {
                end.writeFailed = true;
                return end;
            }
            if (!whole)
                return end;
            end.digest = digest;
            end.matches = !end.digest.isEmpty() && end.digest == expected;
            if (!end.matches) {
                QFile::remove(file->path);
                return end;
            }
            QFile::remove(content);
            end.moved = QFile::rename(file->path, content);
            return end;
        },
        [this, generation, writeFailed, refused, error](const AttemptEnd &end) {
            if (generation != m_generation)
                return; // cancelled meanwhile
            m_onWorker = false;
            if (writeFailed || end.writeFailed) {
                complete(false, writeError());
                return;
            }
            if (error.kind == net::ApiError::Kind::Cancelled && !m_checkedStart && !refused) {
                complete(false, error);
                return;
            }
            if (refused) {
                if (m_restarted) {
                    complete(false,
                             localError(QStringLiteral("the server keeps refusing the range")));
                    return;
                }
                m_restarted = true;
                start(true);
                return;
            }
            if (!error.ok()) {
                complete(false, error);
                return;
            }
            contentChecked(end.matches, end.moved, end.digest);
        });
}

void DocumentDownloader::contentChecked(bool matches, bool moved, const QByteArray &digest)
{
    if (!matches) {
        m_document.state = QStringLiteral("none");
        m_document.etag.clear();
        m_archive->putDocument(m_document);
        qCWarning(lcDownload) << "a downloaded document failed its SHA-256 check";
        complete(false,
                 localError(QStringLiteral("the downloaded document does not match its checksum")));
        return;
    }
    if (!moved) {
        complete(false, localError(QStringLiteral("the document could not be moved into place"),
                                   net::ApiError::Kind::Storage));
        return;
    }
    m_contentDigest = digest;
    m_document.state = QStringLiteral("complete");
    m_archive->putDocument(m_document);
    if (m_document.info.hasSignature)
        useSignature();
    else
        complete(true, {});
}

void DocumentDownloader::fetchSignature(std::function<void()> answered)
{
    net::ApiRequest request;
    request.path = QStringLiteral("/api/v1/documents/%1/signature").arg(m_documentId);
    request.retryable = true;
    net::ApiReply *reply = m_client->send(request);
    m_signatureReply = reply;
    const quint64 generation = m_generation;
    connect(reply, &net::ApiReply::finished, this,
            [this, reply, generation, answered = std::move(answered)]() {
                reply->deleteLater();
                if (generation != m_generation)
                    return; // the download it was for has ended
                m_signatureReply = nullptr;
                m_signatureAnswered = true;
                m_signatureError = reply->error();
                m_signature = m_signatureError.ok() ? reply->body() : QByteArray();
                answered();
            });
}

void DocumentDownloader::prefetchSignature()
{
    fetchSignature([this]() {
        if (std::exchange(m_awaitingSignature, false))
            useSignature();
    });
}

void DocumentDownloader::useSignature()
{
    if (m_signatureReply) {
        m_awaitingSignature = true; // the prefetch's answer comes later
        return;
    }
    if (m_signatureAnswered && m_signatureError.kind == net::ApiError::Kind::Cancelled) {
        complete(false, m_signatureError); // cancel() stopped it
        return;
    }
    if (!m_signatureAnswered || !m_signatureError.ok()) {
        // Not asked for yet (the document was not known to be signed when
        // its content was asked for), or the early answer was not a good
        // one: asked for now, and that answer counts.
        m_signatureAnswered = false;
        fetchSignature([this]() {
            if (!m_signatureError.ok()) {
                complete(false, m_signatureError);
                return;
            }
            checkSignature(std::exchange(m_signature, {}));
        });
        return;
    }
    checkSignature(std::exchange(m_signature, {}));
}

void DocumentDownloader::checkSignature(const QByteArray &signature)
{
    // Checked on the worker, with the digest of the content's own check;
    // stored in the archive with the finding.
    const quint64 generation = m_generation;
    m_onWorker = true;
    // The roots are read once, not for every document (verify() is const).
    const QByteArray roots = m_archive->meta(QStringLiteral("trust_roots")).toLatin1();
    if (!m_verifier || roots != m_verifierRoots) {
        m_verifier = std::make_shared<const SignatureVerifier>(roots);
        m_verifierRoots = roots;
    }
    const std::shared_ptr<const storage::SecureBytes> key = copyKey(m_files->key());
    m_worker.run(
        this,
        [digest = std::exchange(m_contentDigest, {}), verifier = m_verifier, signature, key,
         dataDir = m_files->dataDir(), fileName = m_document.fileName]() -> SignatureCheck {
            // With the digest computed at the content's check (hashed
            // once); a signature of another shape is checked against
            // the stored content, read back.
            if (auto check = verifier->verifyDigest(digest, signature))
                return *check;
            const storage::DocumentStore store(dataDir, *key);
            QString error;
            PlaintextBuffer content;
            if (auto bytes = store.content(fileName, &error))
                content.bytes = std::move(*bytes);
            return verifier->verify(content.bytes, signature);
        },
        [this, generation, document = m_document, signature](const SignatureCheck &check) {
            // Stored even when the download was cancelled meanwhile: the
            // content is in place, and its check is not made again by a sync
            // (unless the document was replaced since). The signature and
            // the finding in one transaction: both are stored, or neither.
            storage::ArchivedDocument checked = document;
            const auto current = m_archive->document(document.info.id);
            if (current && current->fileName == document.fileName)
                checked = *current;
            checked.signatureState = SignatureCheck::key(check.result);
            checked.signer = check.signer;
            checked.signingTime = check.signingTime;
            if (current && current->fileName == document.fileName) {
                const bool inTransaction = m_archive->transaction();
                m_archive->putDocumentSignature(document.fileName, signature);
                m_archive->putDocument(checked);
                if (inTransaction)
                    m_archive->commit();
            }
            if (check.result != SignatureCheck::Result::Valid)
                qCWarning(lcDownload)
                    << "a document signature is" << SignatureCheck::key(check.result);
            if (generation != m_generation)
                return; // cancelled meanwhile
            m_onWorker = false;
            m_document = checked;
            complete(true, {});
        });
}

void DocumentDownloader::cancel()
{
    if (m_signatureReply)
        m_signatureReply->abort();
    if (m_reply)
        m_reply->abort();
    if (m_onWorker) {
        // A result of the worker is dropped (the file stays partial; the next
        // sync takes it up again) — except a signature check's, still stored.
        ++m_generation;
        m_onWorker = false;
        complete(false, localError(QStringLiteral("the download was cancelled"),
                                   net::ApiError::Kind::Cancelled));
    }
}

void DocumentDownloader::endTransfer()
{
    if (std::exchange(m_transferring, false))
        emit transferEnded();
}

void DocumentDownloader::complete(bool ok, const net::ApiError &error)
{
    // A signature asked for early is not wanted once the download has ended
    // otherwise (its answer, at once, finds nobody waiting).
    if (m_signatureReply)
        m_signatureReply->abort();
    m_contentDigest.clear();
    endTransfer();
    auto done = std::exchange(m_done, {});
    if (done)
        done(ok, error);
}

} // namespace cp::sync
