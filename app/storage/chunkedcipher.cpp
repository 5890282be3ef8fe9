#include "storage/chunkedcipher.h"

#include "storage/cipherenvelope.h"
#include "storage/cipherenvelope_p.h"
#include "storage/cryptolog_p.h"

#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>
#include <utility>

namespace cp::storage {

namespace {

constexpr char FileMagic[] = {'C', 'P', 'F', '1'};
constexpr qsizetype FileIdSize = 16;
constexpr qsizetype HeaderSize = qsizetype(sizeof(FileMagic)) + FileIdSize;
constexpr qsizetype LengthSize = 4;
constexpr qsizetype MaxRecordSize = ChunkedFileWriter::ChunkSize + CipherEnvelope::Overhead;

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Sealed records go to the file in writes of about this size, each ending at
// a multiple of it in the file: one write instead of two a chunk, and the
// page cache then holds the file in folios as large as 2 MiB. A 20 MB
// document just written decrypts a quarter faster than one written a record
// at a time (a 4-byte length, then 64 KiB at an offset off every page
// boundary: small folios); 1 MiB gave half of that, 4 MiB no more.
constexpr qsizetype WriteBatch = 2 * 1024 * 1024;
constexpr qsizetype BatchCapacity = WriteBatch + LengthSize + MaxRecordSize;

// The writers' batch buffers, kept for the next writer: one made for each
// file would have its pages faulted in (and zeroed by the kernel) again for
// every document of a sync. As many as the sync writes at once (four);
// ciphertext only, nothing to wipe.
constexpr qsizetype KeptBatches = 4;
QMutex g_batchesMutex;
QList<QByteArray> g_batches;

QByteArray takeBatchBuffer()
{
    {
        QMutexLocker locked(&g_batchesMutex);
        if (!g_batches.isEmpty())
            return g_batches.takeLast();
    }
    QByteArray buffer;
    buffer.reserve(BatchCapacity);
    return buffer;
}

void keepBatchBuffer(QByteArray &buffer)
{
    QByteArray kept = std::exchange(buffer, QByteArray());
    if (kept.capacity() < BatchCapacity)
        return;
    kept.resize(0); // the allocation stays
    QMutexLocker locked(&g_batchesMutex);
    if (g_batches.size() < KeptBatches)
        g_batches.append(std::move(kept));
}

struct Scan
{
    bool ok = false;
    QString error;
    QByteArray fileId;
    quint64 chunks = 0;
    qint64 plaintextSize = 0;
    qint64 goodEnd = 0; // offset just after the last authenticated record
    bool complete = false;
    bool tornTail = false; // the file ends inside a record
};

// The bytes of an open file, read in order: from a read-only mapping of the
// whole file when `map` (the chunks are decrypted from the page cache, with
// no copy into a buffer: a third of the time went to that copy), else by
// read() into one buffer reused for every record. take(n) is only asked for
// bytes the caller knows the file has. A mapped file must not shrink while
// it is read (SIGBUS): our files shrink only when the appending writer cuts
// the torn end of a partial download, which it scans by read(); a finished
// file is replaced by a rename, never rewritten in place.
class FileBytes
{
public:
    FileBytes(QFile &file, qint64 size, bool map)
        : m_file(file)
    {
        if (map && size > 0) {
            // Populated at once: one call instead of a fault every few pages.
            void *mapped = ::mmap(nullptr, static_cast<size_t>(size), PROT_READ,
                                  MAP_SHARED | MAP_POPULATE, file.handle(), 0);
            if (mapped != MAP_FAILED) {
                m_map = static_cast<uchar *>(mapped);
                m_mapSize = size;
            }
        }
        if (!m_map)
            m_buffer.resize(MaxRecordSize);
    }
    ~FileBytes()
    {
        if (m_map)
            ::munmap(m_map, static_cast<size_t>(m_mapSize));
    }
    FileBytes(const FileBytes &) = delete;
    FileBytes &operator=(const FileBytes &) = delete;

