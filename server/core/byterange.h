// The Range header of a document download (RFC 9110 §14.1.2) as the server
// reads it: one "bytes=" range over a body of a known size. A pure function,
// so it can be tested and fuzzed on its own.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace cp::server {

struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0;
};

// A single "bytes=" range. nullopt: no usable Range (absent, several ranges
// or bad syntax: the whole body is sent), with *unsatisfiable set when the
// range lies outside the body (the answer is 416).
std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size, bool *unsatisfiable);

} // namespace cp::server
