#pragma once

namespace cp::support {

// From now on SIGTERM, SIGINT and SIGHUP (the desktop session ending, Ctrl+C
// or a closed terminal) end the application's event loop with exit code
// 128 + the signal, so that main() returns and everything closes as when the
// window is closed: a sync stops, the archive is checkpointed and closed.
// A second signal while it ends does what it does by default (the process
// ends at once). Call once, after the QCoreApplication is made; returns false
// when the handlers could not be installed (the defaults then stay).
bool quitOnTerminationSignals();

} // namespace cp::support
