// cp-bench-decrypt: the archive's chunked cipher (ChunkedFileReader, as
// DocumentStore reads a document) decrypting a 20 MB file, several times.
// Prints the median throughput in MB/s (10^6 bytes) on one line, for
// scripts/bench.sh to set against `openssl speed -evp aes-256-gcm`, which
// divides by the CPU time it used (user time), not by the wall clock: the
// rate here is by the thread's CPU time too (user and system: the page
// faults count), so that other programs on a busy machine do not halve it.
// The wall-clock rate follows on the same line.
#include "storage/chunkedcipher.h"
#include "storage/securebytes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <time.h>

namespace {

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5;
    constexpr qsizetype size = 20 * 1024 * 1024;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document"));
    const cp::storage::SecureBytes key = cp::storage::SecureBytes::random(32);
    const QByteArray aad = "bench|content";
    QByteArray plain(size, Qt::Uninitialized);
    QRandomGenerator(1).fillRange(reinterpret_cast<quint32 *>(plain.data()), size / 4);
    {
        cp::storage::ChunkedFileWriter writer(key, aad);
        QString error;
        if (!writer.open(path, false, &error) || !writer.write(plain) || !writer.finish()) {
            QTextStream(stderr) << "cp-bench-decrypt: " << error << writer.errorString() << "\n";
            return 1;
        }
    }
    std::vector<double> rates, wallRates;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNs();
        bool complete = false;
        QString error;
        const auto read =
            cp::storage::ChunkedFileReader::readAll(key, aad, path, &complete, &error);
        const qint64 ns = threadCpuNs() - cpuStart;
        const qint64 wallNs = timer.nsecsElapsed();
        if (!read || !complete || *read != plain) {
            QTextStream(stderr) << "cp-bench-decrypt: the file does not read back: " << error
                                << "\n";
            return 1;
        }
        if (i > 0) { // the first run warms the page cache
            rates.push_back(double(size) / (double(ns) / 1e9) / 1e6);
            wallRates.push_back(double(size) / (double(wallNs) / 1e9) / 1e6);
        }
    }
    std::sort(rates.begin(), rates.end());
    std::sort(wallRates.begin(), wallRates.end());
    QTextStream(stdout) << QString::number(rates.at(rates.size() / 2), 'f', 1) << " "
                        << QString::number(wallRates.at(wallRates.size() / 2), 'f', 1) << "\n";
    return 0;
}
