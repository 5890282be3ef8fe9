// cp-bench-keychain-window: a diagnostic beside figure 1 — the minimal
// window of cp-bench-minimal-window that, like the app, asks the keychain
// for a secret (through SecretStore, over D-Bus) before it makes its window
// and fills its table when the answer comes. How much of the app's cold start the
// keychain's round trip alone takes, measured the same way.
//   cp-bench-keychain-window --store   stores the entry it reads (once)
//   cp-bench-keychain-window           the timed run
// The entry is a random value under a service of its own.
#include "benchwindow.h"
#include "storage/secretstore.h"
#include "storage/securebytes.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>

Q_LOGGING_CATEGORY(lcBench, "cp.ui")

namespace {
const QString kService = QStringLiteral("citizen-profile-bench-floor");
const QString kEntry = QStringLiteral("floor");
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    cp::storage::SecretStore secrets(kService);
    if (app.arguments().contains(QStringLiteral("--store"))) {
        QByteArray value(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(value.data()), 8);
        int code = 1;
        secrets.write(kEntry, value, [&code](const cp::storage::SecretResult &result) {
            code = result.status == cp::storage::SecretResult::Status::Ok ? 0 : 1;
            if (code != 0)
                QTextStream(stderr) << "cp-bench-keychain-window: " << result.message << "\n";
            QCoreApplication::exit(code);
        });
        return QApplication::exec();
    }
    // Asked before the window is made, as the app asks for its archive key:
    // the answer (on the store's thread) comes while the window is built and
    // is delivered by the event loop, so the table exists by then.
    QStandardItemModel *model = nullptr;
    secrets.read(kEntry, [&model](cp::storage::SecretResult result) {
        cp::storage::wipe(result.secret);
        if (result.status != cp::storage::SecretResult::Status::Ok) {
            QTextStream(stderr) << "cp-bench-keychain-window: " << result.message << "\n";
            QCoreApplication::exit(1);
            return;
        }
        cp::bench::fillTable(model);
        qCInfo(lcBench) << "the views are filled from the archive";
    });
    QMainWindow window;
    model = cp::bench::showTableWindow(window);
    return QApplication::exec();
}
