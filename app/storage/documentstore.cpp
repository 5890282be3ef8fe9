#include "storage/documentstore.h"

#include "storage/archivedatabase.h"
#include "storage/chunkedcipher.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace cp::storage {

DocumentStore::DocumentStore(QString dataDir, const SecureBytes &dataKey)
    : m_dataDir(std::move(dataDir))
    , m_key(dataKey)
{}

QString DocumentStore::newFileName()
{
    // Names only need to be unique, not secret: the content is sealed.
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString name;
    for (int i = 0; i < 24; ++i)
        name.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]));
    return name;
}

QString DocumentStore::folder() const
{
    return m_dataDir + QStringLiteral("/documents");
}

QString DocumentStore::contentPath(const QString &fileName) const
{
    return folder() + u'/' + fileName + QStringLiteral(".cpf");
}

QString DocumentStore::partialPath(const QString &fileName) const
{
    return folder() + u'/' + fileName + QStringLiteral(".part");
}

QString DocumentStore::signaturePath(const QString &fileName) const
{
    return folder() + u'/' + fileName + QStringLiteral(".sig");
}

QByteArray DocumentStore::fileAad(const QString &fileName, const char *part) const
{
    return QByteArrayLiteral("document\x1f") + fileName.toLatin1() + '\x1f' + part;
}

std::optional<QByteArray> DocumentStore::content(const QString &fileName, QString *error) const
{
    bool complete = false;
    auto bytes = ChunkedFileReader::readAll(m_key, fileAad(fileName, "content"),
                                            contentPath(fileName), &complete, error);
    if (bytes && !complete) {
        *error = QStringLiteral("the stored document is incomplete");
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> DocumentStore::signature(const QString &fileName, QString *error) const
{
    bool complete = false;
    auto bytes = ChunkedFileReader::readAll(m_key, fileAad(fileName, "signature"),
                                            signaturePath(fileName), &complete, error);
    if (bytes && !complete) {
        *error = QStringLiteral("the stored signature is incomplete");
        return std::nullopt;
    }
    return bytes;
}

qint64 DocumentStore::partialSize(const QString &fileName) const
{
    if (!QFile::exists(partialPath(fileName)))
        return 0;
    bool complete = false;
    const qint64 size = ChunkedFileReader::plaintextSize(m_key, fileAad(fileName, "content"),
                                                         partialPath(fileName), &complete);
    return size < 0 ? 0 : size;
}

void DocumentStore::remove(const QString &fileName)
{
    QFile::remove(contentPath(fileName));
    QFile::remove(partialPath(fileName));
    QFile::remove(signaturePath(fileName));
}

std::optional<QByteArray> storedSignature(const ArchiveDatabase &archive,
                                          const DocumentStore &files, const QString &fileName,
                                          QString *error)
{
    if (auto der = archive.documentSignature(fileName))
        return der;
    return files.signature(fileName, error);
}

} // namespace cp::storage
