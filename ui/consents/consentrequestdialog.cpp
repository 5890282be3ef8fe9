#include "consents/consentrequestdialog.h"

#include "domain/recordcatalogue.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcConsentsUi)

namespace cp::ui {
namespace {

// Masked values show the same number of bullets whatever their length, so
// that not even the length leaks.
QString masked()
{
    return QString(8, QChar(0x2022));
}

QString formatDateTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat) : QString();
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

} // namespace

ConsentRequestDialog::ConsentRequestDialog(const domain::ConsentRequest &request,
                                           std::optional<domain::TrustLevel> citizenLevel,
                                           const QList<domain::Record> &latestRecords,
                                           QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_citizenLevel(citizenLevel)
    , m_refusal(domain::TrustLevels::refusalReason(request.operation, citizenLevel))
    , m_confirmation(messageBoxConfirmation())
{
    setObjectName(QStringLiteral("consentRequestDialog"));
    const QString orgName = request.organisation.shortName.isEmpty()
                                ? request.organisation.fullName
                                : request.organisation.shortName;
    setWindowTitle(tr("Consent request from %1").arg(orgName));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("%1 asks for your consent to receive data from your profile. Read everything below "
           "before you decide: nothing leaves your profile unless you grant it.")
            .arg(orgName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Two columns, each scrolling on its own: who asks, why, at which level
    // and for how long on the left; what would leave the profile on the
    // right, in view from the first moment.
    auto *about = new QWidget(this);
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->addWidget(organisationSection());
    if (!request.processors.isEmpty())
        aboutLayout->addWidget(processorsSection());
    aboutLayout->addWidget(purposeSection());
    aboutLayout->addWidget(trustSection());
    aboutLayout->addWidget(accessSection());
    aboutLayout->addStretch();
    auto *leaving = new QWidget(this);
    auto *dataLayout = new QVBoxLayout(leaving);
    dataLayout->addWidget(recordsSection(latestRecords));
    dataLayout->addStretch();

    const auto column = [this](QWidget *content, const QString &objectName,
                               const QString &accessibleName) {
        auto *scroll = new QScrollArea(this);
        scroll->setObjectName(objectName);
        scroll->setAccessibleName(accessibleName);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(content);
        return scroll;
    };
    QScrollArea *aboutScroll =
        column(about, QStringLiteral("requestDetails"), tr("Details of the request"));
    QScrollArea *dataScroll =
        column(leaving, QStringLiteral("requestedData"), tr("Data that would leave your profile"));
    auto *columns = new QHBoxLayout;
    columns->addWidget(aboutScroll, 1);
    columns->addWidget(dataScroll, 1);
    layout->addLayout(columns, 1);

    const bool pending = request.state == domain::RequestState::Pending;
    if (pending && isHighRisk(request.operation)) {
        m_understand = new QCheckBox(
            tr("I understand that this is a high-risk financial operation and that the "
               "organisation will receive the data listed above"),
            this);
        m_understand->setObjectName(QStringLiteral("highRiskCheck"));
        m_understand->setAccessibleName(tr("Confirm the high-risk operation"));
        connect(m_understand, &QCheckBox::toggled, this, &ConsentRequestDialog::updateGrant);
        layout->addWidget(m_understand);
    }

    if (pending && !m_refusal.isEmpty()) {
        // The reason stays next to the disabled button, not only deep in the details.
        QLabel *refusal = valueLabel(m_refusal, QStringLiteral("grantRefusal"),
                                     tr("Why you cannot grant this request"));
        QFont bold = refusal->font();
        bold.setBold(true);
        refusal->setFont(bold);
        layout->addWidget(refusal);
    }

    // Close on the left, the two decisions on the right: the same order on
    // every platform, and no decision is the default button.
    auto *buttons = new QHBoxLayout;
    QPushButton *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close without deciding"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(close);
    buttons->addStretch();
    if (pending) {
        m_deny = new QPushButton(tr("&Deny"), this);
        m_deny->setObjectName(QStringLiteral("denyButton"));
        m_deny->setAccessibleName(tr("Deny the request"));
        m_deny->setAutoDefault(false);
        m_grant = new QPushButton(tr("&Grant"), this);
        m_grant->setObjectName(QStringLiteral("grantButton"));
        m_grant->setAccessibleName(tr("Grant consent"));
        m_grant->setAutoDefault(false);
        connect(m_grant, &QPushButton::clicked, this, &ConsentRequestDialog::onGrant);
        connect(m_deny, &QPushButton::clicked, this, [this]() {
            emit denied(m_request.id);
            accept();
        });
        buttons->addWidget(m_deny);
        buttons->addWidget(m_grant);
        setTabOrder(m_deny, m_grant);
        setTabOrder(m_grant, close);
    }
    layout->addLayout(buttons);

    updateGrant();
    // Wide enough for both columns in font units (the same at 200 % scale),
    // and as tall as the longer column, within the screen.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const int width = qMin(em * 100, available.width() * 9 / 10);
    const int columnWidth =
        (width - layout->contentsMargins().left() - layout->contentsMargins().right()) / 2 -
        style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    int contentHeight = 0;
    for (QWidget *content : {about, leaving}) {
        QLayout *l = content->layout();
        contentHeight =
            qMax(contentHeight, l->hasHeightForWidth() ? l->totalHeightForWidth(columnWidth)
                                                       : content->sizeHint().height());
    }
    const int chrome = layout->sizeHint().height() - aboutScroll->sizeHint().height();
    const int wanted = chrome + contentHeight;
    resize(width, qMin(wanted, available.height() * 9 / 10));
}

bool ConsentRequestDialog::isHighRisk(domain::Operation operation)
{
    return operation == domain::Operation::FinancialIndividualHighRisk ||
           operation == domain::Operation::FinancialLegalEntity;
}

QLabel *ConsentRequestDialog::valueLabel(const QString &text, const QString &objectName,
                                         const QString &accessibleName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QWidget *ConsentRequestDialog::organisationSection()
{
    const domain::Organisation &o = m_request.organisation;
    auto *box = new QGroupBox(tr("Who asks"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Full name:"),
                 valueLabel(o.fullName, QStringLiteral("organisationFullName"), tr("Full name")));
    form->addRow(tr("Short name:"), valueLabel(o.shortName, QStringLiteral("organisationShortName"),
                                               tr("Short name")));
    form->addRow(tr("INN:"), valueLabel(o.inn, QStringLiteral("organisationInn"), tr("INN")));
    form->addRow(tr("OGRN:"), valueLabel(o.ogrn, QStringLiteral("organisationOgrn"), tr("OGRN")));
    form->addRow(tr("Address:"),
                 valueLabel(o.address, QStringLiteral("organisationAddress"), tr("Address")));
    form->addRow(tr("Kind:"), valueLabel(domain::ConsentModel::name(o.kind),
                                         QStringLiteral("organisationKind"), tr("Kind")));
    form->addRow(tr("Licence:"), valueLabel(o.licence.isEmpty() ? tr("not stated") : o.licence,
                                            QStringLiteral("organisationLicence"), tr("Licence")));
    // Only the server knows who is a registered participant: without its word
    // no badge, and a plain sentence instead of silence.
    if (o.registeredParticipant) {
        auto *badge = valueLabel(QStringLiteral("\u2714 ") +
                                     tr("Verified participant of the Digital Profile"),
                                 QStringLiteral("verifiedBadge"), tr("Verified participant"));
        QFont bold = badge->font();
        bold.setBold(true);
        badge->setFont(bold);
        form->addRow(QString(), badge);
    } else {
        form->addRow(QString(), valueLabel(tr("The server does not confirm this organisation as a "
                                              "registered participant"),
                                           QStringLiteral("notVerified"), tr("Not verified")));
    }
    return box;
}

QWidget *ConsentRequestDialog::processorsSection()
{
    auto *box = new QGroupBox(tr("Who will process the data on its behalf"));
    auto *form = new QFormLayout(box);
    int n = 0;
    for (const domain::Processor &p : m_request.processors) {
        form->addRow(tr("Processor:"),
                     valueLabel(p.address.isEmpty() ? p.name : tr("%1, %2").arg(p.name, p.address),
                                QStringLiteral("processor_%1").arg(n++), tr("Processor")));
    }
    return box;
}

QWidget *ConsentRequestDialog::purposeSection()
{
    auto *box = new QGroupBox(tr("Why"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Purpose:"),
                 valueLabel(m_request.purpose.text, QStringLiteral("purposeText"), tr("Purpose")));
    QString code = m_request.purpose.code;
    if (const domain::PurposeEntry *entry = domain::ConsentModel::findPurpose(code))
        code = tr("%1 (%2)").arg(code, domain::ConsentModel::purposeText(*entry));
    form->addRow(tr("Purpose code:"),
                 valueLabel(code, QStringLiteral("purposeCode"), tr("Purpose code")));
    QStringList actions;
    for (domain::DataAction action : m_request.actions)
        actions.append(domain::ConsentModel::name(action));
    form->addRow(tr("It will:"), valueLabel(actions.join(QLatin1Char('\n')),
                                            QStringLiteral("actions"), tr("Actions")));
    return box;
}

QWidget *ConsentRequestDialog::recordsSection(const QList<domain::Record> &latestRecords)
{
    auto *box = new QGroupBox(tr("What data would leave your profile"));
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(
        tr("Required data is part of the request. You may untick optional data you do not "
           "want to give."),
        box);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    for (const domain::RequestedRecord &requested : m_request.records) {
        const domain::RecordType *type = domain::RecordCatalogue::find(requested.key);
        const QString name = type ? type->displayName() : requested.key;
        auto *row = new QHBoxLayout;
        if (requested.required) {
            auto *label = valueLabel(name, QStringLiteral("record_%1").arg(requested.key), name);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            row->addWidget(label, 1);
        } else {
            auto *check = new QCheckBox(name, box);
            check->setObjectName(QStringLiteral("record_%1").arg(requested.key));
            check->setAccessibleName(tr("Give %1").arg(name));
            check->setChecked(true);
            check->setEnabled(m_request.state == domain::RequestState::Pending);
            m_optional.insert(requested.key, check);
            row->addWidget(check, 1);
        }
        row->addWidget(valueLabel(requested.required ? tr("required") : tr("optional"),
                                  QStringLiteral("requirement_%1").arg(requested.key),
                                  tr("Required or optional")));
        layout->addLayout(row);
        layout->addWidget(previewOf(requested, latestRecords));
    }
    return box;
}

namespace {

QString formatValue(const domain::FieldSpec &spec, const QJsonValue &value)
{
    const QLocale locale;
    switch (spec.type) {
    case domain::FieldType::Date:
        return formatDate(QDate::fromString(value.toString(), Qt::ISODate));
    case domain::FieldType::Money:
        return locale.toCurrencyString(double(value.toInteger()) / 100.0, QStringLiteral("\u20bd"));
    case domain::FieldType::Bool:
        return value.toBool() ? ConsentRequestDialog::tr("yes") : ConsentRequestDialog::tr("no");
    case domain::FieldType::Enum:
        for (const domain::EnumValue &e : spec.enumValues) {
            if (value.toString() == QLatin1String(e.key))
                return domain::RecordCatalogue::enumLabel(e);
        }
        return value.toString();
    case domain::FieldType::MonthlyIncome:
        return ConsentRequestDialog::tr("Monthly lines of income: %1")
            .arg(locale.toString(value.toArray().size()));
    case domain::FieldType::Number:
        if (!value.isDouble())
            return value.toString();
        // Years and other small whole numbers read wrong with a group separator.
        if (value.toDouble() == double(value.toInteger()) && qAbs(value.toInteger()) < 10000)
            return QString::number(value.toInteger());
        return locale.toString(value.toDouble());
    default:
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return locale.toString(value.toDouble());
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

} // namespace

QWidget *ConsentRequestDialog::previewOf(const domain::RequestedRecord &requested,
                                         const QList<domain::Record> &latestRecords)
{
    auto *frame = new QWidget;
    auto *form = new QFormLayout(frame);
    form->setContentsMargins(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2, 0, 0, 0);
    const domain::RecordType *type = domain::RecordCatalogue::find(requested.key);
    int entry = 0;
    for (const domain::Record &record : latestRecords) {
        if (record.type != requested.key || !type)
            continue;
        for (const domain::FieldSpec &spec : type->fields) {
            const QJsonValue value = record.fields.value(QLatin1String(spec.key));
            if (value.isUndefined() || value.isNull())
                continue;
            const QString label = domain::RecordCatalogue::fieldLabel(spec);
            const QString text = formatValue(spec, value);
            const QString objectName = QStringLiteral("preview_%1_%2_%3")
                                           .arg(requested.key)
                                           .arg(entry)
                                           .arg(QLatin1String(spec.key));
            if (spec.sensitivity == domain::Sensitivity::High) {
                auto *valueRow = new QHBoxLayout;
                QLabel *shown = valueLabel(masked(), objectName, label);
                m_secrets.insert(shown, text);
                m_previews.append(shown);
                auto *show = new QToolButton(frame);
                show->setObjectName(objectName + QStringLiteral("_show"));
                show->setText(tr("Show"));
                show->setAccessibleName(tr("Show %1").arg(label));
                show->setCheckable(true);
                show->setFocusPolicy(Qt::StrongFocus);
                connect(show, &QToolButton::toggled, this, [this, shown, show, label](bool on) {
                    const auto secret = m_secrets.constFind(shown);
                    shown->setText(on && secret != m_secrets.constEnd() ? *secret : masked());
                    show->setText(on ? tr("Hide") : tr("Show"));
                    show->setAccessibleName(on ? tr("Hide %1").arg(label)
                                               : tr("Show %1").arg(label));
                });
                valueRow->addWidget(shown, 1);
                valueRow->addWidget(show);
                form->addRow(label + QLatin1Char(':'), valueRow);
            } else {
                QLabel *shown = valueLabel(text, objectName, label);
                m_previews.append(shown);
                form->addRow(label + QLatin1Char(':'), shown);
            }
        }
        ++entry;
    }
    if (entry == 0) {
        form->addRow(valueLabel(tr("Your profile holds no such record yet: nothing of this "
                                   "kind would leave now."),
                                QStringLiteral("preview_%1_none").arg(requested.key),
                                tr("No values")));
    }
    return frame;
}

QWidget *ConsentRequestDialog::accessSection()
{
    auto *box = new QGroupBox(tr("For how long"));
    auto *form = new QFormLayout(box);
    const QString access = m_request.access == domain::AccessMode::OneTime
                               ? tr("Once: the organisation may fetch the data one time")
                               : tr("Periodically: the organisation may fetch the data again "
                                    "while the consent lasts");
    form->addRow(tr("Access:"), valueLabel(access, QStringLiteral("access"), tr("Access")));
    form->addRow(tr("Term:"), valueLabel(tr("from %1 until %2")
                                             .arg(formatDate(m_request.termFrom),
                                                  formatDate(m_request.termUntil)),
                                         QStringLiteral("term"), tr("Term")));
    form->addRow(tr("Requested:"), valueLabel(formatDateTime(m_request.requestedAt),
                                              QStringLiteral("requestedAt"), tr("Requested")));
    if (m_request.answerBy.isValid()) {
        form->addRow(tr("Answer by:"), valueLabel(tr("%1; without an answer the request expires")
                                                      .arg(formatDateTime(m_request.answerBy)),
                                                  QStringLiteral("answerBy"), tr("Answer by")));
    }
    form->addRow(tr("Revoking:"),
                 valueLabel(tr("You can revoke the consent at any time under Consents, Active; "
                               "after that the organisation can fetch nothing more."),
                            QStringLiteral("howToRevoke"), tr("How to revoke")));
    if (!m_request.signature.isEmpty()) {
        form->addRow(tr("Signature:"),
                     valueLabel(tr("The organisation signed this request; the signature is kept "
                                   "as evidence."),
                                QStringLiteral("signature"), tr("Signature")));
    }
    return box;
}

QWidget *ConsentRequestDialog::trustSection()
{
    using domain::TrustLevels;
    auto *box = new QGroupBox(tr("The operation and your identification level"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Operation:"), valueLabel(TrustLevels::operationName(m_request.operation),
                                              QStringLiteral("operation"), tr("Operation")));
    form->addRow(
        tr("It needs:"),
        valueLabel(tr("at least %1")
                       .arg(TrustLevels::levelName(TrustLevels::minimumLevel(m_request.operation))),
                   QStringLiteral("requiredLevel"), tr("Required level")));
    form->addRow(
        tr("Your level:"),
        valueLabel(m_citizenLevel ? TrustLevels::levelName(*m_citizenLevel) : tr("not identified"),
                   QStringLiteral("citizenLevel"), tr("Your level")));
    QLabel *verdict = valueLabel(m_refusal.isEmpty()
                                     ? tr("Your identification level is enough for this operation.")
                                     : m_refusal,
                                 QStringLiteral("trustReason"), tr("Whether your level suffices"));
    if (!m_refusal.isEmpty()) {
        QFont bold = verdict->font();
        bold.setBold(true);
        verdict->setFont(bold);
    }
    form->addRow(QString(), verdict);
    return box;
}

QStringList ConsentRequestDialog::chosenOptionalRecords() const
{
    QStringList chosen;
    for (auto it = m_optional.cbegin(); it != m_optional.cend(); ++it) {
        if (it.value()->isChecked())
            chosen.append(it.key());
    }
    return chosen;
}

void ConsentRequestDialog::updateGrant()
{
    if (!m_grant)
        return;
    const bool levelOk = m_refusal.isEmpty();
    const bool understood = !m_understand || m_understand->isChecked();
    m_grant->setEnabled(levelOk && understood);
    if (!levelOk)
        m_grant->setToolTip(m_refusal);
    else if (!understood)
        m_grant->setToolTip(tr("Tick the confirmation above first"));
    else
        m_grant->setToolTip(QString());
    if (m_understand)
        m_understand->setEnabled(levelOk);
}

void ConsentRequestDialog::onGrant()
{
    if (!m_refusal.isEmpty())
        return; // the button is disabled; a shortcut must not get round it
    if (!isHighRisk(m_request.operation)) {
        emit granted(m_request.id, chosenOptionalRecords());
        accept();
        return;
    }
    if (m_understand && !m_understand->isChecked())
        return;
    // The second confirmation: a high-risk operation is never one click away.
    const QString text =
        tr("%1 will be able to carry out a high-risk financial operation (%2) with your data. "
           "Grant the consent?")
            .arg(m_request.organisation.fullName,
                 domain::TrustLevels::operationName(m_request.operation));
    m_grant->setEnabled(false);
    m_confirmation(this, tr("Confirm a high-risk operation"), text, tr("Grant"),
                   [this, alive = QPointer<ConsentRequestDialog>(this)](bool confirmed) {
                       if (alive.isNull())
                           return;
                       updateGrant();
                       if (!confirmed) {
                           qCInfo(lcConsentsUi) << "a high-risk grant was not confirmed";
                           return;
                       }
                       emit granted(m_request.id, chosenOptionalRecords());
                       accept();
                   });
}

void ConsentRequestDialog::clearSensitive()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it.key()->setText(masked());
    m_secrets.clear();
    for (QLabel *label : std::as_const(m_previews))
        label->setText(masked());
}

} // namespace cp::ui
