// Large files at rest (documents, partial downloads) as a sequence of
// independently sealed chunks of at most 64 KiB plaintext, so a file never
// has to sit in memory whole to be written and a download can resume.
//
//   file   := "CPF1" | file id (16 random bytes) | record*
//   record := u32 big-endian length of the envelope | CipherEnvelope
//   chunk AAD := fileAad | file id | chunk index (u64 big-endian) | final (1 byte)
//
// The index and the final flag in the AAD make a reordered, dropped or
// foreign chunk fail to open, and let a reader tell a complete file from a
// partial one.
#pragma once

#include "storage/securebytes.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <openssl/types.h>

#include <memory>
#include <optional>

namespace cp::storage {

// The AAD of one chunk: the file's AAD, its random id, the chunk index (u64
// big-endian) and whether it is the final chunk, so that chunks cannot be
// dropped, reordered or cut short unnoticed. BackupArchive's stream uses it too.
QByteArray chunkAad(const QByteArray &fileAad, const QByteArray &fileId, quint64 index, bool final);

class ChunkedFileWriter
{
public:
    static constexpr qsizetype ChunkSize = 64 * 1024;

    // The writer keeps its own copy of the key (wiped when it goes).
    ChunkedFileWriter(const SecureBytes &key, QByteArray fileAad);
    // Closes the file. Bytes buffered but not sealed by flushPartial() or
    // finish() are wiped and dropped: the file then ends at its last sealed
    // chunk (sealed ones still held are written first), which is where a
    // resumed download starts again.
    ~ChunkedFileWriter();
    ChunkedFileWriter(const ChunkedFileWriter &) = delete;
    ChunkedFileWriter &operator=(const ChunkedFileWriter &) = delete;

    // A new file (0600; an existing one is replaced) or, with append, the
    // continuation of an existing partial file: its chunks are checked, a torn
    // last record (a crash mid-write) is cut off, and plaintextSize() then
    // tells where to resume. Appending to a complete file is refused. The
    // folder must exist.
    bool open(const QString &path, bool append, QString *error);
    // Buffers; seals every full chunk once more data follows it.
    bool write(const QByteArray &data);
    // Seals what is buffered as a non-final chunk and syncs the file, so that
    // it survives a stop (cancel, quit, crash after this returns).
    bool flushPartial();
    // Seals what is buffered as a non-final chunk and hands the file's bytes
    // to the system without syncing them to the disk: they survive the
    // process being stopped or killed, not a power cut (a resume then finds
    // the file cut short or a damaged last chunk, and starts it again).
    bool sealPartial();
    // Seals the rest as the final chunk, syncs and closes.
    bool finish();
    // After finish(): the SHA-256 of the file's whole plaintext, hashed as
    // each chunk was sealed (and, for a continued partial, as its chunks were
    // authenticated by open()); empty before, or when a write failed.
    QByteArray sha256() const { return m_sha256; }
    // Plaintext bytes in the file so far, buffered ones included.
    qint64 plaintextSize() const { return m_plaintextSize; }
    QString errorString() const { return m_error; }

private:
    bool sealBuffered(bool final);
    bool writeOut(bool all);
    bool sync();
    bool fail(const QString &message);
    bool refuseUnusable();

    SecureBytes m_key;
    QByteArray m_fileAad;
    QByteArray m_fileId;
    QFile m_file;
    SecureBytes m_buffer;
    // Sealed records not handed to the file yet (ciphertext: no wipe), and
    // the file offset where they go. See writeOut().
    QByteArray m_unwritten;
    qint64 m_unwrittenAt = 0;
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> m_digest;
    QByteArray m_sha256;
    qsizetype m_buffered = 0;
    quint64 m_nextIndex = 0;
    qint64 m_plaintextSize = 0;
    bool m_open = false;
    bool m_failed = false;
    QString m_error;
};

class ChunkedFileReader
{
public:
    // The whole plaintext; nullopt (with *error) on a wrong key or file AAD,
    // a reordered, missing, truncated or tampered chunk, or data after the
    // final chunk. A file without its final chunk (a partial download) reads
    // with *complete = false: callers must check it before treating the data
    // as the whole document.
    static std::optional<QByteArray> readAll(const SecureBytes &key, const QByteArray &fileAad,
                                             const QString &path, bool *complete, QString *error);
    // The authenticated plaintext size (every chunk is checked, nothing kept),
    // or -1 when the file does not read.
    static qint64 plaintextSize(const SecureBytes &key, const QByteArray &fileAad,
                                const QString &path, bool *complete);
};

} // namespace cp::storage
