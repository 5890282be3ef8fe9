// Downloads one document's content for offline use: resumes a partial file
// with Range and If-Range (a 206 is accepted only when its Content-Range
// starts where the partial ends; a 200 starts again from zero), writes the
// bytes encrypted as they arrive, checks the SHA-256 before the file is moved
// into place, then fetches and verifies the detached signature. Everything
// that touches the files runs on the downloader's own worker, in order:
// opening a partial (every chunk of it authenticated), encrypting and writing
// the bytes as they arrive (64 KiB chunks), syncing, reading the whole file
// back (decryption, SHA-256), moving it into place, storing the signature and
// checking it — so that neither a large document nor a slow disk ever stalls
// the caller's thread.
#pragma once

#include "net/apierror.h"
#include "storage/archivedatabase.h"
#include "support/serialworker.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace cp::net {
class ApiClient;
class ApiReply;
} // namespace cp::net

namespace cp::storage {
class DocumentStore;
} // namespace cp::storage

namespace cp::sync {

class SignatureVerifier;

// Plaintext held between threads: wiped when the last holder lets it go.
struct PlaintextBuffer
{
    QByteArray bytes;
    PlaintextBuffer() = default;
    PlaintextBuffer(const PlaintextBuffer &) = delete;
    PlaintextBuffer &operator=(const PlaintextBuffer &) = delete;
    ~PlaintextBuffer();
};

class DocumentDownloader : public QObject
{
    Q_OBJECT

public:
    DocumentDownloader(net::ApiClient *client, storage::ArchiveDatabase *archive,
                       storage::DocumentStore *files, QObject *parent = nullptr);
    ~DocumentDownloader() override;

    // Downloads `documentId`; `done` runs once with the outcome.
    void download(const QString &documentId,
                  std::function<void(bool ok, const net::ApiError &error)> done);
    // Aborts the request in flight; a check on the worker thread is
    // abandoned (its result is dropped). `done` runs with Cancelled.
    void cancel();
    // Whether bytes of the content arrived in the last attempt (a connection
    // lost in the middle, rather than a server that does not answer).
    bool receivedInLastAttempt() const { return m_received > 0; }

signals:
    void bytesReceived(qint64 bytes);

private:
    struct PartialFile;

    void start(bool fromZero);
    void request();
    void attemptEnded(net::ApiReply *reply);
    void contentChecked(bool matches, bool moved, const QByteArray &digest);
    void fetchSignature();
    void complete(bool ok, const net::ApiError &error);

    net::ApiClient *m_client;
    storage::ArchiveDatabase *m_archive;
    storage::DocumentStore *m_files;
    QString m_documentId;
    storage::ArchivedDocument m_document;
    std::function<void(bool, const net::ApiError &)> m_done;
    support::SerialWorker m_worker;               // every file operation, in order
    std::shared_ptr<PartialFile> m_file;          // of the attempt in flight
    std::shared_ptr<std::atomic<bool>> m_stopped; // the downloader is gone
    QPointer<net::ApiReply> m_reply;
    qint64 m_offset = 0;
    bool m_restarted = false;
    bool m_checkedStart = false;
    bool m_rangeRefused = false; // a 206 at the wrong offset was aborted
    bool m_writeFailed = false;  // the worker could not write the bytes (disk full)
    qint64 m_sinceFlush = 0;
    qint64 m_received = 0; // content bytes in this download() call
    // Counts downloads and cancels: a worker's result for an earlier one is dropped.
    quint64 m_generation = 0;
    bool m_onWorker = false;    // the download waits for its worker
    QByteArray m_contentDigest; // SHA-256 of the checked content, for the signature check
    std::shared_ptr<const SignatureVerifier> m_verifier; // of m_verifierRoots
    QByteArray m_verifierRoots;
};

} // namespace cp::sync
