#include "storage/backuparchive.h"

#include "storage/chunkedcipher.h"
#include "storage/cipherenvelope.h"
#include "storage/cryptolog_p.h"
#include "storage/passphrasekdf.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>

#include <openssl/crypto.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <optional>
#include <unistd.h>
#include <utility>

namespace cp::storage {

namespace {

constexpr char BackupMagic[] = {'C', 'P', 'B', '1'};
constexpr qsizetype BackupMagicSize = qsizetype(sizeof(BackupMagic));
constexpr qsizetype HeaderLengthSize = 4;
constexpr int FormatVersion = 1;

// The stream is the format of ChunkedFileWriter (chunkedcipher.h), written
// here after the backup's header: that writer owns its file from offset 0,
// and its reader keeps a whole file in memory, which a backup of a large
// archive must not.
constexpr char StreamMagic[] = {'C', 'P', 'F', '1'};
constexpr qsizetype StreamMagicSize = qsizetype(sizeof(StreamMagic));
constexpr qsizetype FileIdSize = 16;
constexpr qsizetype RecordLengthSize = 4;
constexpr qsizetype ChunkSize = ChunkedFileWriter::ChunkSize;
constexpr qsizetype MaxRecordSize = ChunkSize + CipherEnvelope::Overhead;

constexpr qsizetype DataKeySize = 32;
constexpr qsizetype ReadBlockSize = 64 * 1024;
constexpr qsizetype MaxDocumentStemSize = 128;

const QByteArray AadLabel = QByteArrayLiteral("backup v1");
const QString DataKeyName = QStringLiteral("data-key");
const QString ArchiveName = QStringLiteral("archive.sqlite");
const QString SettingsName = QStringLiteral("settings.json");
const QString DocumentsFolder = QStringLiteral("documents");
const QString KeyFileName = QStringLiteral("keys.json");

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

BackupResult failed(const QString &error)
{
    qCWarning(lcCrypto) << "backup:" << error;
    BackupResult result;
    result.error = error;
    return result;
}

bool isStemCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

// The one gate for entry names, on export and on import. The general rules
// come first although the allowed set alone would refuse every bad name: a
// later widening of that set must not open a path out of the data folder.
// Allowed names are ASCII, so they are valid UTF-8 by construction.
bool isAllowedName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > BackupArchive::MaxNameSize)
        return false;
    if (name.startsWith('/') || name.contains('\\') || name.contains('\0'))
        return false;
    for (const QByteArray &segment : name.split('/')) {
        if (segment.isEmpty() || segment == "." || segment == "..")
            return false;
    }
    if (name == DataKeyName.toLatin1() || name == ArchiveName.toLatin1() ||
        name == SettingsName.toLatin1()) {
        return true;
    }
    const QByteArray prefix = DocumentsFolder.toLatin1() + '/';
    if (!name.startsWith(prefix) || !(name.endsWith(".cpf") || name.endsWith(".sig")))
        return false;
    const QByteArray stem = name.mid(prefix.size()).chopped(4);
    return !stem.isEmpty() && stem.size() <= MaxDocumentStemSize &&
           std::all_of(stem.begin(), stem.end(), isStemCharacter);
}

bool syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// rename(2): atomic within one file system, and it replaces an existing file
// (QFile::rename refuses to).
bool renameReplacing(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

bool makeOwnerOnlyFolder(const QString &path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, OwnerOnlyFolder);
}

// Seals a plaintext stream into the chunked format, chunk by chunk, at the
// current position of an open file.
class StreamSealer
{
public:
    StreamSealer(QFileDevice &file, const SecureBytes &key, QByteArray fileAad)
        : m_file(file)
        , m_key(key)
        , m_fileAad(std::move(fileAad))
        , m_buffer(ChunkSize)
    {}

    bool start()
    {
        const SecureBytes fileId = SecureBytes::random(FileIdSize);
        if (fileId.isEmpty())
            return fail(QStringLiteral("The random generator failed."));
        m_fileId = fileId.toByteArray();
        return put(QByteArray(StreamMagic, StreamMagicSize) + m_fileId);
    }

    bool write(const unsigned char *data, qsizetype size)
    {
        while (size > 0) {
            // A full chunk is sealed only once more data follows, so that the
            // final chunk is never an empty one after a full one.
            if (m_buffered == ChunkSize && !seal(false))
                return false;
            const qsizetype take = qMin(size, ChunkSize - m_buffered);
            std::memcpy(m_buffer.data() + m_buffered, data, static_cast<size_t>(take));
            m_buffered += take;
            data += take;
            size -= take;
        }
        return true;
    }