    // The next n bytes (n <= MaxRecordSize), or nullptr when they cannot be read.
    const unsigned char *take(qint64 n)
    {
        if (m_map) {
            const unsigned char *bytes = m_map + m_position;
            m_position += n;
            return bytes;
        }
        if (m_file.read(m_buffer.data(), n) != n)
            return nullptr;
        return reinterpret_cast<const unsigned char *>(m_buffer.constData());
    }

private:
    QFile &m_file;
    uchar *m_map = nullptr;
    qint64 m_mapSize = 0;
    qint64 m_position = 0;
    QByteArray m_buffer; // ciphertext only: it needs no wipe
};

// Walks the records of an open file, authenticating each chunk in order and
// decrypting it straight into sink.target(n) (n bytes the sink provides),
// then sink.accepted(n). The records are read into one buffer reused for
// every chunk (ciphertext only: it needs no wipe), the chunk AAD is rewritten
// in place, and one cipher context serves the whole file. A torn last record
// is an error unless tolerateTornTail, which only the appending writer asks for.
template<typename Sink>
Scan scanFile(QFile &file, const SecureBytes &key, const QByteArray &fileAad, bool tolerateTornTail,
              Sink &sink, bool map)
{
    Scan scan;
    const qint64 fileSize = file.size();
    FileBytes bytes(file, fileSize, map);
    const unsigned char *header = fileSize >= HeaderSize ? bytes.take(HeaderSize) : nullptr;
    if (!header) {
        scan.error = QStringLiteral("The file is shorter than its header.");
        return scan;
    }
    if (std::memcmp(header, FileMagic, sizeof(FileMagic)) != 0) {
        scan.error = QStringLiteral("The file is not an encrypted chunked file.");
        return scan;
    }
    scan.fileId =
        QByteArray(reinterpret_cast<const char *>(header) + sizeof(FileMagic), FileIdSize);
    qint64 position = HeaderSize;
    scan.goodEnd = position;

    detail::EnvelopeOpener opener(key); // a wrong key opens no chunk
    // fileAad | file id | index (8 bytes) | final (1 byte); the last 9 change.
    QByteArray aad = chunkAad(fileAad, scan.fileId, 0, false);
    const auto setAad = [&aad](quint64 index, bool final) {
        char *tail = aad.data() + aad.size() - 9;
        qToBigEndian(index, tail);
        tail[8] = final ? '\x01' : '\x00';
    };

    while (position < fileSize) {
        if (scan.complete) {
            scan.error = QStringLiteral("The file has data after its final chunk.");
            return scan;
        }
        if (fileSize - position < LengthSize) {
            scan.tornTail = true;
            break;
        }
        const unsigned char *lengthBytes = bytes.take(LengthSize);
        if (!lengthBytes) {
            scan.error = QStringLiteral("The file could not be read.");
            return scan;
        }
        const quint32 length = qFromBigEndian<quint32>(lengthBytes);
        if (length < CipherEnvelope::Overhead || length > MaxRecordSize) {
            scan.error = QStringLiteral("Chunk %1 has an impossible length.").arg(scan.chunks);
            return scan;
        }
        if (fileSize - position - LengthSize < qint64(length)) {
            scan.tornTail = true;
            break;
        }
        const unsigned char *envelope = bytes.take(length);
        if (!envelope) {
            scan.error = QStringLiteral("The file could not be read.");
            return scan;
        }
        position += LengthSize + length;

        // Only the last record can be the final chunk, so try that reading of
        // the flag first there and the other one first everywhere else.
        const qsizetype plainSize = qsizetype(length) - CipherEnvelope::Overhead;
        unsigned char *out = sink.target(plainSize);
        const bool last = position == fileSize;
        bool final = last;
        setAad(scan.chunks, final);
        bool opened = opener.open(envelope, length, aad, out);
        if (!opened) {
            final = !final;
            setAad(scan.chunks, final);
            opened = opener.open(envelope, length, aad, out);
        }
        if (!opened) {
            scan.error = QStringLiteral("Chunk %1 is damaged, out of order or sealed with "
                                        "another key.")
                             .arg(scan.chunks);
            return scan;
        }
        sink.accepted(plainSize);
        scan.plaintextSize += plainSize;
        ++scan.chunks;
        scan.complete = final;
        scan.goodEnd = position;
    }

    if (scan.tornTail && !tolerateTornTail) {
        scan.error = QStringLiteral("The file is truncated inside chunk %1.").arg(scan.chunks);
        return scan;
    }
    scan.ok = true;
    return scan;
}

// Authenticates without keeping anything: every chunk is decrypted into one
// scratch buffer, wiped once when the scan is done.
struct DiscardSink
{
    SecureBytes scratch{ChunkedFileWriter::ChunkSize};
    unsigned char *target(qsizetype) { return scratch.data(); }
    void accepted(qsizetype) {}
};

// Hashes every authenticated chunk's plaintext in the scratch buffer of one
// chunk (wiped when the sink goes): nothing of the file is kept. The appending
// writer takes the context over and hashes on from there.
struct HashSink
{
    SecureBytes scratch{ChunkedFileWriter::ChunkSize};
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    bool ok = context && EVP_DigestInit_ex(context, EVP_sha256(), nullptr) == 1;
    HashSink() = default;
    HashSink(const HashSink &) = delete;
    HashSink &operator=(const HashSink &) = delete;
    ~HashSink() { EVP_MD_CTX_free(context); }
    unsigned char *target(qsizetype) { return scratch.data(); }
    void accepted(qsizetype n)
    {
        ok = ok && EVP_DigestUpdate(context, scratch.data(), size_t(n)) == 1;
    }
};

// Reads the file at `path` whole through `sink`; nullopt when it does not
// open or does not read. *complete as for ChunkedFileReader::readAll().
template<typename Sink>
std::optional<Scan> scanPath(const SecureBytes &key, const QByteArray &fileAad, const QString &path,
                             Sink &sink, bool *complete)
{
    if (complete)
        *complete = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const Scan scan = scanFile(file, key, fileAad, false, sink, true);
    if (!scan.ok)
        return std::nullopt;
    if (complete)
        *complete = scan.complete;
    return scan;
}

// Appends every chunk's plaintext to one buffer allocated once.
struct AppendSink
{
    QByteArray &result;
    qsizetype used = 0;
    unsigned char *target(qsizetype)
    {
        return reinterpret_cast<unsigned char *>(result.data()) + used;
    }
    void accepted(qsizetype n) { used += n; }
};

// A large buffer about to be written whole asks for transparent huge pages:
// a 20 MB document otherwise costs five thousand page faults, each zeroing
// its 4 KiB (a quarter of the decryption's time in bench figure 5b). Only the
// whole 2 MiB pages inside the buffer; harmless where the kernel offers none.
void adviseHugePages(QByteArray &buffer)
{
    constexpr quintptr kHuge = 2 * 1024 * 1024;
    if (buffer.size() < qsizetype(2 * kHuge))
        return;
    const auto start = reinterpret_cast<quintptr>(buffer.data());
    const quintptr first = (start + kHuge - 1) & ~(kHuge - 1);
    const quintptr end = (start + quintptr(buffer.size())) & ~(kHuge - 1);
    if (end > first)
        ::madvise(reinterpret_cast<void *>(first), size_t(end - first), MADV_HUGEPAGE);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QByteArray chunkAad(const QByteArray &fileAad, const QByteArray &fileId, quint64 index, bool final)
{
    QByteArray aad;
    aad.reserve(fileAad.size() + fileId.size() + 8 + 1);
    aad.append(fileAad);
    aad.append(fileId);
    char indexBytes[8];
    qToBigEndian(index, indexBytes);
    aad.append(indexBytes, sizeof(indexBytes));
    aad.append(final ? '\x01' : '\x00');
    return aad;
}

ChunkedFileWriter::ChunkedFileWriter(const SecureBytes &key, QByteArray fileAad)
    : m_key(key.size())
    , m_fileAad(std::move(fileAad))
    , m_buffer(ChunkSize)
    , m_digest(nullptr, EVP_MD_CTX_free)
{
    if (!key.isEmpty())
        std::memcpy(m_key.data(), key.data(), static_cast<size_t>(key.size()));
}

ChunkedFileWriter::~ChunkedFileWriter()
{
    if (m_open) {
        if (!m_failed)
            writeOut(true);
        m_file.close();
    }
    keepBatchBuffer(m_unwritten);
}

bool ChunkedFileWriter::refuseUnusable()
{
    return fail(m_failed ? QStringLiteral("An earlier write failed; reopen the file to continue.")
                         : QStringLiteral("The writer is not open."));
}

bool ChunkedFileWriter::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcCrypto) << "chunked file:" << message;
    return false;
}

bool ChunkedFileWriter::open(const QString &path, bool append, QString *error)
{
    const auto failOpen = [&](const QString &message) {
        if (m_file.isOpen())
            m_file.close();
        setError(error, message);
        return fail(message);
    };
    if (m_open)
        return failOpen(QStringLiteral("The writer is already open."));
    if (m_key.size() != CipherEnvelope::KeySize)
        return failOpen(QStringLiteral("The key is not a 256-bit key."));
    m_failed = false;
    m_buffered = 0;
    m_nextIndex = 0;
    m_plaintextSize = 0;
    m_unwritten.resize(0);
    m_sha256.clear();
    m_digest.reset();
    m_file.setFileName(path);

    // A file shorter than the header holds no chunk yet: start it again.
    const QFileInfo info(path);
    if (append && info.exists() && info.size() >= HeaderSize) {
        QFile existing(path);
        if (!existing.open(QIODevice::ReadOnly))
            return failOpen(QStringLiteral("The partial file could not be opened: %1")
                                .arg(existing.errorString()));
        // Hashed as it is authenticated: the digest of the whole file goes on
        // from there. Read, not mapped: this is the file whose torn end is
        // cut below.
        HashSink sink;
        const Scan scan = scanFile(existing, m_key, m_fileAad, true, sink, false);
        existing.close();
        if (!sink.ok)
            return failOpen(QStringLiteral("The partial file could not be hashed."));
        if (!scan.ok)
            return failOpen(
                QStringLiteral("The partial file cannot be continued: %1").arg(scan.error));
        if (scan.complete)
            return failOpen(QStringLiteral("The file is already complete."));
        if (!m_file.open(QIODevice::ReadWrite) || !m_file.setPermissions(OwnerOnly))
            return failOpen(QStringLiteral("The partial file could not be opened for writing: %1")
                                .arg(m_file.errorString()));
        // A crash while a record was being written leaves a torn tail: cut it
        // so that the next record follows the last good one.
        if (scan.tornTail && !m_file.resize(scan.goodEnd))
            return failOpen(QStringLiteral("The torn end of the partial file could not be cut: %1")
                                .arg(m_file.errorString()));
        if (!m_file.seek(scan.goodEnd))
            return failOpen(QStringLiteral("The partial file could not be positioned."));
        m_fileId = scan.fileId;
        m_nextIndex = scan.chunks;
        m_plaintextSize = scan.plaintextSize;
        m_digest.reset(std::exchange(sink.context, nullptr));
    } else {
        const SecureBytes fileId = SecureBytes::random(FileIdSize);
        if (fileId.isEmpty())
            return failOpen(QStringLiteral("No random file id."));
        m_fileId = fileId.toByteArray();
        // Created 0600 from the start; an existing file keeps its mode on
        // open, so set it again before the first byte is written.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate, OwnerOnly) ||
            !m_file.setPermissions(OwnerOnly))
            return failOpen(
                QStringLiteral("The file could not be created: %1").arg(m_file.errorString()));
        QByteArray header(FileMagic, sizeof(FileMagic));
        header.append(m_fileId);
        if (m_file.write(header) != header.size())
            return failOpen(QStringLiteral("The file header could not be written: %1")
                                .arg(m_file.errorString()));
        m_digest.reset(EVP_MD_CTX_new());
        if (!m_digest || EVP_DigestInit_ex(m_digest.get(), EVP_sha256(), nullptr) != 1)
            return failOpen(QStringLiteral("The file's digest could not be started."));
    }
    m_unwrittenAt = m_file.pos();
    m_open = true;
    return true;
}

