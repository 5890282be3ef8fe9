#include "demo/democlock.h"

#include <QTime>

#include <algorithm>

namespace cp::server::demo {

DemoClock::DemoClock(const QDateTime &now)
{
    const QDateTime utc = now.toUTC();
    const QTime t = utc.time();
    m_now = QDateTime(utc.date(), QTime(t.hour(), t.minute(), t.second()), Qt::UTC);
}

QDateTime DemoClock::at(int days, int hour, int minute) const
{
    return QDateTime(daysAgo(days), QTime(hour, minute), Qt::UTC);
}

QDateTime DemoClock::reported(const QDate &event, int delayDays) const
{
    return std::min(QDateTime(event.addDays(delayDays), QTime(10, 0), Qt::UTC), at(1, 10));
}

QString twoDigitYear(int year)
{
    return QString::number(year % 100).rightJustified(2, u'0');
}

} // namespace cp::server::demo
