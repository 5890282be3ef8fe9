// The fixed keys, AADs and plaintexts of the cryptographic fuzz targets and of
// the generator of their seeds (fuzz_seedgen). AES-GCM cannot be forged, so a
// fuzzer only ever opens what the generator sealed: whatever opens must be
// one of these plaintexts (or, for chunked files, a prefix of the stream).
#pragma once

#include "storage/securebytes.h"

#include <QByteArray>
#include <QList>

namespace cp::fuzz {

// 32 bytes 0x00, 0x01, …, 0x1f: the envelope and chunked-file key.
inline storage::SecureBytes envelopeKey()
{
    storage::SecureBytes key(32);
    for (int i = 0; i < 32; ++i)
        key.data()[i] = static_cast<unsigned char>(i);
    return key;
}

// 32 bytes 0x42: the stream key of the backup target (what Argon2id would
// have derived from the passphrase).
inline storage::SecureBytes backupStreamKey()
{
    storage::SecureBytes key(32);
    for (int i = 0; i < 32; ++i)
        key.data()[i] = 0x42;
    return key;
}

inline QByteArray envelopeAad()
{
    return QByteArrayLiteral("records\x1f"
                             "fuzz-id\x1f"
                             "1");
}

inline QList<QByteArray> envelopePlaintexts()
{
    return {QByteArray(), QByteArrayLiteral("{\"passport\":\"4510 123456\"}")};
}

inline QByteArray chunkedFileAad()
{
    return QByteArrayLiteral("fuzz-file\x1f"
                             "content");
}

// The chunks the generator writes, in order; a file holds a prefix of them.
inline QList<QByteArray> chunkedPieces()
{
    return {QByteArrayLiteral("%PDF-1.7 first piece"), QByteArrayLiteral(" second piece"),
            QByteArrayLiteral(" third and final piece")};
}

// Selectors: the first byte of an input of fuzz_backup_reader.
enum BackupMode : unsigned char
{
    WholeBackupFile = 0, // the rest is a backup file as it is on disk
    SealedEntries = 1,   // a byte of chunk size, then the plaintext entry stream
};

// The stream key, header and file id with which fuzz_backup_reader seals the
// entry streams of SealedEntries inputs (the header's KDF parameters are the
// production defaults with a fixed salt; they are checked, never run).
inline QByteArray backupHeader()
{
    return QByteArrayLiteral(
        "{\"created\":\"2026-11-25T19:00:00Z\",\"kdf\":{\"algorithm\":\"argon2id\","
        "\"lanes\":1,\"memoryKiB\":65536,\"passes\":3,"
        "\"salt\":\"ZnV6ei1zYWx0LWZpeGVkIQ==\",\"version\":19},\"version\":1}");
}

inline QByteArray backupFileId()
{
    return QByteArrayLiteral("fuzz-file-id-16b");
}

// Selectors: the first byte of an input of fuzz_cipher_envelope.
enum CipherMode : unsigned char
{
    OpenEnvelope = 0,
    ReadChunkedFile = 1,
    AppendToChunkedFile = 2,
};

} // namespace cp::fuzz
