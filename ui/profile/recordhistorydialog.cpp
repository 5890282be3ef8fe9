#include "profile/recordhistorydialog.h"

#include "profile/fieldformatter.h"
#include "profile/sensitivevalue.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cp::ui {

RecordHistoryDialog::RecordHistoryDialog(QList<domain::Record> versions, QWidget *parent)
    : QDialog(parent)
    , m_versions(std::move(versions))
{
    std::sort(
        m_versions.begin(), m_versions.end(),
        [](const domain::Record &a, const domain::Record &b) { return a.version < b.version; });
    const domain::RecordType *type =
        m_versions.isEmpty() ? nullptr : domain::RecordCatalogue::find(m_versions.first().type);
    const QString name = type ? type->displayName() : tr("Record");
    setWindowTitle(tr("History of %1").arg(name));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Every version the register sent. Choose a version to compare it with the one before."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(splitter);
    m_list->setAccessibleName(tr("Versions"));
    for (const domain::Record &version : std::as_const(m_versions)) {
        m_list->addItem(tr("Version %1, %2")
                            .arg(version.version)
                            .arg(FieldFormatter::dateTime(version.updatedAt)));
    }
    m_table = new QTableWidget(0, 3, splitter);
    m_table->setAccessibleName(tr("Fields of the version"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_reveal = new QCheckBox(tr("Show hidden values"), this);
    m_reveal->setAccessibleName(tr("Show hidden values"));
    connect(m_reveal, &QCheckBox::toggled, this, &RecordHistoryDialog::fillTable);
    layout->addWidget(m_reveal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_list, m_table);
    setTabOrder(m_table, m_reveal);
    setTabOrder(m_reveal, buttons->button(QDialogButtonBox::Close));

    connect(m_list, &QListWidget::currentRowChanged, this, &RecordHistoryDialog::showVersion);
    // The newest version first in view: that is the change the citizen asks about.
    m_list->setCurrentRow(int(m_versions.size()) - 1);
    // Wide enough for three columns of text at any scale factor.
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
}

void RecordHistoryDialog::showVersion(int row)
{
    if (row < 0 || row >= m_versions.size())
        return;
    m_current = row;
    if (m_list->currentRow() != row)
        m_list->setCurrentRow(row);
    fillTable();
}

void RecordHistoryDialog::fillTable()
{
    m_table->setRowCount(0);
    if (m_current < 0 || m_current >= m_versions.size())
        return;
    const domain::Record &after = m_versions.at(m_current);
    domain::Record before;
    before.type = after.type;
    if (m_current > 0)
        before = m_versions.at(m_current - 1);
    const domain::RecordType *type = domain::RecordCatalogue::find(after.type);
    if (!type)
        return;
    const QStringList changed = domain::changedFields(before, after);
    const bool reveal = m_reveal->isChecked();
    const QPalette pal = palette();
    QStringList changedLabels;

    for (const domain::FieldSpec &spec : type->fields) {
        const QLatin1StringView key(spec.key);
        const QJsonValue oldValue = before.fields.value(key);
        const QJsonValue newValue = after.fields.value(key);
        if (oldValue.isUndefined() && newValue.isUndefined())
            continue;
        const bool masked = spec.sensitivity == domain::Sensitivity::High && !reveal;
        auto shown = [&](const QJsonValue &value) {
            if (value.isUndefined() || value.isNull())
                return QString();
            return masked ? SensitiveValue::mask() : FieldFormatter::value(spec, value);
        };
        const QString label = domain::RecordCatalogue::fieldLabel(spec);
        const bool isChanged = m_current > 0 && changed.contains(QString::fromLatin1(spec.key));
        if (isChanged)
            changedLabels.append(label);

        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString cells[] = {label, shown(oldValue), shown(newValue)};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(ChangedRole, isChanged);
            if (isChanged) {
                // Palette colours keep the highlight readable in light and dark themes.
                item->setBackground(pal.brush(QPalette::Highlight));
                item->setForeground(pal.brush(QPalette::HighlightedText));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                if (column == 0)
                    item->setData(Qt::AccessibleTextRole, tr("%1, changed").arg(label));
            }
            m_table->setItem(row, column, item);
        }
    }
    if (m_current == 0)
        m_summary->setText(tr("The first version the register sent."));
    else if (changedLabels.isEmpty())
        m_summary->setText(tr("No field changed in this version."));
    else
        m_summary->setText(tr("Changed fields: %1").arg(changedLabels.join(QStringLiteral(", "))));
}

void RecordHistoryDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // A switch between light and dark themes recolours the highlighted rows.
    if (event->type() == QEvent::PaletteChange && m_table)
        fillTable();
}

void RecordHistoryDialog::forgetValues()
{
    m_table->setRowCount(0);
    m_summary->clear();
    m_versions.clear();
    m_current = -1;
}

} // namespace cp::ui
