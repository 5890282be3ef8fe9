// What the fuzz targets share: the libFuzzer entry points they define, a
// message handler that keeps Qt's warnings about rejected input off the
// terminal (crashes, sanitizer reports and qFatal still go through), and a
// check that aborts with a message so libFuzzer records the input.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace cp::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void quietQt()
{
    qInstallMessageHandler(quietMessages);
}

// A property of the code under test that does not hold: a bug, reported as a
// crash.
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz property broken: %s\n", what);
    std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace cp::fuzz
