// The time base of the demo data: every date and time of the profile is laid
// out relative to one `now`, so that the profile is deterministic and always
// looks recent, whatever day the server starts.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cp::server::demo {

class DemoClock
{
public:
    // `now` in UTC, cut to whole seconds (the API's timestamps have no fractions).
    explicit DemoClock(const QDateTime &now);

    QDateTime now() const { return m_now; }
    QDate today() const { return m_now.date(); }
    int year() const { return m_now.date().year(); }

    QDate daysAgo(int days) const { return today().addDays(-days); }
    // hh:mm UTC on the day `days` before today; days >= 1 is always in the past.
    QDateTime at(int days, int hour, int minute = 0) const;
    // When a register reported an event of `event`: `delayDays` later at 10:00,
    // but never later than yesterday, so that a record is never from the future.
    QDateTime reported(const QDate &event, int delayDays = 3) const;

private:
    QDateTime m_now;
};

// The last two digits of a year, as passport series and case numbers print them.
QString twoDigitYear(int year);

} // namespace cp::server::demo
