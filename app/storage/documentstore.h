// The encrypted files of the archive's documents: each document's bytes as a
// chunked AES-256-GCM file under <dataDir>/documents (and, in archives of
// schema version 1, its signature as another; now the archive keeps those),
// named by a random name that the archive keeps — never by anything the
// server sent. Partial downloads are encrypted the same way and resume.
#pragma once

#include "storage/securebytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cp::storage {

class ArchiveDatabase;

class DocumentStore
{
public:
    DocumentStore(QString dataDir, const SecureBytes &dataKey);

    static QString newFileName(); // random, [a-z0-9]
    QString dataDir() const { return m_dataDir; }
    QString folder() const;
    QString contentPath(const QString &fileName) const;
    QString partialPath(const QString &fileName) const;
    QString signaturePath(const QString &fileName) const;

    // The whole decrypted content; nullopt when missing, incomplete or damaged.
    std::optional<QByteArray> content(const QString &fileName, QString *error) const;
    // A signature kept as a file, as archives of schema version 1 did.
    std::optional<QByteArray> signature(const QString &fileName, QString *error) const;
    // How much of a partial download is already stored (0 when none).
    qint64 partialSize(const QString &fileName) const;
    // Removes the content, partial and signature files of a document.
    void remove(const QString &fileName);
    QByteArray fileAad(const QString &fileName, const char *part) const;
    const SecureBytes &key() const { return m_key; }

private:
    QString m_dataDir;
    const SecureBytes &m_key;
};

// A document content's signature: from the archive, else from the file an
// archive of schema version 1 kept it in; nullopt (with *error) when neither.
std::optional<QByteArray> storedSignature(const ArchiveDatabase &archive,
                                          const DocumentStore &files, const QString &fileName,
                                          QString *error);

} // namespace cp::storage
