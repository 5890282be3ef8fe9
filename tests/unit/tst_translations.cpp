// The catalogue's names go through Qt's translation path: with the compiled
// Russian file loaded, every record type shows its official Russian name
// (records.md), and every category, field label and enum value of the
// catalogue, every purpose and operation has a Russian text; with the English
// file, the English source texts.
#include "domain/consent.h"
#include "domain/recordcatalogue.h"
#include "domain/trustlevel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace cp::domain;

namespace {

bool hasCyrillic(const QString &s)
{
    static const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    return cyrillic.match(s).hasMatch();
}

// Russian names of records.md, written out here rather than read from the file.
const QList<std::pair<const char *, const char *>> kRussianNames{
    {"fio_bio", "Основные сведения"},
    {"id_doc", "Паспорт гражданина РФ"},
    {"history_passport_doc", "Ранее выданные паспорта"},
    {"foreign_passport_doc", "Заграничный паспорт"},
    {"snils", "СНИЛС"},
    {"inn", "ИНН"},
    {"contacts", "Контактные данные"},
    {"addresses", "Адрес регистрации"},
    {"addresses_stay", "Регистрация по месту пребывания"},
    {"marital_status", "Сведения о браке"},
    {"kid_birth_cert", "Дети"},
    {"electronic_workbook", "Трудовая деятельность (ЭТК)"},
    {"ndfl_person", "Доходы (2-НДФЛ)"},
    {"payout_income", "Выплаты и взносы"},
    {"ils_doc", "Пенсионный счёт (ИЛС)"},
    {"pension_reference", "Назначенные пенсии и выплаты"},
    {"maternity_capital", "Материнский капитал"},
    {"self_employed", "Статус самозанятого / ИП"},
    {"tax_debt", "Налоговая задолженность"},
    {"fssp_proceedings", "Исполнительные производства"},
    {"bankruptcy", "Сведения о банкротстве"},
    {"reg_realestate", "Недвижимость"},
    {"vehicles", "Транспортные средства"},
    {"vehicle_reg_cert_doc", "Свидетельства о регистрации ТС"},
    {"drivers_licence_doc", "Водительское удостоверение"},
    {"traffic_fines", "Штрафы"},
    {"oms_policy", "Полис ОМС"},
    {"education_docs", "Документы об образовании"},
    {"military_registration", "Воинский учёт"},
    {"disability", "Инвалидность"},
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void russian();
    void english();

private:
    bool load(QTranslator &translator, const char *language);
};

bool TestTranslations::load(QTranslator &translator, const char *language)
{
    return translator.load(QStringLiteral("citizen-profile_") + QLatin1StringView(language),
                           QStringLiteral(CP_QM_DIR)) &&
           QCoreApplication::installTranslator(&translator);
}

void TestTranslations::russian()
{
    QTranslator translator;
    QVERIFY(load(translator, "ru"));

    QCOMPARE(kRussianNames.size(), qsizetype(RecordCatalogue::all().size()));
    for (const auto &[key, name] : kRussianNames) {
        const RecordType *type = RecordCatalogue::find(QString::fromLatin1(key));
        QVERIFY2(type, key);
        QCOMPARE(type->displayName(), QString::fromUtf8(name));
        QVERIFY2(hasCyrillic(type->displaySource()), key);
        for (const FieldSpec &field : type->fields) {
            const QString label = RecordCatalogue::fieldLabel(field);
            // "VIN" and "OGRNIP"-like abbreviations may stay Latin; all else is Russian.
            QVERIFY2(hasCyrillic(label) || label == u"VIN", field.label);
            for (const EnumValue &value : field.enumValues)
                QVERIFY2(hasCyrillic(RecordCatalogue::enumLabel(value)), value.label);
        }
    }
    for (Category category : RecordCatalogue::categories())
        QVERIFY(hasCyrillic(RecordCatalogue::categoryName(category)));
    QCOMPARE(RecordCatalogue::categoryName(Category::Education), QStringLiteral("Образование"));
    for (const PurposeEntry &purpose : ConsentModel::purposes())
        QVERIFY2(hasCyrillic(ConsentModel::purposeText(purpose)), purpose.code);
    for (const OperationRow &row : TrustLevels::operations())
        QVERIFY2(hasCyrillic(TrustLevels::operationName(row.operation)), row.key);
    QCOMPARE(TrustLevels::levelName(TrustLevel::Medium), QStringLiteral("УДИ 2 (средний)"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

void TestTranslations::english()
{
    QTranslator translator;
    QVERIFY(load(translator, "en"));
    QCOMPARE(RecordCatalogue::find(u"id_doc")->displayName(), QStringLiteral("Russian passport"));
    QCOMPARE(RecordCatalogue::categoryName(Category::Education), QStringLiteral("Education"));
    QCOMPARE(TrustLevels::levelName(TrustLevel::High), QStringLiteral("Trust level 3 (high)"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
