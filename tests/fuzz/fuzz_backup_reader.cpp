// The backup file reader on an arbitrary file: BackupArchive's header, its KDF
// parameters, the chunk stream and the entries, through
// importWithKeyForTesting() with the stream key of the seeds (fuzzkeys.h) —
// the production importFrom() runs Argon2id with 64 MiB and 3 passes, which
// is far too slow per input; the header's KDF parameters are still checked.
//
// Properties: no crash; a refused import names its reason and leaves no
// trace (the target folder is not created, no staging folder remains); an
// accepted one returns a 32-byte data key.
#include "fuzzkeys.h"
#include "fuzzsupport.h"

#include "storage/backuparchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cp;

namespace {

QTemporaryDir &root()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fuzz::broken("no temporary folder");
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const storage::SecureBytes streamKey = fuzz::backupStreamKey();
    const QString backupPath = root().filePath(QStringLiteral("input.cpbackup"));
    const QString target = root().filePath(QStringLiteral("restored"));
    {
        QFile file(backupPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fuzz::broken("the scratch backup could not be written");
    }

    storage::SecureBytes dataKey;
    const storage::BackupResult result =
        storage::BackupArchive::importWithKeyForTesting(backupPath, target, streamKey, &dataKey);
    if (result.ok) {
        if (dataKey.size() != 32)
            fuzz::broken("an accepted backup gave no 32-byte data key");
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
