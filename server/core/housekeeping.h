// The changes that time makes on the reference server: pending requests past
// their answer_by expire, active consents past their term expire, and orders
// whose delay has passed are fulfilled (their documents issued). Every API
// call runs it first, and a timer runs it every second, so the change feed
// shows these changes without anybody asking for them.
#pragma once

#include "core/servercontext.h"
#include "core/serverstore.h"
#include "domain/record.h"

#include <QStringList>

namespace cp::server {

class Housekeeping
{
public:
    explicit Housekeeping(ServerContext &context);
    void run();

    // The record ids that a document of `kind` states for the citizen
    // (2-NDFL: one entry per tax agent of `year`).
    static QList<QStringList> recordSetsFor(const QString &kind, int year,
                                            const QList<domain::Record> &records);
    static QString issuerName(const QString &issuerKey);

private:
    void fulfil(const StoredOrder &order);

    ServerContext &m_context;
};

} // namespace cp::server