bool ChunkedFileWriter::write(const QByteArray &data)
{
    if (!m_open || m_failed)
        return refuseUnusable();
    const char *input = data.constData();
    qsizetype remaining = data.size();
    while (remaining > 0) {
        // A full buffer is sealed only when more data follows it, so that a
        // file whose size is a multiple of the chunk size has no empty final
        // chunk.
        if (m_buffered == ChunkSize && !sealBuffered(false))
            return false;
        const qsizetype take = qMin(remaining, ChunkSize - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, input, static_cast<size_t>(take));
        m_buffered += take;
        input += take;
        remaining -= take;
        m_plaintextSize += take;
    }
    return true;
}

bool ChunkedFileWriter::sealBuffered(bool final)
{
    const QByteArray plaintext =
        QByteArray::fromRawData(reinterpret_cast<const char *>(m_buffer.data()), m_buffered);
    // Hashed while the chunk is in the cache, before it is sealed.
    const bool hashed =
        EVP_DigestUpdate(m_digest.get(), m_buffer.data(), static_cast<size_t>(m_buffered)) == 1;
    const QByteArray envelope =
        hashed ? CipherEnvelope::seal(m_key, plaintext,
                                      chunkAad(m_fileAad, m_fileId, m_nextIndex, final))
               : QByteArray();
    OPENSSL_cleanse(m_buffer.data(), static_cast<size_t>(m_buffered));
    m_buffered = 0;
    if (envelope.isEmpty()) {
        m_failed = true;
        return fail(QStringLiteral("A chunk could not be sealed."));
    }
    char lengthBytes[LengthSize];
    qToBigEndian(static_cast<quint32>(envelope.size()), lengthBytes);
    if (m_unwritten.isEmpty() && m_unwritten.capacity() < BatchCapacity)
        m_unwritten = takeBatchBuffer();
    m_unwritten.append(lengthBytes, LengthSize);
    m_unwritten.append(envelope);
    ++m_nextIndex;
    return m_unwritten.size() < WriteBatch || writeOut(false);
}

