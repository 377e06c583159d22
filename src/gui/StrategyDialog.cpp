#include "tiller/gui/StrategyDialog.h"

#include "tiller/app/Changes.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/app/Text.h"
#include "tiller/gui/Dialogs.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <utility>

namespace tiller::gui {

namespace {

enum PillarColumn
{
    PillarName,
    PillarDescription,
    PillarServing
};
enum EnvelopeColumn
{
    EnvelopeYear,
    EnvelopeAmount,
    EnvelopeCommitted,
    EnvelopeRemaining
};
enum CapacityColumn
{
    CapacityDomain,
    CapacityDays,
    CapacityPeak
};

// Red that reads on light and dark backgrounds alike.
const QColor OverColor(0xc6, 0x28, 0x28);

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

void setUpTable(QTableWidget* t, const QStringList& headers)
{
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
}

// Over a guardrail: red, bold and a warning sign, so it still shows on a selected row.
void markOver(QTableWidgetItem* item, bool over, const QWidget* style)
{
    item->setData(Qt::ForegroundRole, over ? QVariant(OverColor) : QVariant());
    QFont font = item->font();
    font.setBold(over);
    item->setFont(font);
    item->setIcon(over ? style->style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

QString days(double value)
{
    return StrategyDialog::tr("%1 person-days").arg(QLocale().toString(value, 'f', 0));
}

} // namespace

StrategyDialog::StrategyDialog(app::Portfolio* portfolio, QWidget* parent)
    : QDialog(parent), m_portfolio(portfolio), m_today(portfolio->now().date()), m_tabs(new QTabWidget(this)),
      m_vision(new QPlainTextEdit(this)), m_short(new QSpinBox(this)), m_medium(new QSpinBox(this)),
      m_long(new QSpinBox(this)), m_cadence(new QComboBox(this)), m_pillars(new QTableWidget(0, 3, this)),
      m_envelopes(new QTableWidget(0, 4, this)), m_newYear(new QSpinBox(this)),
      m_capacity(new QTableWidget(0, 3, this)), m_guardrails(new QLabel(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Strategy"));
    setSizeGripEnabled(true);
    // Names for tests and accessibility tools.
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_vision->setObjectName(QStringLiteral("vision"));
    m_short->setObjectName(QStringLiteral("shortTerm"));
    m_medium->setObjectName(QStringLiteral("mediumTerm"));
    m_long->setObjectName(QStringLiteral("longTerm"));
    m_cadence->setObjectName(QStringLiteral("cadence"));
    m_pillars->setObjectName(QStringLiteral("pillars"));
    m_envelopes->setObjectName(QStringLiteral("envelopes"));
    m_newYear->setObjectName(QStringLiteral("newYear"));
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_guardrails->setObjectName(QStringLiteral("guardrails"));
    m_error->setObjectName(QStringLiteral("error"));

    m_tabs->addTab(buildVisionTab(), tr("&Vision and horizons"));
    m_tabs->addTab(buildPillarsTab(), tr("&Pillars"));
    m_tabs->addTab(buildBudgetTab(), tr("&Budget envelopes"));
    m_tabs->addTab(buildCapacityTab(), tr("&Capacity"));

    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, OverColor);
    m_error->setPalette(red);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StrategyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!portfolio->isReadOnly());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildGuardrails());
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(760, 560);
    resize(820, 620);
}

bool StrategyDialog::edit(QWidget* parent, app::Portfolio* portfolio)
{
    if (!portfolio) {
        return false;
    }
    const int before = portfolio->undoStack()->count();
    const int index = portfolio->undoStack()->index();
    StrategyDialog dialog(portfolio, parent);
    return Dialogs::exec(dialog) == QDialog::Accepted &&
           (portfolio->undoStack()->count() != before || portfolio->undoStack()->index() != index);
}

QWidget* StrategyDialog::buildVisionTab()
{
    const core::Program& program = m_portfolio->program();
    auto* page = new QWidget(this);
    m_vision->setPlainText(program.vision);
    m_vision->setPlaceholderText(tr("Where the customer experience should be in a few years, in a few sentences"));
    m_vision->setTabChangesFocus(true);
    for (auto [box, value] :
         {std::pair{m_short, program.shortTermMonths}, std::pair{m_medium, program.mediumTermMonths},
          std::pair{m_long, program.longTermMonths}}) {
        box->setRange(1, 240);
        box->setSuffix(tr(" months"));
        box->setValue(value);
    }
    m_short->setToolTip(tr("Work starting within this many months is short term"));
    m_medium->setToolTip(tr("Work starting after the short term and within this many months is medium term"));
    m_long->setToolTip(tr("Work starting after the medium term and within this many months is long term"));
    for (int c = 0; c < core::BoardCadenceCount; ++c) {
        m_cadence->addItem(app::Text::cadence(core::BoardCadence(c)), c);
    }
    m_cadence->setCurrentIndex(qMax(0, m_cadence->findData(int(program.boardCadence))));
    m_cadence->setToolTip(tr("How often the change board meets to decide on change requests"));

    auto* horizons = new QHBoxLayout;
    auto* shortLabel = new QLabel(tr("&Short term:"), page);
    shortLabel->setBuddy(m_short);
    horizons->addWidget(shortLabel);
    horizons->addWidget(m_short);
    auto* mediumLabel = new QLabel(tr("&Medium term:"), page);
    mediumLabel->setBuddy(m_medium);
    horizons->addSpacing(12);
    horizons->addWidget(mediumLabel);
    horizons->addWidget(m_medium);
    auto* longLabel = new QLabel(tr("&Long term:"), page);
    longLabel->setBuddy(m_long);
    horizons->addSpacing(12);
    horizons->addWidget(longLabel);
    horizons->addWidget(m_long);
    horizons->addStretch(1);
    auto* explain = new QLabel(tr("The horizons are counted from today and drive the columns of the transformation "
                                  "map; each must be longer than the one before."),
                               page);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);

