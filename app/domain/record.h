// One record of the profile as the source register holds it: its type from
// the catalogue, its version and time of change, and its typed field values.
// Parsing checks every value against the field's type; identifier checks that
// fail are reported by issues(), never "fixed".
#pragma once

#include "domain/identifiers.h"
#include "domain/jsonreader.h"
#include "domain/recordcatalogue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace cp::domain {

struct Record
{
    QString type; // catalogue key
    QString id;   // stable id of the entry (list types have several)
    qint64 version = 0;
    QDateTime updatedAt;
    QString source;        // the register that supplied this version, a short key ("mvd", "fns")
    bool verified = false; // confirmed by the source register, or entered by the citizen
    QJsonObject fields;    // field key → value in the JSON form of its FieldType

    bool operator==(const Record &) const = default;
};

struct FieldIssue
{
    QString field;
    IdentifierKind identifier;
    IdentifierProblem problem;
    bool operator==(const FieldIssue &) const = default;
};

// Identifier checks over the fields of a parsed record.
QList<FieldIssue> issues(const Record &record);

// The differences between two versions of one record: changed, added and
// removed field keys, in catalogue order.
QStringList changedFields(const Record &before, const Record &after);

QJsonObject toJson(const Record &value);
std::optional<Record> recordFromJson(const QJsonObject &object, JsonError *error);

} // namespace cp::domain
