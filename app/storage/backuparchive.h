// The encrypted backup of a whole data folder: one file, protected by a
// passphrase, that restores the archive exactly on another machine. The data
// key travels inside it, so the backup opens without the keychain or the
// passphrase of the machine it came from.
//
//   file    := "CPB1" | u32 BE header length | header | stream
//   header  := JSON {"version":1, "created":ISO-8601 UTC, "kdf":{…KdfParams…}}
//              (at most 4 KiB; the only part readable without the passphrase)
//   stream  := the ChunkedFileWriter format ("CPF1" | file id | records),
//              key = Argon2id(passphrase, header kdf),
//              fileAad = "backup v1" | header, so the header cannot be altered
//   plaintext of the stream := entry*
//   entry   := u16 BE name length | name | u64 BE size | bytes
//
// Entry names: "data-key" (the raw 32-byte data key), "archive.sqlite" (a
// consistent copy, see ArchiveDatabase::copyConsistent), "settings.json" and
// "documents/<name>.cpf|.sig" — nothing else. Partial downloads (.part) are
// not backed up: after a restore those documents download again. keys.json is
// not backed up either: the restored data key is wrapped anew with
// KeyVault::adoptWith…().
//
// Both functions block (Argon2id takes about a second and 64 MiB, the files
// are read and written whole): call them on a worker thread. They touch no
// QObject and may run on any thread.
#pragma once

#include "storage/securebytes.h"

#include <QByteArray>
#include <QString>

namespace cp::storage {

struct BackupResult
{
    bool ok = false;
    QString error;    // an English sentence; never a secret or a personal value
    qint64 bytes = 0; // export: size of the backup file; import: bytes of the files restored
    int files = 0;    // files in the backup (the data key not counted)
};

class BackupArchive
{
public:
    // Limits, checked on export and on import.
    static constexpr qsizetype MaxHeaderSize = 4096;
    static constexpr qsizetype MaxNameSize = 255;
    static constexpr qint64 MaxEntrySize = qint64(1) << 30; // 1 GiB
    static constexpr int MaxEntries = 200000;

    // Writes the backup of dataDir to <backupPath>.partial (0600) and renames
    // it over backupPath only when it is complete and synced. The archive is
    // read from consistentArchiveCopy (made by ArchiveDatabase::copyConsistent;
    // the caller removes it afterwards), never from the live archive.sqlite.
    static BackupResult exportTo(const QString &backupPath, const QString &dataDir,
                                 const QString &consistentArchiveCopy, const SecureBytes &dataKey,
                                 const QByteArray &passphrase);

    // Reads and checks the whole backup into a fresh 0700 staging folder next
    // to targetDataDir (every chunk opens, the final chunk is there, every
    // name is allowed, the sizes add up); only then moves the files into
    // targetDataDir, which must not hold an archive or key file yet (it is
    // created 0700 when missing; a settings.json in it is replaced). Returns
    // the data key through *dataKey; the caller hands it to
    // KeyVault::adoptWith…() to write keys.json. A wrong passphrase or any
    // damage: ok = false, and targetDataDir is left as it was.
    static BackupResult importFrom(const QString &backupPath, const QString &targetDataDir,
                                   const QByteArray &passphrase, SecureBytes *dataKey);

    // For the fuzz tests only: importFrom() with the stream key given instead
    // of derived from a passphrase, so that the header, the chunk stream and
    // the entries can be exercised without an Argon2id run per input. The
    // header's KDF parameters are still read and checked; importFrom() and
    // its KDF are unchanged. Not for production code: a caller that has a
    // stream key has the backup's contents anyway.
    static BackupResult importWithKeyForTesting(const QString &backupPath,
                                                const QString &targetDataDir,
                                                const SecureBytes &streamKey, SecureBytes *dataKey);

    // The message of an import whose passphrase does not open the backup (a
    // backup altered in its header or first chunk gives the same one: the
    // two cannot be told apart).
    static QString wrongPassphraseMessage();
};

} // namespace cp::storage