    auto* visionLabel = new QLabel(tr("V&ision:"), page);
    visionLabel->setBuddy(m_vision);
    auto* form = new QFormLayout;
    form->addRow(tr("Change &board meets:"), m_cadence);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(visionLabel);
    layout->addWidget(m_vision, 1);
    layout->addSpacing(6);
    auto* horizonTitle = new QLabel(tr("Horizons"), page);
    QFont bold = horizonTitle->font();
    bold.setBold(true);
    horizonTitle->setFont(bold);
    layout->addWidget(horizonTitle);
    layout->addLayout(horizons);
    layout->addWidget(explain);
    layout->addSpacing(6);
    layout->addLayout(form);
    return page;
}

QWidget* StrategyDialog::buildPillarsTab()
{
    auto* page = new QWidget(this);
    setUpTable(m_pillars, {tr("Pillar"), tr("Description"), tr("Served by")});
    m_pillars->setAccessibleName(tr("Strategic pillars"));
    m_pillars->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    m_pillars->horizontalHeader()->setSectionResizeMode(PillarName, QHeaderView::Interactive);
    m_pillars->horizontalHeader()->setSectionResizeMode(PillarDescription, QHeaderView::Stretch);
    m_pillars->horizontalHeader()->setSectionResizeMode(PillarServing, QHeaderView::ResizeToContents);
    m_pillars->setColumnWidth(PillarName, 200);
    for (const core::Pillar& p : m_portfolio->pillars()) {
        addPillarRow(p);
    }
    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"), page);
    add->setObjectName(QStringLiteral("addPillar"));
    auto* remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removePillar"));
    remove->setToolTip(tr("Remove the selected pillar (Del); what serves it is unlinked"));
    auto* up = new QPushButton(QIcon::fromTheme(QStringLiteral("go-up")), tr("Move &Up"), page);
    up->setObjectName(QStringLiteral("movePillarUp"));
    auto* down = new QPushButton(QIcon::fromTheme(QStringLiteral("go-down")), tr("Move &Down"), page);
    down->setObjectName(QStringLiteral("movePillarDown"));
    connect(add, &QPushButton::clicked, this, &StrategyDialog::addPillar);
    connect(remove, &QPushButton::clicked, this, &StrategyDialog::removePillar);
    connect(up, &QPushButton::clicked, this, [this] { movePillar(-1); });
    connect(down, &QPushButton::clicked, this, [this] { movePillar(1); });
    auto* del = new QAction(tr("Remove Pillar"), m_pillars);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &StrategyDialog::removePillar);
    m_pillars->addAction(del);

    auto* intro = new QLabel(tr("The pillars say what the program is for; every initiative and change request should "
                                "serve at least one. Their order here is their order everywhere."),
                             page);
    intro->setWordWrap(true);
    auto* side = new QVBoxLayout;
    for (QPushButton* b : {add, remove, up, down}) {
        side->addWidget(b);
    }
    side->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_pillars, 1);
    row->addLayout(side);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    return page;
}

