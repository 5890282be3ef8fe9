#include "storage/securebytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <climits>
#include <cstring>
#include <utility>

namespace cp::storage {

SecureBytes::SecureBytes() = default;

SecureBytes::SecureBytes(qsizetype size)
{
    if (size > 0) {
        m_data = std::make_unique<unsigned char[]>(static_cast<size_t>(size));
        m_size = size;
    }
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(qsizetype size)
{
    if (size <= 0 || size > INT_MAX)
        return {};
    SecureBytes bytes(size);
    if (RAND_bytes(bytes.data(), static_cast<int>(size)) != 1)
        return {};
    return bytes;
}

SecureBytes SecureBytes::fromRaw(QByteArray &&bytes)
{
    SecureBytes result(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(result.data(), bytes.constData(), static_cast<size_t>(bytes.size()));
    wipe(bytes);
    return result;
}

void SecureBytes::clear()
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), static_cast<size_t>(m_size));
    m_data.reset();
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data.get(), other.m_data.get(), static_cast<size_t>(m_size)) == 0;
}

QByteArray SecureBytes::toByteArray() const
{
    if (m_size == 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_data.get()), m_size);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace cp::storage
