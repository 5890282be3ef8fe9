#include "storage/archiveloader.h"

#include <utility>

namespace cp::storage {

ArchiveLoader::ArchiveLoader(std::function<const ArchiveDatabase *()> archive, QObject *parent)
    : QObject(parent)
    , m_archive(std::move(archive))
{}

ArchiveLoader::~ArchiveLoader() = default;

ArchiveDatabase::ReadAccess ArchiveLoader::access() const
{
    const ArchiveDatabase *archive = m_archive();
    return archive ? archive->readAccess() : ArchiveDatabase::ReadAccess{};
}

bool ArchiveLoader::unlocked() const
{
    const ArchiveDatabase *archive = m_archive();
    return archive && archive->isOpen();
}

void ArchiveLoader::cancel()
{
    ++m_generation;
    m_pending = nullptr;
}

void ArchiveLoader::schedule(std::function<void()> start)
{
    if (m_running) {
        m_pending = std::move(start);
        return;
    }
    m_running = true;
    start();
}

void ArchiveLoader::finishRun()
{
    m_running = false;
    if (std::function<void()> next = std::exchange(m_pending, nullptr)) {
        m_running = true;
        next();
    }
}

} // namespace cp::storage