    bool write(const QByteArray &bytes)
    {
        return write(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
    }

    bool finish() { return seal(true); }

    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool put(const QByteArray &bytes)
    {
        if (m_file.write(bytes) != bytes.size())
            return fail(QStringLiteral("The backup file could not be written: %1")
                            .arg(m_file.errorString()));
        return true;
    }

    bool seal(bool final)
    {
        const QByteArray plaintext =
            QByteArray::fromRawData(reinterpret_cast<const char *>(m_buffer.data()), m_buffered);
        const QByteArray envelope =
            CipherEnvelope::seal(m_key, plaintext, chunkAad(m_fileAad, m_fileId, m_index, final));
        OPENSSL_cleanse(m_buffer.data(), static_cast<size_t>(m_buffered));
        m_buffered = 0;
        if (envelope.isEmpty())
            return fail(QStringLiteral("A chunk of the backup could not be sealed."));
        char length[RecordLengthSize];
        qToBigEndian(static_cast<quint32>(envelope.size()), length);
        if (!put(QByteArray(length, RecordLengthSize)) || !put(envelope))
            return false;
        ++m_index;
        return true;
    }

    QFileDevice &m_file;
    const SecureBytes &m_key;
    QByteArray m_fileAad;
    QByteArray m_fileId;
    SecureBytes m_buffer;
    qsizetype m_buffered = 0;
    quint64 m_index = 0;
    QString m_error;
};

// Opens the chunks of the stream one after the other, each authenticated in
// its place (index and final flag are in its AAD).
class StreamOpener
{
public:
    enum class Status
    {
        Chunk,
        End,
        Error
    };

    StreamOpener(QFile &file, const SecureBytes &key, QByteArray fileAad)
        : m_file(file)
        , m_key(key)
        , m_fileAad(std::move(fileAad))
    {}

    bool start()
    {
        const QByteArray head = m_file.read(StreamMagicSize + FileIdSize);
        if (head.size() != StreamMagicSize + FileIdSize)
            return fail(QStringLiteral("The backup is truncated: it ends before its first chunk."));
        if (std::memcmp(head.constData(), StreamMagic, StreamMagicSize) != 0)
            return fail(QStringLiteral("The backup is damaged: its encrypted part does not start "
                                       "as it should."));
        m_fileId = head.mid(StreamMagicSize);
        return true;
    }

    // On Chunk, *plaintext holds the next chunk: the caller wipes it.
    Status next(QByteArray *plaintext)
    {
        const qint64 size = m_file.size();
        const qint64 position = m_file.pos();
        if (m_complete) {
            if (position != size)
                return error(QStringLiteral("The backup is damaged: it has data after its final "
                                            "chunk."));
            return Status::End;
        }
        if (position == size)
            return error(QStringLiteral("The backup is incomplete: its final chunk is missing."));
        if (size - position < RecordLengthSize)
            return error(QStringLiteral("The backup is truncated inside chunk %1.").arg(m_index));
        const QByteArray lengthBytes = m_file.read(RecordLengthSize);
        if (lengthBytes.size() != RecordLengthSize)
            return error(
                QStringLiteral("The backup could not be read: %1").arg(m_file.errorString()));
        const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
        if (length < CipherEnvelope::Overhead || length > MaxRecordSize)
            return error(QStringLiteral("The backup is damaged: chunk %1 has an impossible length.")
                             .arg(m_index));
        if (size - position - RecordLengthSize < qint64(length))
            return error(QStringLiteral("The backup is truncated inside chunk %1.").arg(m_index));
        const QByteArray envelope = m_file.read(length);
        if (envelope.size() != qsizetype(length))
            return error(
                QStringLiteral("The backup could not be read: %1").arg(m_file.errorString()));

        // Only the last record can be the final chunk: try that reading of the
        // flag first there and the other one first everywhere else.
        const bool last = m_file.pos() == size;
        bool final = last;
        std::optional<QByteArray> opened =
            CipherEnvelope::open(m_key, envelope, chunkAad(m_fileAad, m_fileId, m_index, final));
        if (!opened) {
            final = !final;
            opened = CipherEnvelope::open(m_key, envelope,
                                          chunkAad(m_fileAad, m_fileId, m_index, final));
        }
        if (!opened) {
            // GCM cannot tell a wrong key from an altered first chunk or header.
            return error(m_index == 0 ? BackupArchive::wrongPassphraseMessage()
                                      : QStringLiteral("The backup is damaged: chunk %1 does not "
                                                       "open.")
                                            .arg(m_index));
        }
        ++m_index;
        m_complete = final;
        *plaintext = std::move(*opened);
        return Status::Chunk;
    }

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    Status error(const QString &message)
    {
        m_error = message;
        return Status::Error;
    }

