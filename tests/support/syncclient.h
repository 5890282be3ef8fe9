// Test helper: the client core over one data folder — archive, document
// files, network, outbox and sync engine — connected to the server fixture
// with a given data key and access token, and a sync that waits for its end.
// Header-only: used by tests that link cp_sync.
#pragma once

#include "net/apiclient.h"
#include "serverfixture.h"
#include "storage/archivedatabase.h"
#include "storage/documentstore.h"
#include "sync/consentdecisionoutbox.h"
#include "sync/syncengine.h"

#include <QSignalSpy>

#include <functional>
#include <memory>

namespace cp::testing {

struct SyncClient
{
    // `adjust` changes the settings before they are applied (another address,
    // a shorter timeout).
    SyncClient(ServerFixture &server, const QString &dataDir, const storage::SecureBytes &key,
               const QString &token, const std::function<void(net::ServerSettings &)> &adjust = {})
        : archive(dataDir)
        , files(dataDir, key)
    {
        QString error;
        opened = archive.open(key, &error);
        net::ServerSettings settings;
        settings.baseUrl = QUrl(server.baseUrl());
        settings.caFile = server.caPath();
        settings.maxAttempts = 3;
        if (adjust)
            adjust(settings);
        api.configure(settings, &error);
        api.setAccessToken(token.toLatin1());
        outbox = std::make_unique<sync::ConsentDecisionOutbox>(&api, &archive);
        engine = std::make_unique<sync::SyncEngine>(&api, &archive, &files, outbox.get());
    }

    // One whole sync; false when it failed (the error in *error) or did not end.
    bool syncOnce(net::ApiError *error = nullptr)
    {
        QSignalSpy finished(engine.get(), &sync::SyncEngine::finished);
        engine->sync();
        if (!finished.wait(120000))
            return false;
        if (error)
            *error = finished.first().at(1).value<net::ApiError>();
        return finished.first().at(0).toBool();
    }

    storage::ArchiveDatabase archive;
    storage::DocumentStore files;
    net::ApiClient api;
    std::unique_ptr<sync::ConsentDecisionOutbox> outbox;
    std::unique_ptr<sync::SyncEngine> engine;
    storage::ArchiveDatabase::OpenResult opened = storage::ArchiveDatabase::OpenResult::Failed;
};

} // namespace cp::testing
