#include "tiller/gui/RaciPanel.h"

#include "tiller/app/GovernanceEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/RaciModel.h"
#include "tiller/gui/ChoiceDelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tiller::gui {

RaciPanel::RaciPanel(app::Portfolio* portfolio, QWidget* parent)
    : QWidget(parent), m_portfolio(portfolio), m_model(new app::RaciModel(portfolio, this)),
      m_table(new QTableView(this)), m_initiatives(new QCheckBox(tr("Show &initiatives"), this)),
      m_everyone(new QCheckBox(tr("&Everyone, not only the people with a role"), this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("raciPanel"));
    m_table->setObjectName(QStringLiteral("raciTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(app::RaciModel::ChoicesRole, m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultSectionSize(76);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // Widths are set again on every reset (a reset keeps them, but the first one must be set after it).
    const auto widths = [this] {
        m_table->setColumnWidth(app::RaciModel::Item, 300);
        m_table->setColumnWidth(app::RaciModel::Gaps, 250);
    };
    widths();
    connect(m_model, &QAbstractItemModel::modelReset, this, widths);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("RACI matrix"));
    m_table->setToolTip(tr("Double-click a cell or press F2 to choose the person's role: R responsible, A accountable, "
                           "C consulted, I informed."));
    m_initiatives->setChecked(m_model->showInitiatives());
    connect(m_initiatives, &QCheckBox::toggled, m_model, &app::RaciModel::setShowInitiatives);
    m_everyone->setObjectName(QStringLiteral("raciEveryone"));
    m_everyone->setToolTip(tr("Show a column for every person, to give a role to someone who has none yet"));
    connect(m_everyone, &QCheckBox::toggled, m_model, &app::RaciModel::setShowEveryone);

    auto* owners = new QPushButton(tr("Make &Owners Accountable"), this);
    owners->setObjectName(QStringLiteral("ownersAccountable"));
    owners->setToolTip(tr("Where nobody is accountable, make the bin's or initiative's owner accountable"));
    owners->setEnabled(!portfolio->isReadOnly());
    connect(owners, &QPushButton::clicked, this, &RaciPanel::ownersAccountable);
    // Delete clears the cell (an undoable step, like any edit).
    auto* clear = new QAction(tr("Clear Cell"), this);
    clear->setShortcut(QKeySequence::Delete);
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid() && i.column() >= app::RaciModel::FirstPerson) {
            m_model->setData(i, 0);
        }
    });

    m_summary->setObjectName(QStringLiteral("raciSummary"));
    m_summary->setWordWrap(true);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RaciPanel::updateSummary);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_initiatives);
    bar->addWidget(m_everyone);
    bar->addStretch(1);
    bar->addWidget(owners);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    updateSummary();
}

void RaciPanel::updateSummary()
{
    const core::RaciReport& r = m_model->report();
    int noAccountable = 0, several = 0, noResponsible = 0;
    for (const core::RaciFinding& f : r.gaps) {
        noAccountable += f.gap == core::RaciGap::NoAccountable ? 1 : 0;
        several += f.gap == core::RaciGap::SeveralAccountable ? 1 : 0;
        noResponsible += f.gap == core::RaciGap::NoResponsible ? 1 : 0;
    }
    QStringList parts;
    parts.append(tr("%n item(s) under way", nullptr, m_model->rowCount()));
    parts.append(noAccountable == 0
                     ? tr("every one has an accountable person")
                     : tr("<b style='color:#b3261e'>%n without an accountable person</b>", nullptr, noAccountable));
    if (several > 0) {
        parts.append(tr("<b style='color:#b3261e'>%n with several</b>", nullptr, several));
    }
    if (noResponsible > 0) {
        parts.append(tr("%n with nobody responsible", nullptr, noResponsible));
    }
    if (!r.overloads.empty()) {
        QStringList names;
        for (const core::RaciOverload& o : r.overloads) {
            if (const core::Person* p = m_portfolio->person(o.personId)) {
                names.append(tr("%1 (%2)").arg(p->name.toHtmlEscaped()).arg(o.accountable));
            }
        }
        parts.append(tr("<b style='color:#b3261e'>overloaded (more than %1 as accountable): %2</b>")
                         .arg(m_portfolio->program().raciLimit)
                         .arg(names.join(QStringLiteral(", "))));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void RaciPanel::selectItem(core::RaciItem item)
{
    if (!item.isBin() && !m_model->showInitiatives()) {
        m_initiatives->setChecked(true);
    }
    const int row = m_model->rowOf(item);
    if (row >= 0) {
        const QModelIndex i = m_model->index(row, app::RaciModel::Gaps);
        m_table->setCurrentIndex(i);
        m_table->scrollTo(i);
    }
}

void RaciPanel::ownersAccountable()
{
    app::ChangeSet set = app::GovernanceEdits::accountableFromOwners(*m_portfolio);
    const int count = int(set.raci.size());
    if (count == 0) {
        emit message(tr("Every item with an owner already has an accountable person."));
        return;
    }
    if (m_portfolio->submit(tr("Make owners accountable"), std::move(set))) {
        emit message(tr("%n owner(s) made accountable.", nullptr, count));
    }
}

} // namespace tiller::gui