    QFile &m_file;
    const SecureBytes &m_key;
    QByteArray m_fileAad;
    QByteArray m_fileId;
    quint64 m_index = 0;
    bool m_complete = false;
    QString m_error;
};

// Turns the decrypted stream back into entries: the data key into memory,
// every other entry into a file of the staging folder. Every name, size and
// count is checked before a byte of the entry is written.
class EntryUnpacker
{
public:
    explicit EntryUnpacker(QString stagingDir)
        : m_stagingDir(std::move(stagingDir))
    {}

    bool consume(const QByteArray &plaintext)
    {
        const char *data = plaintext.constData();
        qsizetype size = plaintext.size();
        while (size > 0) {
            if (m_stage == Stage::Data) {
                const qsizetype take = qsizetype(qMin<quint64>(m_remaining, quint64(size)));
                if (!writeData(data, take))
                    return false;
                data += take;
                size -= take;
                m_remaining -= quint64(take);
                if (m_remaining == 0 && !endEntry())
                    return false;
                continue;
            }
            const qsizetype take = qMin(size, m_need - m_field.size());
            m_field.append(data, take);
            data += take;
            size -= take;
            if (m_field.size() == m_need && !fieldComplete())
                return false;
        }
        return true;
    }

    // The stream has ended: it must end between two entries, with the data
    // key and the archive among them.
    bool finish()
    {
        if (m_stage != Stage::NameLength || !m_field.isEmpty())
            return fail(QStringLiteral("The backup is damaged: its last entry is cut short."));
        if (m_dataKey.size() != DataKeySize)
            return fail(QStringLiteral("The backup holds no data key."));
        if (!m_seen.contains(ArchiveName))
            return fail(QStringLiteral("The backup holds no archive."));
        return true;
    }

    QString errorString() const { return m_error; }
    const QStringList &files() const { return m_files; }
    qint64 bytes() const { return m_bytes; }
    SecureBytes takeDataKey() { return std::move(m_dataKey); }

private:
    enum class Stage
    {
        NameLength,
        Name,
        Size,
        Data
    };

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool fieldComplete()
    {
        const QByteArray field = std::exchange(m_field, QByteArray());
        switch (m_stage) {
        case Stage::NameLength: {
            const quint16 length = qFromBigEndian<quint16>(field.constData());
            if (length == 0 || length > BackupArchive::MaxNameSize)
                return fail(QStringLiteral("The backup holds an entry name of an impossible "
                                           "length."));
            if (++m_entries > BackupArchive::MaxEntries)
                return fail(QStringLiteral("The backup holds more than %1 entries.")
                                .arg(BackupArchive::MaxEntries));
            m_stage = Stage::Name;
            m_need = length;
            return true;
        }
        case Stage::Name:
            // The name is not quoted: it is whatever the file says.
            if (!isAllowedName(field))
                return fail(QStringLiteral("The backup holds an entry with a forbidden name."));
            m_name = QString::fromLatin1(field);
            if (m_seen.contains(m_name))
                return fail(QStringLiteral("The backup holds an entry twice."));
            m_seen.insert(m_name);
            m_stage = Stage::Size;
            m_need = 8;
            return true;
        case Stage::Size:
            m_remaining = qFromBigEndian<quint64>(field.constData());
            if (m_remaining > quint64(BackupArchive::MaxEntrySize))
                return fail(QStringLiteral("The backup holds an entry larger than 1 GiB."));
            if (m_name == DataKeyName && m_remaining != quint64(DataKeySize))
                return fail(QStringLiteral("The data key in the backup has the wrong size."));
            if (!beginEntry())
                return false;
            m_stage = Stage::Data;
            return m_remaining > 0 || endEntry();
        case Stage::Data:
            break;
        }
        return fail(QStringLiteral("The backup could not be unpacked."));
    }

