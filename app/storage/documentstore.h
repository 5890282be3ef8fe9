// The encrypted files of the archive's documents: each document's bytes (and
// its signature) as a chunked AES-256-GCM file under <dataDir>/documents,
// named by a random name that the archive keeps — never by anything the
// server sent. Partial downloads are encrypted the same way and resume.
#pragma once

#include "storage/securebytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cp::storage {

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
    std::optional<QByteArray> signature(const QString &fileName, QString *error) const;
    bool writeSignature(const QString &fileName, const QByteArray &der, QString *error);
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

} // namespace cp::storage