// Hands the sealed records held to the file: all of them, or (not all) those
// up to the last multiple of WriteBatch in the file, the rest kept for the
// next write.
bool ChunkedFileWriter::writeOut(bool all)
{
    const qint64 end = m_unwrittenAt + m_unwritten.size();
    const qsizetype count =
        all ? m_unwritten.size() : qsizetype(end / WriteBatch * WriteBatch - m_unwrittenAt);
    if (count <= 0)
        return true;
    if (m_file.write(m_unwritten.constData(), count) != count) {
        m_failed = true;
        return fail(QStringLiteral("A chunk could not be written: %1").arg(m_file.errorString()));
    }
    m_unwritten.remove(0, count);
    m_unwrittenAt += count;
    return true;
}

bool ChunkedFileWriter::sync()
{
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0) {
        m_failed = true;
        return fail(QStringLiteral("The file could not be synced to disk."));
    }
    return true;
}

bool ChunkedFileWriter::flushPartial()
{
    return sealPartial() && sync();
}

bool ChunkedFileWriter::sealPartial()
{
    if (!m_open || m_failed)
        return refuseUnusable();
    if (m_buffered > 0 && !sealBuffered(false))
        return false;
    if (!writeOut(true))
        return false;
    if (!m_file.flush()) {
        m_failed = true;
        return fail(QStringLiteral("A chunk could not be written: %1").arg(m_file.errorString()));
    }
    return true;
}

