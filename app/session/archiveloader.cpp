#include "session/archiveloader.h"

#include "session/profilesession.h"

#include <utility>

namespace cp::session {

ArchiveLoader::ArchiveLoader(const ProfileSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

ArchiveLoader::~ArchiveLoader() = default;

storage::ArchiveDatabase::ReadAccess ArchiveLoader::access() const
{
    const storage::ArchiveDatabase *archive = m_session->archive();
    return archive ? archive->readAccess() : storage::ArchiveDatabase::ReadAccess{};
}

bool ArchiveLoader::unlocked() const
{
    return m_session->isUnlocked();
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

} // namespace cp::session
