// The parts of the demo profile, one file each (records, consents,
// documents), assembled by buildDemoProfile(). Internal to server/demo.
#pragma once

#include "demo/democlock.h"
#include "demo/demoprofile.h"

namespace cp::server::demo {

// The people of the demo and their records.
DemoCitizen firstCitizen(const DemoClock &clock);
DemoCitizen secondCitizen(const DemoClock &clock);

// The id of a 2-NDFL record entry: tax year and employer ('a' the main job,
// 'b' the second one), e.g. "rec-ndfl_person-2025-a".
QString ndflRecordId(int year, char employer);

QList<DemoOrganisation> organisations();

// Requests, consents and the access log of citizen [0], from the organisations.
void addConsents(DemoProfile &profile, const DemoClock &clock);

// The issued documents of `citizen`, stating its records.
QList<DemoDocument> documents(const DemoCitizen &citizen, const DemoClock &clock);

} // namespace cp::server::demo
