#include "storage/cipherenvelope.h"

#include "storage/cipherenvelope_p.h"
#include "storage/cryptolog_p.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <cstring>
#include <memory>

namespace cp::storage {

namespace {

constexpr char Magic[] = {'C', 'P', 'E', '1'};
static_assert(sizeof(Magic) == CipherEnvelope::MagicSize);

// EVP takes int lengths; stay well below INT_MAX so that sizes plus the
// envelope overhead never overflow.
constexpr qsizetype MaxLength = INT_MAX - 1024;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

QByteArray detail::sealWithNonce(const SecureBytes &key, const QByteArray &nonce,
                                 const QByteArray &plaintext, const QByteArray &aad)
{
    if (key.size() != CipherEnvelope::KeySize || nonce.size() != CipherEnvelope::NonceSize ||
        plaintext.size() > MaxLength || aad.size() > MaxLength) {
        qCWarning(lcCrypto) << "seal refused: bad key, nonce or input size";
        return {};
    }
    const CipherContext context = newContext();
    if (!context)
        return {};

    QByteArray envelope(CipherEnvelope::Overhead + plaintext.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(envelope.data());
    std::memcpy(out, Magic, sizeof(Magic));
    std::memcpy(out + CipherEnvelope::MagicSize, nonce.constData(), CipherEnvelope::NonceSize);
    unsigned char *ciphertext = out + CipherEnvelope::MagicSize + CipherEnvelope::NonceSize;

    int length = 0;
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN,
                            static_cast<int>(CipherEnvelope::NonceSize), nullptr) != 1 ||
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key.data(), bytes(nonce)) != 1) {
        qCWarning(lcCrypto) << "seal failed: cipher initialisation";
        return {};
    }
    if (!aad.isEmpty() && EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(aad),
                                            static_cast<int>(aad.size())) != 1) {
        qCWarning(lcCrypto) << "seal failed: associated data";
        return {};
    }
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(context.get(), ciphertext, &length, bytes(plaintext),
                              static_cast<int>(plaintext.size())) != 1) {
            qCWarning(lcCrypto) << "seal failed: encryption";
            return {};
        }
        written = length;
    }
    if (EVP_EncryptFinal_ex(context.get(), ciphertext + written, &length) != 1) {
        qCWarning(lcCrypto) << "seal failed: final block";
        return {};
    }
    written += length;
    if (written != plaintext.size() ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG,
                            static_cast<int>(CipherEnvelope::TagSize), ciphertext + written) != 1) {
        qCWarning(lcCrypto) << "seal failed: tag";
        return {};
    }
    return envelope;
}

QByteArray CipherEnvelope::seal(const SecureBytes &key, const QByteArray &plaintext,
                                const QByteArray &aad)
{
    QByteArray nonce(NonceSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), static_cast<int>(NonceSize)) !=
        1) {
        qCWarning(lcCrypto) << "seal failed: no random nonce";
        return {};
    }
    return detail::sealWithNonce(key, nonce, plaintext, aad);
}

std::optional<QByteArray> CipherEnvelope::open(const SecureBytes &key, const QByteArray &envelope,
                                               const QByteArray &aad)
{
    if (key.size() != KeySize || envelope.size() < Overhead || envelope.size() > MaxLength ||
        aad.size() > MaxLength || std::memcmp(envelope.constData(), Magic, sizeof(Magic)) != 0) {
        return std::nullopt;
    }
    const unsigned char *in = bytes(envelope);
    const unsigned char *nonce = in + MagicSize;
    const unsigned char *ciphertext = nonce + NonceSize;
    const qsizetype ciphertextSize = envelope.size() - Overhead;
    // EVP wants a writable tag buffer.
    unsigned char tag[TagSize];
    std::memcpy(tag, ciphertext + ciphertextSize, TagSize);

    const CipherContext context = newContext();
    if (!context)
        return std::nullopt;
    int length = 0;
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(NonceSize),
                            nullptr) != 1 ||
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key.data(), nonce) != 1) {
        return std::nullopt;
    }
    if (!aad.isEmpty() && EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(aad),
                                            static_cast<int>(aad.size())) != 1) {
        return std::nullopt;
    }
    QByteArray plaintext(ciphertextSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
    int written = 0;
    bool ok = true;
    if (ciphertextSize > 0) {
        ok = EVP_DecryptUpdate(context.get(), out, &length, ciphertext,
                               static_cast<int>(ciphertextSize)) == 1;
        written = length;
    }
    ok = ok &&
         EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(TagSize), tag) ==
             1 &&
         EVP_DecryptFinal_ex(context.get(), out + written, &length) > 0;
    if (!ok || written + length != ciphertextSize) {
        // Plaintext that failed authentication must not survive in memory.
        wipe(plaintext);
        return std::nullopt;
    }
    return plaintext;
}

detail::EnvelopeOpener::EnvelopeOpener(const SecureBytes &key)
    : m_context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free)
{
    m_valid =
        m_context && key.size() == CipherEnvelope::KeySize &&
        EVP_DecryptInit_ex(m_context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(m_context.get(), EVP_CTRL_GCM_SET_IVLEN,
                            static_cast<int>(CipherEnvelope::NonceSize), nullptr) == 1 &&
        EVP_DecryptInit_ex(m_context.get(), nullptr, nullptr, key.data(), nullptr) == 1;
}

bool detail::EnvelopeOpener::open(const unsigned char *envelope, qsizetype size,
                                  const QByteArray &aad, unsigned char *out)
{
    using E = CipherEnvelope;
    if (!m_valid || size < E::Overhead || size > MaxLength || aad.size() > MaxLength ||
        std::memcmp(envelope, Magic, sizeof(Magic)) != 0) {
        return false;
    }
    const unsigned char *nonce = envelope + E::MagicSize;
    const unsigned char *ciphertext = nonce + E::NonceSize;
    const qsizetype ciphertextSize = size - E::Overhead;
    unsigned char tag[E::TagSize]; // EVP wants a writable tag buffer
    std::memcpy(tag, ciphertext + ciphertextSize, E::TagSize);
    EVP_CIPHER_CTX *context = m_context.get();
    int length = 0;
    // The key stays; a new nonce starts a new message.
    if (EVP_DecryptInit_ex(context, nullptr, nullptr, nullptr, nonce) != 1)
        return false;
    if (!aad.isEmpty() && EVP_DecryptUpdate(context, nullptr, &length, bytes(aad),
                                            static_cast<int>(aad.size())) != 1) {
        return false;
    }
    int written = 0;
    bool ok = true;
    if (ciphertextSize > 0) {
        ok = EVP_DecryptUpdate(context, out, &length, ciphertext,
                               static_cast<int>(ciphertextSize)) == 1;
        written = length;
    }
    ok = ok &&
         EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, static_cast<int>(E::TagSize), tag) ==
             1 &&
         EVP_DecryptFinal_ex(context, out + written, &length) > 0;
    if (!ok || written + length != ciphertextSize) {
        // Plaintext that failed authentication must not survive in memory.
        if (ciphertextSize > 0)
            OPENSSL_cleanse(out, static_cast<size_t>(ciphertextSize));
        return false;
    }
    return true;
}

QByteArray CipherEnvelope::aad(QStringView table, QStringView id, qint64 version)
{
    QByteArray result = table.toUtf8();
    result.append('\x1f');
    result.append(id.toUtf8());
    result.append('\x1f');
    result.append(QByteArray::number(version));
    return result;
}

} // namespace cp::storage