bool ChunkedFileWriter::finish()
{
    if (!m_open || m_failed)
        return refuseUnusable();
    if (!sealBuffered(true) || !writeOut(true) || !sync())
        return false;
    m_file.close();
    m_open = false;
    keepBatchBuffer(m_unwritten);
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_digest.get(), reinterpret_cast<unsigned char *>(digest.data()),
                           &size) != 1) {
        m_failed = true;
        return fail(QStringLiteral("The file's digest could not be finished."));
    }
    digest.truncate(int(size));
    m_sha256 = digest;
    return true;
}

std::optional<QByteArray> ChunkedFileReader::readAll(const SecureBytes &key,
                                                     const QByteArray &fileAad, const QString &path,
                                                     bool *complete, QString *error)
{
    if (complete)
        *complete = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("The file could not be opened: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // The plaintext is never larger than the file: one allocation, so growing
    // leaves no stray copies of plaintext in freed memory. Chunks are
    // decrypted straight into it.
    const qint64 fileSize = file.size();
    QByteArray result(qsizetype(std::max<qint64>(fileSize, 0)), Qt::Uninitialized);
    adviseHugePages(result);
    AppendSink sink{result};
    const Scan scan = scanFile(file, key, fileAad, false, sink, true);
    if (!scan.ok) {
        // What was decrypted before the damaged chunk is plaintext too.
        if (!result.isEmpty())
            OPENSSL_cleanse(result.data(), static_cast<size_t>(result.size()));
        result.clear();
        setError(error, scan.error);
        return std::nullopt;
    }
    result.resize(sink.used);
    if (complete)
        *complete = scan.complete;
    return result;
}

qint64 ChunkedFileReader::plaintextSize(const SecureBytes &key, const QByteArray &fileAad,
                                        const QString &path, bool *complete)
{
    DiscardSink sink;
    const std::optional<Scan> scan = scanPath(key, fileAad, path, sink, complete);
    return scan ? scan->plaintextSize : -1;
}

} // namespace cp::storage