QWidget* StrategyDialog::buildBudgetTab()
{
    auto* page = new QWidget(this);
    setUpTable(m_envelopes, {tr("Year"), tr("Envelope"), tr("Committed"), tr("Remaining")});
    m_envelopes->setAccessibleName(tr("Budget envelopes"));
    m_envelopes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_envelopes->horizontalHeader()->setSectionResizeMode(EnvelopeYear, QHeaderView::ResizeToContents);
    for (int c : {EnvelopeAmount, EnvelopeCommitted, EnvelopeRemaining}) {
        m_envelopes->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    }
    m_envelopes->verticalHeader()->setDefaultSectionSize(m_envelopes->fontMetrics().height() + 16);
    const QMap<int, double>& envelopes = m_portfolio->program().budgetEnvelopes;
    for (auto it = envelopes.cbegin(); it != envelopes.cend(); ++it) {
        addEnvelopeRow(it.key(), it.value());
    }
    m_newYear->setRange(1900, 2200);
    m_newYear->setGroupSeparatorShown(false);
    m_newYear->setValue(nextFreeYear());
    m_newYear->setAccessibleName(tr("Year to add"));
    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Year"), page);
    add->setObjectName(QStringLiteral("addYear"));
    auto* remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove Year"), page);
    remove->setObjectName(QStringLiteral("removeYear"));
    connect(add, &QPushButton::clicked, this, &StrategyDialog::addYear);
    connect(remove, &QPushButton::clicked, this, &StrategyDialog::removeYear);

    auto* intro = new QLabel(tr("What the program may commit each year. Committed counts the bins decided on and the "
                                "approved initiatives outside any bin, in the year they start. A year without an "
                                "envelope is not checked."),
                             page);
    intro->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_newYear);
    bar->addWidget(add);
    bar->addStretch(1);
    bar->addWidget(remove);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_envelopes, 1);
    layout->addLayout(bar);
    return page;
}

QWidget* StrategyDialog::buildCapacityTab()
{
    auto* page = new QWidget(this);
    const app::StrategyCheck check(*m_portfolio);
    for (const core::LoadCell& cell : check.load(m_today, 12)) {
        if (cell.load > m_peakLoad.value(cell.domain, -1)) {
            m_peakLoad.insert(cell.domain, cell.load);
            m_peakMonth.insert(cell.domain, cell.month);
        }
    }
    setUpTable(m_capacity, {tr("Domain"), tr("Capacity per month"), tr("Peak load, next 12 months")});
    m_capacity->setAccessibleName(tr("Capacity per domain"));
    m_capacity->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_capacity->horizontalHeader()->setSectionResizeMode(CapacityDomain, QHeaderView::Stretch);
    m_capacity->horizontalHeader()->setSectionResizeMode(CapacityDays, QHeaderView::Interactive);
    m_capacity->horizontalHeader()->setSectionResizeMode(CapacityPeak, QHeaderView::Stretch);
    m_capacity->setColumnWidth(CapacityDays, 220);
    m_capacity->verticalHeader()->setDefaultSectionSize(m_capacity->fontMetrics().height() + 16);
    for (const core::Domain& d : m_portfolio->domains()) {
        const int row = m_capacity->rowCount();
        m_capacity->insertRow(row);
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromString(d.color));
        auto* name = readOnlyItem(d.name);
        name->setIcon(QIcon(swatch));
        name->setData(Qt::UserRole, d.id);
        m_capacity->setItem(row, CapacityDomain, name);
        auto* box = new QDoubleSpinBox(m_capacity);
        box->setObjectName(QStringLiteral("capacity-%1").arg(d.id));
        box->setAccessibleName(tr("Capacity of %1").arg(d.name));
        box->setRange(0, 1e6);
        box->setDecimals(0);
        box->setGroupSeparatorShown(true);
        box->setSuffix(tr(" person-days"));
        box->setSpecialValueText(tr("not set"));
        box->setFrame(false);
        box->setValue(d.capacityPersonDays);
        box->installEventFilter(this);
        m_capacity->setCellWidget(row, CapacityDays, box);
        m_capacity->setItem(row, CapacityPeak, readOnlyItem(QString()));
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, box] {
            for (int r = 0; r < m_capacity->rowCount(); ++r) {
                if (m_capacity->cellWidget(r, CapacityDays) == box) {
                    updatePeak(r);
                }
            }
        });
        updatePeak(row);
    }
    auto* intro = new QLabel(tr("How many person-days each domain can give the program per month. The load counts the "
                                "bins decided on and not finished, with dates, at their effort (else their open "
                                "tasks' estimates)."),
                             page);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_capacity, 1);
    return page;
}

