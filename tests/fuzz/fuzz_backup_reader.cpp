// The backup file reader on hostile input, through
// BackupArchive::importWithKeyForTesting() with the stream key of the seeds
// (fuzzkeys.h): the production importFrom() runs Argon2id with 64 MiB and 3
// passes, far too slow per input; the header's KDF parameters are still
// checked. The first input byte picks what the rest is:
//   WholeBackupFile  a backup file as on disk: the magic, the header, the
//                    chunk stream (a mutated chunk never opens, so this mode
//                    reaches the header and the stream's framing);
//   SealedEntries    a chunk size byte and a plaintext entry stream, which the
//                    target seals into a valid backup first, so that the
//                    entry names, sizes and counts behind the encryption are
//                    fuzzed too.
//
// Properties: no crash; a refused import names its reason and leaves no
// trace (the target folder is not created, no staging folder remains); an
// accepted one returns a 32-byte data key and restores as many files as it
// says.
#include "fuzzkeys.h"
#include "fuzzsupport.h"

#include "storage/backuparchive.h"
#include "storage/chunkedcipher.h"
#include "storage/cipherenvelope.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

using namespace cp;

namespace {

QTemporaryDir &root()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fuzz::broken("no temporary folder");
    return dir;
}

const storage::SecureBytes &streamKey()
{
    static const storage::SecureBytes key = fuzz::backupStreamKey();
    return key;
}

QByteArray bigEndian32(quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    return QByteArray(bytes, 4);
}

// A backup whose stream seals `entries` in chunks of `chunkSize` bytes (at
// most 16 chunks), as BackupArchive::exportTo writes one.
QByteArray sealBackup(const QByteArray &entries, qsizetype chunkSize)
{
    const QByteArray header = fuzz::backupHeader();
    const QByteArray fileId = fuzz::backupFileId();
    const QByteArray fileAad = QByteArrayLiteral("backup v1") + header;
    chunkSize = qMax(chunkSize, (entries.size() + 15) / 16);
    QByteArray stream = QByteArrayLiteral("CPF1") + fileId;
    quint64 index = 0;
    qsizetype pos = 0;
    do {
        const QByteArray chunk = entries.mid(pos, chunkSize);
        pos += chunk.size();
        const bool final = pos >= entries.size();
        const QByteArray envelope = storage::CipherEnvelope::seal(
            streamKey(), chunk, storage::chunkAad(fileAad, fileId, index++, final));
        if (envelope.isEmpty())
            fuzz::broken("sealing a chunk failed");
        stream += bigEndian32(quint32(envelope.size())) + envelope;
    } while (pos < entries.size());
    return QByteArrayLiteral("CPB1") + bigEndian32(quint32(header.size())) + header + stream;
}

int countFiles(const QString &folder)
{
    int count = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QByteArray backup;
    switch (data[0] % 2) {
    case fuzz::WholeBackupFile:
        backup = fuzz::bytes(data + 1, size - 1);
        break;
    case fuzz::SealedEntries:
        if (size < 2)
            return 0;
        backup = sealBackup(fuzz::bytes(data + 2, size - 2), qMax(1, int(data[1])) * 16);
        break;
    }

    const QString backupPath = root().filePath(QStringLiteral("input.cpbackup"));
    const QString target = root().filePath(QStringLiteral("restored"));
    {
        QFile file(backupPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(backup) != backup.size())
            fuzz::broken("the scratch backup could not be written");
    }

    storage::SecureBytes dataKey;
    const storage::BackupResult result =
        storage::BackupArchive::importWithKeyForTesting(backupPath, target, streamKey(), &dataKey);
    if (result.ok) {
        if (dataKey.size() != 32)
            fuzz::broken("an accepted backup gave no 32-byte data key");
        if (countFiles(target) != result.files)
            fuzz::broken("an accepted backup restored another number of files than it says");
        if (!QDir(target).removeRecursively())
            fuzz::broken("the restored folder could not be removed");
    } else {
        if (result.error.isEmpty() || !dataKey.isEmpty())
            fuzz::broken("a refused backup gave no reason, or a data key");
        if (QFileInfo::exists(target))
            fuzz::broken("a refused backup left the target folder behind");
    }
    const QStringList left =
        QDir(root().path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (left != QStringList{QStringLiteral("input.cpbackup")})
        fuzz::broken("an import left files next to the target folder");
    return 0;
}