    bool beginEntry()
    {
        if (m_name == DataKeyName) {
            m_dataKey = SecureBytes(DataKeySize);
            m_keyFill = 0;
            return true;
        }
        const QString path = m_stagingDir + u'/' + m_name;
        if (m_name.startsWith(DocumentsFolder + u'/') &&
            !makeOwnerOnlyFolder(m_stagingDir + u'/' + DocumentsFolder))
            return fail(QStringLiteral("The staging folder could not be prepared."));
        m_out = std::make_unique<QSaveFile>(path);
        if (!m_out->open(QIODevice::WriteOnly) || !m_out->setPermissions(OwnerOnly))
            return fail(QStringLiteral("A restored file could not be written: %1")
                            .arg(m_out->errorString()));
        return true;
    }

    bool writeData(const char *data, qsizetype size)
    {
        if (!m_out) {
            std::memcpy(m_dataKey.data() + m_keyFill, data, static_cast<size_t>(size));
            m_keyFill += size;
            return true;
        }
        if (m_out->write(data, size) != size)
            return fail(QStringLiteral("A restored file could not be written: %1")
                            .arg(m_out->errorString()));
        m_bytes += size;
        return true;
    }

    bool endEntry()
    {
        if (m_out) {
            // QSaveFile syncs the file before it renames it into place.
            if (!m_out->commit())
                return fail(QStringLiteral("A restored file could not be written: %1")
                                .arg(m_out->errorString()));
            m_out.reset();
            m_files.append(m_name);
        }
        m_stage = Stage::NameLength;
        m_need = 2;
        return true;
    }

    QString m_stagingDir;
    Stage m_stage = Stage::NameLength;
    qsizetype m_need = 2;
    QByteArray m_field;
    QString m_name;
    quint64 m_remaining = 0;
    int m_entries = 0;
    std::unique_ptr<QSaveFile> m_out;
    SecureBytes m_dataKey;
    qsizetype m_keyFill = 0;
    QSet<QString> m_seen;
    QStringList m_files;
    qint64 m_bytes = 0;
    QString m_error;
};

QByteArray entryHead(const QString &name, quint64 size)
{
    const QByteArray utf8 = name.toUtf8();
    char length[2];
    qToBigEndian(static_cast<quint16>(utf8.size()), length);
    char sizeBytes[8];
    qToBigEndian(size, sizeBytes);
    return QByteArray(length, 2) + utf8 + QByteArray(sizeBytes, 8);
}

struct SourceFile
{
    QString name; // the entry name
    QString path;
};

// Copies one file into the stream as an entry. The size is taken from the
// open file: the app replaces document files by renaming, so an open file
// does not change under us; a file that does is refused rather than cut.
bool addFile(StreamSealer &sealer, const SourceFile &source, qint64 *bytes, QString *error)
{
    QFile file(source.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("A file of the archive could not be read: %1").arg(file.errorString());
        return false;
    }
    const qint64 size = file.size();
    if (size > BackupArchive::MaxEntrySize) {
        *error = QStringLiteral("A file of the archive is larger than a backup entry can be "
                                "(1 GiB).");
        return false;
    }
    if (!sealer.write(entryHead(source.name, quint64(size)))) {
        *error = sealer.error();
        return false;
    }
    qint64 done = 0;
    while (done < size) {
        const QByteArray block = file.read(qMin<qint64>(ReadBlockSize, size - done));
        if (block.isEmpty()) {
            *error = QStringLiteral("A file of the archive changed or could not be read while "
                                    "it was being backed up.");
            return false;
        }
        if (!sealer.write(block)) {
            *error = sealer.error();
            return false;
        }
        done += block.size();
    }
    if (!file.atEnd()) {
        *error = QStringLiteral("A file of the archive changed while it was being backed up.");
        return false;
    }
    *bytes += size;
    return true;
}

bool samePath(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

QString BackupArchive::wrongPassphraseMessage()
{
    return QStringLiteral("The passphrase is wrong, or the backup is damaged.");
}

BackupResult BackupArchive::exportTo(const QString &backupPath, const QString &dataDir,
                                     const QString &consistentArchiveCopy,
                                     const SecureBytes &dataKey, const QByteArray &passphrase)
{
    if (dataKey.size() != DataKeySize)
        return failed(QStringLiteral("The archive is locked: there is no data key to back up."));
    if (passphrase.isEmpty())
        return failed(QStringLiteral("The passphrase of the backup is empty."));
    if (!QFileInfo(consistentArchiveCopy).isFile())
        return failed(QStringLiteral("The copy of the archive to back up does not exist."));
    const QFileInfo target(backupPath);
    if (target.fileName().isEmpty() || !target.absoluteDir().exists())
        return failed(QStringLiteral("The folder of the backup file does not exist."));
    // The backup must not overwrite what it is a backup of.
    const QString documentsDir = dataDir + u'/' + DocumentsFolder;
    if (samePath(target.absolutePath(), dataDir) || samePath(target.absolutePath(), documentsDir) ||
        samePath(backupPath, consistentArchiveCopy))
        return failed(QStringLiteral("The backup file cannot be written into the data folder."));

    // What goes in: the archive copy, the settings and the complete document
    // files with their signatures, in a stable order.
    QList<SourceFile> sources{{ArchiveName, consistentArchiveCopy}};
    const QString settingsPath = dataDir + u'/' + SettingsName;
    if (QFileInfo(settingsPath).isFile())
        sources.append({SettingsName, settingsPath});
    int skipped = 0;
    const QFileInfoList documents =
        QDir(documentsDir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &document : documents) {
        const QString name = DocumentsFolder + u'/' + document.fileName();
        if (name.endsWith(QLatin1String(".part")))
            continue; // a partial download: it restarts after a restore
        if (!isAllowedName(name.toUtf8())) {
            ++skipped; // a temporary file of a write in progress, or a stranger
            continue;
        }
        sources.append({name, document.filePath()});
    }
    if (skipped > 0)
        qCWarning(lcCrypto) << "backup: left out" << skipped << "unexpected files of documents/";
    if (sources.size() + 1 > MaxEntries)
        return failed(QStringLiteral("The archive has more files than a backup can hold."));

    const KdfParams kdf = KdfParams::withRandomSalt();
    if (kdf.salt.isEmpty())
        return failed(QStringLiteral("The random generator failed."));
    const QByteArray header =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("version"), FormatVersion},
                {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                {QStringLiteral("kdf"), kdf.toJson()},
            })
            .toJson(QJsonDocument::Compact);
    if (header.size() > MaxHeaderSize)
        return failed(QStringLiteral("The header of the backup is too large."));
    const SecureBytes key = derivePassphraseKey(passphrase, kdf);
    if (key.isEmpty())
        return failed(QStringLiteral("The key derivation (Argon2id) failed."));