QWidget* StrategyDialog::buildGuardrails()
{
    auto* box = new QGroupBox(tr("Guardrails today"), this);
    const QStringList alerts = app::StrategyCheck(*m_portfolio).alerts(m_today);
    QStringList lines;
    for (const QString& a : alerts) {
        lines << QStringLiteral("• ") + a;
    }
    m_guardrails->setText(alerts.isEmpty() ? tr("Within the guardrails.") : lines.join(QLatin1Char('\n')));
    m_guardrails->setWordWrap(true);
    m_guardrails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!alerts.isEmpty()) {
        QPalette red = m_guardrails->palette();
        red.setColor(QPalette::WindowText, OverColor);
        m_guardrails->setPalette(red);
    }
    auto* note = new QLabel(tr("As the program stands; checked again once you save."), box);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_guardrails);
    layout->addWidget(note);
    return box;
}

// ---- Pillars ----

QString StrategyDialog::servingText(core::Id pillarId) const
{
    if (pillarId == 0) {
        return tr("new");
    }
    int initiatives = 0;
    for (const core::Initiative& i : m_portfolio->initiatives()) {
        initiatives += i.pillars.contains(pillarId) ? 1 : 0;
    }
    int requests = 0;
    for (const core::ChangeRequest& r : m_portfolio->requests()) {
        requests += r.pillarId == pillarId ? 1 : 0;
    }
    if (initiatives == 0 && requests == 0) {
        return tr("nothing yet");
    }
    if (requests == 0) {
        return tr("%n initiative(s)", nullptr, initiatives);
    }
    if (initiatives == 0) {
        return tr("%n request(s)", nullptr, requests);
    }
    return tr("%1, %2").arg(tr("%n initiative(s)", nullptr, initiatives), tr("%n request(s)", nullptr, requests));
}

void StrategyDialog::addPillarRow(const core::Pillar& pillar)
{
    const int row = m_pillars->rowCount();
    m_pillars->insertRow(row);
    auto* name = new QTableWidgetItem(pillar.name);
    name->setData(Qt::UserRole, pillar.id);
    m_pillars->setItem(row, PillarName, name);
    m_pillars->setItem(row, PillarDescription, new QTableWidgetItem(pillar.description));
    m_pillars->setItem(row, PillarServing, readOnlyItem(servingText(pillar.id)));
}

void StrategyDialog::addPillar()
{
    core::Pillar p;
    p.name = tr("New pillar");
    addPillarRow(p);
    const int row = m_pillars->rowCount() - 1;
    m_pillars->setCurrentCell(row, PillarName);
    m_pillars->editItem(m_pillars->item(row, PillarName));
    m_error->hide();
}

