// Renders the documents that the reference server issues (2-NDFL, pension
// statements, СТД-Р, ЕГРН extract …): a readable Russian PDF stating the
// values of the given records and, for the kinds whose source issues one, an
// XML for machines. Signing is not its part; the caller signs both outputs.
#pragma once

#include "domain/record.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cp::server {

struct DocumentSpec
{
    QString kind;                  // a DocumentKinds key
    QString number;                // document number printed on it, e.g. "ФНС-2025-000123"
    QString issuerName;            // "ФНС России" …
    QDateTime issuedAt;            // printed as its date in Moscow time
    QString citizenName;           // "Иванов Иван Иванович"
    QDate periodFrom, periodUntil; // may be invalid
    int year = 0;                  // for ndfl2; 0 takes the year of its first record
    // The records whose values the document states: ndfl_person (one per tax
    // agent) for ndfl2, ils_doc for the pension account statement,
    // pension_reference for the pension certificate, electronic_workbook for
    // СТД-Р, reg_realestate for ЕГРН, maternity_capital, tax_debt (empty: no
    // arrears). Records of other types are printed in a generic section.
    QList<cp::domain::Record> records;
};

struct RenderedDocument
{
    QString title;
    QByteArray pdf;
    QByteArray xml; // empty when the kind has no XML
};

class DocumentRenderer
{
public:
    // Russian titles, e.g. "Справка о доходах и суммах налога физического
    // лица за 2025 год" for ndfl2.
    static QString title(const DocumentSpec &spec);
    // Needs a QGuiApplication (fonts; the offscreen platform will do); without
    // one the PDF is empty. Same input, same content: only what QPdfWriter
    // stamps itself (its creation date) differs between two calls.
    static RenderedDocument render(const DocumentSpec &spec);

private:
    static QByteArray renderPdf(const DocumentSpec &spec);
    static QByteArray renderXml(const DocumentSpec &spec);
};

} // namespace cp::server
