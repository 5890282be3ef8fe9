// The archive's ciphertext at rest with a fixed key: CipherEnvelope::open on
// a value, and the chunked-file format (ChunkedFileReader, and the appending
// ChunkedFileWriter that resumes a partial download) on a file. The first
// input byte picks the mode (fuzzkeys.h), the rest is the envelope or file.
//
// Properties: no crash, and nothing opens unless it is what the seed
// generator sealed — an opened value is one of its plaintexts, an opened file
// a prefix of its stream of pieces; after an append the file reads back as
// the authenticated part followed by what was appended.
#include "fuzzkeys.h"
#include "fuzzsupport.h"

#include "storage/chunkedcipher.h"
#include "storage/cipherenvelope.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cp;

namespace {

const storage::SecureBytes &key()
{
    static const storage::SecureBytes k = fuzz::envelopeKey();
    return k;
}

QString scratchFile()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fuzz::broken("no temporary folder");
    return dir.filePath(QStringLiteral("input.cpf"));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.flush();
}

bool isStreamPrefix(const QByteArray &plaintext)
{
    QByteArray stream;
    for (const QByteArray &piece : fuzz::chunkedPieces())
        stream += piece;
    return stream.startsWith(plaintext);
}

void openEnvelope(const QByteArray &envelope)
{
    const std::optional<QByteArray> opened =
        storage::CipherEnvelope::open(key(), envelope, fuzz::envelopeAad());
    if (opened && !fuzz::envelopePlaintexts().contains(*opened))
        fuzz::broken("an envelope opened to a plaintext that was never sealed");
    if (opened && envelope.size() != opened->size() + storage::CipherEnvelope::Overhead)
        fuzz::broken("an envelope opened with a size that does not add up");
}

void readChunked(const QByteArray &file)
{
    const QString path = scratchFile();
    if (!writeFile(path, file))
        fuzz::broken("the scratch file could not be written");
    bool complete = false;
    QString error;
    const std::optional<QByteArray> plain =
        storage::ChunkedFileReader::readAll(key(), fuzz::chunkedFileAad(), path, &complete, &error);
    bool sizeComplete = false;
    const qint64 size = storage::ChunkedFileReader::plaintextSize(key(), fuzz::chunkedFileAad(),
                                                                  path, &sizeComplete);
    if (!plain) {
        if (error.isEmpty() || size != -1)
            fuzz::broken("readAll and plaintextSize disagree on a bad file");
        return;
    }
    if (!isStreamPrefix(*plain))
        fuzz::broken("a chunked file opened to a plaintext that was never sealed");
    if (size != plain->size() || sizeComplete != complete)
        fuzz::broken("readAll and plaintextSize disagree");
}

void appendChunked(const QByteArray &file)
{
    const QString path = scratchFile();
    if (!writeFile(path, file))
        fuzz::broken("the scratch file could not be written");
    QString error;
    qint64 resumeAt = 0;
    {
        storage::ChunkedFileWriter writer(key(), fuzz::chunkedFileAad());
        if (!writer.open(path, true, &error)) {
            if (error.isEmpty())
                fuzz::broken("an append was refused without a reason");
            return;
        }
        resumeAt = writer.plaintextSize();
        if (!writer.write(QByteArrayLiteral("+appended")) || !writer.finish())
            fuzz::broken("an append to an accepted partial file failed");
    }
    bool complete = false;
    const std::optional<QByteArray> plain =
        storage::ChunkedFileReader::readAll(key(), fuzz::chunkedFileAad(), path, &complete, &error);
    if (!plain || !complete || plain->size() != resumeAt + 9 ||
        !plain->endsWith(QByteArrayLiteral("+appended")) || !isStreamPrefix(plain->chopped(9)))
        fuzz::broken("an appended file does not read back as its parts");
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
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case fuzz::OpenEnvelope:
        openEnvelope(rest);
        break;
    case fuzz::ReadChunkedFile:
        readChunked(rest);
        break;
    case fuzz::AppendToChunkedFile:
        appendChunked(rest);
        break;
    }
    return 0;
}
