// Reads of the archive that may be large (thousands of sealed rows to
// decrypt and parse) run on the thread pool, on a read-only connection of
// their own, so that the thread of the session — the GUI's — never waits for
// them. One loader serves one kind of read of one view: a newer load makes
// the result of an older one be dropped (a load asked while one runs starts
// when it ends: the archive is read once, not twice side by side), and
// cancel() — at a lock — drops whatever is under way. Results are delivered
// on the loader's thread, only while the loader lives.
#pragma once

#include "storage/archivedatabase.h"
#include "support/poolwork.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cp::storage {

class ArchiveLoader : public QObject
{
    Q_OBJECT

public:
    // `archive` tells which archive to read now (the session's changes at
    // each unlock); null or closed: locked, nothing is read.
    explicit ArchiveLoader(std::function<const ArchiveDatabase *()> archive,
                           QObject *parent = nullptr);
    ~ArchiveLoader() override;

    // `read` runs on a worker with the archive open for reading (inside one
    // read transaction: one consistent state); `deliver` gets its result
    // here. Nothing is delivered when the archive is locked or closed, or a
    // newer load or cancel() came meanwhile.
    template<typename Result>
    void load(std::function<Result(const ArchiveDatabase &)> read,
              std::function<void(Result)> deliver);
    void cancel();
    bool isLoading() const { return m_running || m_pending; }

signals:
    // A load's result was delivered.
    void loaded();
    // The archive could not be read on the worker (English, for the log).
    void failed(const QString &error);

private:
    // Runs `start` now, or after the load under way ends.
    void schedule(std::function<void()> start);
    void finishRun();
    ArchiveDatabase::ReadAccess access() const;
    bool unlocked() const;

    std::function<const ArchiveDatabase *()> m_archive;
    quint64 m_generation = 0;
    bool m_running = false;
    std::function<void()> m_pending;
};

template<typename Result>
void ArchiveLoader::load(std::function<Result(const ArchiveDatabase &)> read,
                         std::function<void(Result)> deliver)
{
    const quint64 generation = ++m_generation;
    schedule([this, read = std::move(read), deliver = std::move(deliver), generation]() {
        const ArchiveDatabase::ReadAccess readAccess = access();
        if (!readAccess.dataKey || generation != m_generation) {
            finishRun();
            return;
        }
        auto error = std::make_shared<QString>();
        // Through a pointer: a future's continuation gets a copy of a
        // copyable result, and the future's own copy of a list would make
        // the first change of the delivered one copy it whole (here).
        support::runOnPool(
            this,
            [read, readAccess, error]() -> std::shared_ptr<Result> {
                ArchiveDatabase archive(readAccess.dataDir);
                if (!archive.openForReading(readAccess, error.get()))
                    return nullptr;
                archive.transaction();
                auto result = std::make_shared<Result>(read(archive));
                archive.rollback();
                return result;
            },
            [this, deliver, generation, error](const std::shared_ptr<Result> &result) {
                const bool current = generation == m_generation && unlocked();
                if (current && result)
                    deliver(std::move(*result));
                finishRun();
                if (current && !result)
                    emit failed(*error);
                else if (current)
                    emit loaded();
            });
    });
}

} // namespace cp::storage