void StrategyDialog::removePillar()
{
    const int row = m_pillars->currentRow();
    if (row < 0) {
        return;
    }
    const core::Id id = m_pillars->item(row, PillarName)->data(Qt::UserRole).toLongLong();
    if (id != 0) {
        int initiatives = 0;
        for (const core::Initiative& i : m_portfolio->initiatives()) {
            initiatives += i.pillars.contains(id) ? 1 : 0;
        }
        int requests = 0;
        for (const core::ChangeRequest& r : m_portfolio->requests()) {
            requests += r.pillarId == id ? 1 : 0;
        }
        if (initiatives > 0 || requests > 0) {
            const QString name = m_pillars->item(row, PillarName)->text().trimmed();
            QString who;
            if (requests == 0) {
                who = tr("%n initiative(s)", nullptr, initiatives);
            } else if (initiatives == 0) {
                who = tr("%n change request(s)", nullptr, requests);
            } else {
                who = tr("%1 and %2")
                          .arg(tr("%n initiative(s)", nullptr, initiatives),
                               tr("%n change request(s)", nullptr, requests));
            }
            const QString text =
                tr("%1 serve “%2”. Remove it and unlink them?", nullptr, initiatives + requests).arg(who, name);
            if (!Dialogs::question(this, tr("Remove Pillar"), text)) {
                return;
            }
        }
        m_unlink.insert(id);
    }
    m_pillars->removeRow(row);
    if (m_pillars->rowCount() > 0) {
        m_pillars->setCurrentCell(qMin(row, m_pillars->rowCount() - 1), PillarName);
    }
    m_error->hide();
}

void StrategyDialog::swapPillarRows(int a, int b)
{
    for (int c = 0; c < m_pillars->columnCount(); ++c) {
        QTableWidgetItem* first = m_pillars->takeItem(a, c);
        QTableWidgetItem* second = m_pillars->takeItem(b, c);
        m_pillars->setItem(a, c, second);
        m_pillars->setItem(b, c, first);
    }
}

void StrategyDialog::movePillar(int delta)
{
    const int row = m_pillars->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_pillars->rowCount()) {
        return;
    }
    swapPillarRows(row, to);
    m_pillars->setCurrentCell(to, qMax(0, m_pillars->currentColumn()));
}

// ---- Budget envelopes ----

int StrategyDialog::envelopeRow(int year) const
{
    for (int r = 0; r < m_envelopes->rowCount(); ++r) {
        if (m_envelopes->item(r, EnvelopeYear)->data(Qt::UserRole).toInt() == year) {
            return r;
        }
    }
    return -1;
}

QDoubleSpinBox* StrategyDialog::envelopeEditor(int row) const
{
    return qobject_cast<QDoubleSpinBox*>(m_envelopes->cellWidget(row, EnvelopeAmount));
}

int StrategyDialog::nextFreeYear() const
{
    int year = m_today.year();
    while (envelopeRow(year) >= 0 && year < 2200) {
        ++year;
    }
    return year;
}

void StrategyDialog::addEnvelopeRow(int year, double amount)
{
    int row = 0;
    while (row < m_envelopes->rowCount() && m_envelopes->item(row, EnvelopeYear)->data(Qt::UserRole).toInt() < year) {
        ++row;
    }
    m_envelopes->insertRow(row);
    auto* yearItem = readOnlyItem(QString::number(year));
    yearItem->setData(Qt::UserRole, year);
    m_envelopes->setItem(row, EnvelopeYear, yearItem);
    auto* box = new QDoubleSpinBox(m_envelopes);
    box->setObjectName(QStringLiteral("envelope-%1").arg(year));
    box->setAccessibleName(tr("Envelope for %1").arg(year));
    box->setRange(0, 1e12);
    box->setDecimals(0);
    box->setGroupSeparatorShown(true);
    box->setSpecialValueText(tr("not set"));
    box->setFrame(false);
    box->setValue(amount);
    box->installEventFilter(this);
    m_envelopes->setCellWidget(row, EnvelopeAmount, box);
    const double committed = app::StrategyCheck(*m_portfolio).budget(year).committed;
    auto* committedItem = readOnlyItem(app::StrategyCheck::amount(committed));
    committedItem->setData(Qt::UserRole, committed);
    committedItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_envelopes->setItem(row, EnvelopeCommitted, committedItem);
    auto* remaining = readOnlyItem(QString());
    remaining->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_envelopes->setItem(row, EnvelopeRemaining, remaining);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, year] { updateRemaining(envelopeRow(year)); });
    updateRemaining(row);
}