    // Written beside its final name and renamed over it only when complete,
    // so an interrupted export never leaves something that looks like a
    // backup. NewOnly (O_EXCL) never follows a planted symlink.
    const QString partialPath = backupPath + QStringLiteral(".partial");
    QFile::remove(partialPath);
    QFile out(partialPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) ||
        !out.setPermissions(OwnerOnly))
        return failed(
            QStringLiteral("The backup file could not be created: %1").arg(out.errorString()));
    const auto abandon = [&out, &partialPath](const QString &error) {
        out.close();
        QFile::remove(partialPath);
        return failed(error);
    };

    char headerLength[HeaderLengthSize];
    qToBigEndian(static_cast<quint32>(header.size()), headerLength);
    const QByteArray prefix = QByteArray(BackupMagic, BackupMagicSize) +
                              QByteArray(headerLength, HeaderLengthSize) + header;
    if (out.write(prefix) != prefix.size())
        return abandon(
            QStringLiteral("The backup file could not be written: %1").arg(out.errorString()));

    StreamSealer sealer(out, key, AadLabel + header);
    if (!sealer.start())
        return abandon(sealer.error());
    if (!sealer.write(entryHead(DataKeyName, quint64(dataKey.size()))) ||
        !sealer.write(dataKey.data(), dataKey.size()))
        return abandon(sealer.error());
    qint64 bytes = 0;
    for (const SourceFile &source : std::as_const(sources)) {
        QString error;
        if (!addFile(sealer, source, &bytes, &error))
            return abandon(error);
    }
    if (!sealer.finish())
        return abandon(sealer.error());
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return abandon(QStringLiteral("The backup file could not be synced to disk."));
    out.close();
    if (!renameReplacing(partialPath, backupPath)) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partialPath);
        return failed(QStringLiteral("The backup file could not be put in place: %1").arg(reason));
    }
    syncFolder(target.absolutePath());

    BackupResult result;
    result.ok = true;
    result.bytes = QFileInfo(backupPath).size();
    result.files = int(sources.size());
    qCDebug(lcCrypto) << "backup written:" << result.files << "files," << bytes << "bytes";
    return result;
}

