// A byte buffer for key material: it wipes itself with OPENSSL_cleanse when
// destroyed, cleared or moved from, and cannot be copied by accident, so a key
// lives in exactly one place that we control.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>

namespace cp::storage {

class SecureBytes
{
public:
    SecureBytes();
    // size zero-filled bytes (empty when size <= 0).
    explicit SecureBytes(qsizetype size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // size bytes from OpenSSL's CSPRNG (RAND_bytes); empty on failure.
    static SecureBytes random(qsizetype size);
    // Takes the bytes and wipes the source. A source that shares its data
    // with another QByteArray is detached first: that other copy stays the
    // caller's to wipe.
    static SecureBytes fromRaw(QByteArray &&bytes);

    const unsigned char *data() const { return m_data.get(); }
    unsigned char *data() { return m_data.get(); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear();

    // Constant time for equal sizes (CRYPTO_memcmp).
    bool operator==(const SecureBytes &other) const;

    // A plain copy, for sealing into an envelope only: the caller wipes it.
    QByteArray toByteArray() const;

private:
    std::unique_ptr<unsigned char[]> m_data;
    qsizetype m_size = 0;
};

// Wipes a QByteArray that held a secret and empties it.
void wipe(QByteArray &bytes);

} // namespace cp::storage