void StrategyDialog::updateRemaining(int row)
{
    if (row < 0) {
        return;
    }
    const double envelope = envelopeEditor(row)->value();
    const double committed = m_envelopes->item(row, EnvelopeCommitted)->data(Qt::UserRole).toDouble();
    QTableWidgetItem* item = m_envelopes->item(row, EnvelopeRemaining);
    if (envelope <= 0) {
        item->setText(tr("unchecked"));
        markOver(item, false, this);
        item->setToolTip(QString());
        return;
    }
    const double remaining = envelope - committed;
    item->setText(remaining < 0 ? tr("%1 over").arg(app::StrategyCheck::amount(-remaining))
                                : app::StrategyCheck::amount(remaining));
    markOver(item, remaining < 0, this);
    item->setToolTip(remaining < 0 ? tr("More is committed than the envelope allows") : QString());
}

void StrategyDialog::addYear()
{
    const int year = m_newYear->value();
    int row = envelopeRow(year);
    if (row < 0) {
        addEnvelopeRow(year, 0);
        row = envelopeRow(year);
    }
    m_envelopes->setCurrentCell(row, EnvelopeYear);
    envelopeEditor(row)->setFocus();
    envelopeEditor(row)->selectAll();
    m_newYear->setValue(nextFreeYear());
    m_error->hide();
}

void StrategyDialog::removeYear()
{
    const int row = m_envelopes->currentRow();
    if (row < 0) {
        return;
    }
    m_envelopes->removeRow(row);
    m_newYear->setValue(nextFreeYear());
    m_error->hide();
}

// ---- Capacity ----

void StrategyDialog::updatePeak(int row)
{
    const core::Id domain = m_capacity->item(row, CapacityDomain)->data(Qt::UserRole).toLongLong();
    const double capacity = static_cast<QDoubleSpinBox*>(m_capacity->cellWidget(row, CapacityDays))->value();
    QTableWidgetItem* item = m_capacity->item(row, CapacityPeak);
    const double peak = m_peakLoad.value(domain);
    if (peak <= 0) {
        item->setText(tr("no load"));
        markOver(item, false, this);
        return;
    }
    const QString month = QLocale().toString(m_peakMonth.value(domain), QStringLiteral("MMM yyyy"));
    const bool over = capacity > 0 && peak > capacity + 1e-9;
    item->setText(over ? tr("%1 in %2 (over)").arg(days(peak), month) : tr("%1 in %2").arg(days(peak), month));
    markOver(item, over, this);
}

