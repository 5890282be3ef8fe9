// Downloads one document's content for offline use: resumes a partial file
// with Range and If-Range (a 206 is accepted only when its Content-Range
// starts where the partial ends; a 200 starts again from zero), writes the
// bytes encrypted as they arrive, checks the SHA-256 before the file is moved
// into place, then verifies the detached signature — asked for alongside the
// content, so that its round trip is not one more wait per document — and
// keeps it in the archive with the finding. Everything that touches the files
// runs on the downloader's own worker, in order: opening a partial (every
// chunk of it authenticated), hashing, encrypting and writing the bytes as
// they arrive (64 KiB chunks, handed to the file 2 MiB at a time), syncing,
// moving it into place, checking the signature — so that neither a large
// document nor a slow disk ever stalls the caller's thread.
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
    // Once per download(), when its content's answer is all in (its check,
    // storage and signature may still follow) or, failing that, when it ends.
    void transferEnded();

private:
    struct PartialFile;

    void start(bool fromZero);
    void request();
    void attemptEnded(net::ApiReply *reply);
    void contentChecked(bool matches, bool moved, const QByteArray &digest);
    // Asks for the signature; answered() runs when it is in (never inside this call).
    void fetchSignature(std::function<void()> answered);
    // The signature is asked for with the content's first attempt; once the
    // content is checked, its answer is used (or waited for), and asked for
    // again only when that first answer was not a good one.
    void prefetchSignature();
    void useSignature();
    void checkSignature(const QByteArray &signature);
    void complete(bool ok, const net::ApiError &error);
    void endTransfer();

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
    QPointer<net::ApiReply> m_signatureReply; // in flight
    bool m_signatureAnswered = false;         // m_signature / m_signatureError hold its answer
    bool m_awaitingSignature = false;         // the content is checked, the signature is not in
    QByteArray m_signature;                   // the detached signature's DER (not secret)
    net::ApiError m_signatureError;
    qint64 m_offset = 0;
    bool m_restarted = false;
    bool m_checkedStart = false;
    bool m_rangeRefused = false; // a 206 at the wrong offset was aborted
    bool m_writeFailed = false;  // the worker could not write the bytes (disk full)
    qint64 m_sinceFlush = 0;
    qint64 m_received = 0; // content bytes in this download() call
    // Counts downloads and cancels: a worker's result for an earlier one is dropped.
    quint64 m_generation = 0;
    bool m_onWorker = false;     // the download waits for its worker
    bool m_transferring = false; // transferEnded() not sent yet for this download()
    QByteArray m_contentDigest;  // SHA-256 of the checked content, for the signature check
    std::shared_ptr<const SignatureVerifier> m_verifier; // of m_verifierRoots
    QByteArray m_verifierRoots;
};

} // namespace cp::sync