namespace {

// importFrom() after its arguments are checked; deriveKey turns the header's
// KDF parameters into the stream key.
BackupResult importWith(const QString &backupPath, const QString &targetDataDir,
                        const std::function<SecureBytes(const KdfParams &)> &deriveKey,
                        SecureBytes *dataKey)
{
    const QString target = QDir::cleanPath(QFileInfo(targetDataDir).absoluteFilePath());
    const auto holdsArchive = [&target]() {
        for (const QString &name :
             QStringList{KeyFileName, ArchiveName, ArchiveName + QStringLiteral("-wal"),
                         ArchiveName + QStringLiteral("-shm")}) {
            if (QFileInfo::exists(target + u'/' + name))
                return true;
        }
        return !QDir(target + u'/' + DocumentsFolder)
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot)
                    .isEmpty();
    };
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && !targetInfo.isDir())
        return failed(QStringLiteral("The data folder to restore into is not a folder."));
    if (holdsArchive())
        return failed(QStringLiteral("The data folder already holds an archive: restore into an "
                                     "empty folder, or wipe the archive first."));

    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        return failed(
            QStringLiteral("The backup file could not be opened: %1").arg(in.errorString()));
    const QByteArray lead = in.read(BackupMagicSize + HeaderLengthSize);
    if (lead.size() != BackupMagicSize + HeaderLengthSize ||
        std::memcmp(lead.constData(), BackupMagic, BackupMagicSize) != 0)
        return failed(QStringLiteral("The file is not a Citizen Profile backup."));
    const quint32 headerSize = qFromBigEndian<quint32>(lead.constData() + BackupMagicSize);
    if (headerSize == 0 || headerSize > quint32(BackupArchive::MaxHeaderSize))
        return failed(
            QStringLiteral("The backup is damaged: its header has an impossible length."));
    const QByteArray header = in.read(headerSize);
    if (header.size() != qsizetype(headerSize))
        return failed(QStringLiteral("The backup is truncated inside its header."));
    QJsonParseError parseError;
    const QJsonDocument headerJson = QJsonDocument::fromJson(header, &parseError);
    if (parseError.error != QJsonParseError::NoError || !headerJson.isObject())
        return failed(QStringLiteral("The backup is damaged: its header does not read."));
    if (headerJson.object().value(QLatin1String("version")).toInteger(-1) != FormatVersion)
        return failed(QStringLiteral("The backup was written in an unknown format version."));
    const std::optional<KdfParams> kdf =
        KdfParams::fromJson(headerJson.object().value(QLatin1String("kdf")).toObject());
    if (!kdf)
        return failed(QStringLiteral("The backup's key derivation parameters are missing, "
                                     "invalid or too weak."));

    const SecureBytes key = deriveKey(*kdf);
    if (key.isEmpty())
        return failed(QStringLiteral("The key derivation (Argon2id) failed."));
    StreamOpener opener(in, key, AadLabel + header);
    if (!opener.start())
        return failed(opener.errorString());
    // The first chunk opens before anything is written anywhere: a wrong
    // passphrase leaves no trace at all.
    QByteArray chunk;
    if (opener.next(&chunk) != StreamOpener::Status::Chunk)
        return failed(opener.errorString());

    // Staging next to the target, on the same file system, so the final moves
    // are renames. QTemporaryDir makes it 0700 and removes it with whatever
    // is left in it, on success and on every failure.
    const QString parent = QFileInfo(target).absolutePath();
    if (!QFileInfo::exists(parent) && !makeOwnerOnlyFolder(parent)) {
        wipe(chunk);
        return failed(QStringLiteral("The folder of the data folder could not be created."));
    }
    QTemporaryDir staging(parent + QStringLiteral("/.") + QFileInfo(target).fileName() +
                          QStringLiteral(".restore-XXXXXX"));
    if (!staging.isValid()) {
        wipe(chunk);
        return failed(QStringLiteral("The staging folder could not be created: %1")
                          .arg(staging.errorString()));
    }
    EntryUnpacker unpacker(staging.path());
    for (;;) {
        const bool consumed = unpacker.consume(chunk);
        wipe(chunk);
        if (!consumed)
            return failed(unpacker.errorString());
        const StreamOpener::Status status = opener.next(&chunk);
        if (status == StreamOpener::Status::End)
            break;
        if (status == StreamOpener::Status::Error)
            return failed(opener.errorString());
    }
    if (!unpacker.finish())
        return failed(unpacker.errorString());
    in.close();

    // Everything checked: now the moves. The archive goes last, so a data
    // folder never shows an archive whose documents are still missing.
    QStringList order = unpacker.files();
    std::stable_partition(order.begin(), order.end(),
                          [](const QString &name) { return name != ArchiveName; });
    const bool targetExisted = targetInfo.exists();
    if (!makeOwnerOnlyFolder(target))
        return failed(QStringLiteral("The data folder could not be created."));
    const bool documentsExisted = QFileInfo::exists(target + u'/' + DocumentsFolder);
    QStringList moved;
    bool keptSettings = false;
    const QString previousSettings = staging.path() + QStringLiteral("/previous-settings");
    const auto rollBack = [&](const QString &error) {
        for (const QString &name : std::as_const(moved))
            renameReplacing(target + u'/' + name, staging.path() + u'/' + name);
        if (keptSettings)
            renameReplacing(previousSettings, target + u'/' + SettingsName);
        if (!documentsExisted)
            QDir(target).rmdir(DocumentsFolder);
        if (!targetExisted)
            QDir().rmdir(target);
        return failed(error);
    };
    // Checked again: another import may have finished meanwhile.
    if (holdsArchive())
        return rollBack(QStringLiteral("The data folder already holds an archive: restore into an "
                                       "empty folder, or wipe the archive first."));
    if (std::any_of(order.begin(), order.end(),
                    [](const QString &name) { return name.startsWith(DocumentsFolder + u'/'); }) &&
        !makeOwnerOnlyFolder(target + u'/' + DocumentsFolder))
        return rollBack(QStringLiteral("The documents folder could not be created."));
    if (order.contains(SettingsName) && QFileInfo::exists(target + u'/' + SettingsName)) {
        if (!renameReplacing(target + u'/' + SettingsName, previousSettings))
            return rollBack(QStringLiteral("The settings of the data folder could not be "
                                           "replaced."));
        keptSettings = true;
    }
    for (const QString &name : std::as_const(order)) {
        if (!renameReplacing(staging.path() + u'/' + name, target + u'/' + name))
            return rollBack(QStringLiteral("A restored file could not be moved into the data "
                                           "folder: %1")
                                .arg(QString::fromLocal8Bit(std::strerror(errno))));
        moved.append(name);
    }
    syncFolder(target + u'/' + DocumentsFolder);
    syncFolder(target);

    *dataKey = unpacker.takeDataKey();
    BackupResult result;
    result.ok = true;
    result.bytes = unpacker.bytes();
    result.files = int(order.size());
    qCDebug(lcCrypto) << "backup restored:" << result.files << "files," << result.bytes << "bytes";
    return result;
}

} // namespace

BackupResult BackupArchive::importFrom(const QString &backupPath, const QString &targetDataDir,
                                       const QByteArray &passphrase, SecureBytes *dataKey)
{
    if (!dataKey)
        return failed(QStringLiteral("No place for the data key was given."));
    dataKey->clear();
    if (passphrase.isEmpty())
        return failed(QStringLiteral("The passphrase of the backup is empty."));
    return importWith(
        backupPath, targetDataDir,
        [&passphrase](const KdfParams &kdf) { return derivePassphraseKey(passphrase, kdf); },
        dataKey);
}

BackupResult BackupArchive::importWithKeyForTesting(const QString &backupPath,
                                                    const QString &targetDataDir,
                                                    const SecureBytes &streamKey,
                                                    SecureBytes *dataKey)
{
    if (!dataKey)
        return failed(QStringLiteral("No place for the data key was given."));
    dataKey->clear();
    return importWith(
        backupPath, targetDataDir,
        [&streamKey](const KdfParams &) {
            SecureBytes copy(streamKey.size());
            if (!streamKey.isEmpty())
                std::memcpy(copy.data(), streamKey.data(), size_t(streamKey.size()));
            return copy;
        },
        dataKey);
}

} // namespace cp::storage