bool StrategyDialog::eventFilter(QObject* watched, QEvent* event)
{
    // A click into an editor in a cell selects its row, so Remove Year takes the row the user is looking at.
    if (event->type() == QEvent::FocusIn) {
        for (auto [table, column] :
             {std::pair{m_envelopes, int(EnvelopeAmount)}, std::pair{m_capacity, int(CapacityDays)}}) {
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->cellWidget(r, column) == watched && table->currentRow() != r) {
                    table->setCurrentCell(r, 0);
                }
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

// ---- Saving ----

app::ChangeSet StrategyDialog::changes() const
{
    app::ChangeSet set;
    const core::Program& current = m_portfolio->program();
    core::Program program = current;
    program.vision = m_vision->toPlainText().trimmed();
    program.shortTermMonths = m_short->value();
    program.mediumTermMonths = m_medium->value();
    program.longTermMonths = m_long->value();
    program.boardCadence = core::BoardCadence(m_cadence->currentData().toInt());
    program.budgetEnvelopes.clear();
    for (int r = 0; r < m_envelopes->rowCount(); ++r) {
        const int year = m_envelopes->item(r, EnvelopeYear)->data(Qt::UserRole).toInt();
        // The editors show whole amounts: an untouched amount with cents stays as it was.
        const double shown = envelopeEditor(r)->value();
        const auto old = current.budgetEnvelopes.constFind(year);
        const bool untouched = old != current.budgetEnvelopes.cend() && std::round(*old) == shown;
        program.budgetEnvelopes.insert(year, untouched ? *old : shown);
    }
    if (program.vision == current.vision.trimmed()) {
        program.vision = current.vision; // untouched: leave its spacing alone
    }
    if (!(program == current)) {
        set.program.push_back({current, program});
    }

    // Pillars: the rows in order, then those no longer listed. The pillars keep their sort orders while these
    // already give the rows' order (a program may number them from 1, say), new ones after them; else the rows
    // are numbered afresh. Renumbering an untouched list would save a change the user never made.
    const auto pillarAt = [this](int r) -> const core::Pillar* {
        const core::Id id = m_pillars->item(r, PillarName)->data(Qt::UserRole).toLongLong();
        return id != 0 ? m_portfolio->pillar(id) : nullptr;
    };
    QList<int> order;
    for (int r = 0; r < m_pillars->rowCount(); ++r) {
        const core::Pillar* before = pillarAt(r);
        order.append(before ? before->sortOrder : (order.isEmpty() ? 0 : order.back() + 1));
        if (r > 0 && order[r] <= order[r - 1]) {
            order.clear();
            for (int n = 0; n < m_pillars->rowCount(); ++n) {
                order.append(n);
            }
            break;
        }
    }
    QSet<core::Id> listed;
    for (int r = 0; r < m_pillars->rowCount(); ++r) {
        const QString name = m_pillars->item(r, PillarName)->text().trimmed();
        const QString description = m_pillars->item(r, PillarDescription)->text().trimmed();
        const core::Pillar* before = pillarAt(r);
        if (!before) {
            set.pillars.push_back({std::nullopt, core::Pillar{0, name, description, order[r], 0}});
            continue;
        }
        listed.insert(before->id);
        core::Pillar after = *before;
        after.name = name;
        after.description = description;
        after.sortOrder = order[r];
        if (!(after == *before)) {
            set.pillars.push_back({*before, after});
        }
    }
    QSet<core::Id> going;
    for (const core::Pillar& p : m_portfolio->pillars()) {
        if (!listed.contains(p.id)) {
            set.pillars.push_back({p, std::nullopt});
            going.insert(p.id);
        }
    }
    // What served a removed pillar no longer does (the user agreed when removing it).
    if (!going.isEmpty()) {
        for (const core::Initiative& i : m_portfolio->initiatives()) {
            core::Initiative after = i;
            after.pillars.removeIf([&](core::Id p) { return going.contains(p); });
            if (after.pillars.size() != i.pillars.size()) {
                set.initiatives.push_back({i, after});
            }
        }
        for (const core::ChangeRequest& r : m_portfolio->requests()) {
            if (going.contains(r.pillarId)) {
                core::ChangeRequest after = r;
                after.pillarId = 0;
                set.requests.push_back({r, after});
            }
        }
    }

    for (int r = 0; r < m_capacity->rowCount(); ++r) {
        const core::Id id = m_capacity->item(r, CapacityDomain)->data(Qt::UserRole).toLongLong();
        const double capacity = static_cast<QDoubleSpinBox*>(m_capacity->cellWidget(r, CapacityDays))->value();
        if (const core::Domain* d = m_portfolio->domain(id); d && std::round(d->capacityPersonDays) != capacity) {
            core::Domain after = *d;
            after.capacityPersonDays = capacity;
            set.domains.push_back({*d, after});
        }
    }
    return set;
}

void StrategyDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void StrategyDialog::accept()
{
    app::ChangeSet set = changes();
    if (set.isEmpty()) {
        QDialog::accept();
        return;
    }
    QString reason;
    const auto connection =
        connect(m_portfolio, &app::Portfolio::editRefused, this, [&reason](const QString& why) { reason = why; });
    const bool ok = m_portfolio->submit(tr("Edit the strategy"), std::move(set));
    disconnect(connection);
    if (!ok) {
        showError(reason.isEmpty() ? tr("The strategy could not be saved.") : reason);
        return;
    }
    QDialog::accept();
}

} // namespace tiller::gui
