#include "profile/recordcard.h"

#include "profile/fieldformatter.h"
#include "profile/profilemodel.h"
#include "profile/sensitivevalue.h"
#include "profile/wrappedlabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::ui {

RecordCard::RecordCard(const domain::RecordType &type, const QList<QModelIndex> &entries,
                       QWidget *parent)
    : QFrame(parent)
    , m_typeKey(QString::fromLatin1(type.key))
    , m_name(type.displayName())
{
    setObjectName(QStringLiteral("card_") + m_typeKey);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(m_name);
    auto *layout = new QVBoxLayout(this);

    auto *title = new WrappedLabel(m_name, this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    // Relative to the system font, so that it grows with the scale factor.
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    title->setAccessibleName(m_name);
    layout->addWidget(title);

    auto *source = new WrappedLabel(tr("Source: %1").arg(type.displaySource()), this);
    layout->addWidget(source);

    if (entries.isEmpty()) {
        layout->addWidget(
            new WrappedLabel(tr("The register has sent nothing for this record yet."), this));
        return;
    }
    const bool list = type.cardinality == domain::Cardinality::List;
    for (int i = 0; i < entries.size(); ++i)
        addEntry(entries.at(i), list, i + 1);
}

void RecordCard::addEntry(const QModelIndex &index, bool withTitle, int number)
{
    Entry entry;
    entry.widget = new QWidget(this);
    layout()->addWidget(entry.widget);
    auto *box = new QVBoxLayout(entry.widget);
    box->setContentsMargins(0, 0, 0, 0);

    if (withTitle) {
        auto *entryTitle = new WrappedLabel(tr("Entry %1").arg(number), entry.widget);
        QFont bold = entryTitle->font();
        bold.setBold(true);
        entryTitle->setFont(bold);
        box->addWidget(entryTitle);
    }

    const bool verified = index.data(ProfileModel::VerifiedRole).toBool();
    const QString updated =
        FieldFormatter::dateTime(index.data(ProfileModel::UpdatedAtRole).toDateTime());
    const QString state = verified ? tr("Verified by the register")
                                   : tr("Entered by the citizen, not verified by the register");
    auto *meta = new WrappedLabel(tr("%1 · updated %2").arg(state, updated), entry.widget);
    meta->setObjectName(QStringLiteral("meta"));
    box->addWidget(meta);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    box->addLayout(grid);
    const QVariantList fields = index.data(ProfileModel::FieldsRole).toList();
    int gridRow = 0;
    for (const QVariant &item : fields) {
        const QVariantMap field = item.toMap();
        const QString labelText = field.value(QStringLiteral("label")).toString();
        const QString text = field.value(QStringLiteral("text")).toString();
        Row row;
        row.label = new WrappedLabel(labelText, entry.widget);
        row.label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.searchText = labelText;
        if (field.value(QStringLiteral("sensitive")).toBool()) {
            row.sensitive = new SensitiveValue(labelText, text, entry.widget);
            connect(row.sensitive, &SensitiveValue::copyRequested, this,
                    &RecordCard::copyRequested);
            row.value = row.sensitive;
        } else {
            auto *value = new WrappedLabel(text, entry.widget);
            value->setSelectableByMouse();
            value->setAccessibleName(labelText);
            row.value = value;
            row.searchText += QLatin1Char('\n') + text;
        }
        // Level with the value's text, which sits between its buttons.
        if (row.sensitive)
            row.label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        row.label->setBuddy(row.value);
        grid->addWidget(row.label, gridRow, 0);
        grid->addWidget(row.value, gridRow, 1);
        ++gridRow;
        const QString problem = field.value(QStringLiteral("problem")).toString();
        if (!problem.isEmpty()) {
            // Bad data from a register is shown as such, in words, never corrected.
            row.problem = new WrappedLabel(tr("Check failed: %1").arg(problem), entry.widget);
            row.problem->setObjectName(QStringLiteral("problem"));
            QFont bold = row.problem->font();
            bold.setBold(true);
            row.problem->setFont(bold);
            grid->addWidget(row.problem, gridRow, 1);
            ++gridRow;
        }
        entry.rows.append(row);
    }

    const QString recordId = index.data(ProfileModel::RecordIdRole).toString();
    auto *history = new QPushButton(tr("History…"), entry.widget);
    history->setAccessibleName(withTitle ? tr("History of %1, entry %2").arg(m_name).arg(number)
                                         : tr("History of %1").arg(m_name));
    history->setObjectName(QStringLiteral("history_") + recordId);
    connect(history, &QPushButton::clicked, this,
            [this, recordId] { emit historyRequested(recordId); });
    box->addWidget(history, 0, Qt::AlignLeft);

    m_entries.append(entry);
}

void RecordCard::setShown(QWidget *widget, bool shown)
{
    // A widget never shown nor hidden, in a parent not shown yet, shows with
    // its parent: shown now, it would be polished and laid out at once, at
    // whatever width it has, and again when its parent is (a first build of
    // the cards spent most of its time so).
    if (shown && !widget->testAttribute(Qt::WA_WState_ExplicitShowHide) && widget->parentWidget() &&
        !widget->parentWidget()->isVisible()) {
        return;
    }
    if (widget->isHidden() == shown || !widget->testAttribute(Qt::WA_WState_ExplicitShowHide))
        widget->setVisible(shown);
}

bool RecordCard::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    const bool all = needle.isEmpty() || m_name.contains(needle, Qt::CaseInsensitive);
    // Which rows match, before any widget is touched: a card that matches
    // nothing is hidden whole by the view and its rows stay as they are, so
    // that showing it again (the search cleared) lays out one card, not each
    // of its rows shown anew.
    QList<bool> matches;
    bool any = all;
    for (const Entry &entry : std::as_const(m_entries)) {
        for (const Row &row : entry.rows) {
            // A masked value is not searched: a match would tell what it holds.
            QString haystack = row.searchText;
            if (row.sensitive)
                haystack += QLatin1Char('\n') + row.sensitive->revealedText();
            matches.append(all || haystack.contains(needle, Qt::CaseInsensitive));
            any = any || matches.last();
        }
    }
    if (!any)
        return false;
    qsizetype i = 0;
    for (Entry &entry : m_entries) {
        bool entryMatches = false;
        for (Row &row : entry.rows) {
            const bool shown = matches.at(i++);
            setShown(row.label, shown);
            setShown(row.value, shown);
            if (row.problem)
                setShown(row.problem, shown);
            entryMatches = entryMatches || shown;
        }
        setShown(entry.widget, entryMatches);
    }
    return true;
}

void RecordCard::forgetValues()
{
    for (Entry &entry : m_entries) {
        for (Row &row : entry.rows) {
            if (row.sensitive)
                row.sensitive->forget();
            else if (auto *label = qobject_cast<QLabel *>(row.value))
                label->clear();
            row.searchText.clear();
        }
    }
}

} // namespace cp::ui
