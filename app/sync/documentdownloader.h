// Downloads one document's content for offline use: resumes a partial file
// with Range and If-Range (a 206 is accepted only when its Content-Range
// starts where the partial ends; a 200 starts again from zero), writes the
// bytes encrypted as they arrive, checks the SHA-256 before the file is moved
// into place, then fetches and verifies the detached signature.
#pragma once

#include "net/apierror.h"
#include "storage/archivedatabase.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace cp::net {
class ApiClient;
class ApiReply;
} // namespace cp::net

namespace cp::storage {
class DocumentStore;
class ChunkedFileWriter;
} // namespace cp::storage

namespace cp::sync {

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
    void cancel();

signals:
    void bytesReceived(qint64 bytes);

private:
    void start(bool fromZero);
    void finishContent();
    void fetchSignature();
    void complete(bool ok, const net::ApiError &error);

    net::ApiClient *m_client;
    storage::ArchiveDatabase *m_archive;
    storage::DocumentStore *m_files;
    QString m_documentId;
    storage::ArchivedDocument m_document;
    std::function<void(bool, const net::ApiError &)> m_done;
    std::unique_ptr<storage::ChunkedFileWriter> m_writer;
    QPointer<net::ApiReply> m_reply;
    qint64 m_offset = 0;
    bool m_restarted = false;
    bool m_checkedStart = false;
    bool m_rangeRefused = false; // a 206 at the wrong offset was aborted
    bool m_writeFailed = false;  // the file could not take the bytes (disk full)
    qint64 m_sinceFlush = 0;
};

} // namespace cp::sync
