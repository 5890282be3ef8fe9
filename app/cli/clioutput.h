// Where citizen-profile-cli writes, and the contract that scripts rely on:
// results go to stdout; notes, warnings and progress to stderr; with --json
// stdout carries exactly one compact JSON document per line (errors too, as
// {"error": code, "message": text}) and nothing else. The exit codes are part
// of the same contract. Nothing here is a log: nothing is written to one.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cp::cli {

// Documented in --help and docs/cli.md; scripts depend on the numbers.
enum class ExitCode
{
    Ok = 0,
    Error = 1,
    Usage = 2,
    NotSignedIn = 3,
    Locked = 4,  // archive locked, or the passphrase is wrong
    Offline = 5, // server unreachable; the archive is still readable
    Refused = 6, // refused by the server (or by the rule the server applies)
};

class CliOutput
{
public:
    explicit CliOutput(bool json = false);

    bool isJson() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // A line of the human-readable result (stdout); nothing in JSON mode.
    void line(const QString &text = {}) const;
    // A note for the person at the terminal (stderr), in both modes.
    void note(const QString &text) const;
    // The JSON document of a command (stdout, one line).
    void document(const QJsonObject &object) const;
    // An error: a JSON document in JSON mode, else "citizen-profile-cli: …" on stderr.
    void error(const QString &code, const QString &message) const;
    // Bytes as they are (a document's contents) on stdout.
    void raw(const QByteArray &bytes) const;

    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();
    static void writeStdout(const QByteArray &bytes);
    static void writeStderr(const QByteArray &bytes);

private:
    bool m_json;
};

// Columns aligned for a terminal: each row a list of cells, the last column
// free to run long. Widths count characters, which is right for the Latin and
// Cyrillic texts the catalogue has.
class TextTable
{
public:
    explicit TextTable(QStringList header = {});
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QStringList lines(int indent = 0) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace cp::cli
