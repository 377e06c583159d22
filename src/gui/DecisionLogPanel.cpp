// The decision log: every decision of every board session, searchable and filtered by verdict.
#include "tiller/gui/BoardSessionPanel.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

QString shortDate(QDate d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); }

} // namespace

DecisionLogPanel::DecisionLogPanel(app::Portfolio* portfolio, QWidget* parent)
    : QWidget(parent), m_portfolio(portfolio), m_search(new QLineEdit(this)), m_verdict(new QComboBox(this)),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search requests and reasons"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_verdict->addItem(tr("All decisions"), -1);
    for (int v = 0; v < core::BoardVerdictCount; ++v) {
        m_verdict->addItem(app::Text::verdict(core::BoardVerdict(v)), v);
    }
    m_table->setObjectName(QStringLiteral("decisionLog"));
    m_table->setModel(m_proxy);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_verdict);
    bar->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_count->setText(tr("%n decision(s)", nullptr, rowCount()));
    });
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &DecisionLogPanel::refresh);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit requestActivated(m_proxy->index(index.row(), 0).data(Qt::UserRole + 1).toLongLong());
    });
    connect(m_portfolio, &app::Portfolio::decisionsChanged, this, &DecisionLogPanel::refresh);
    connect(m_portfolio, &app::Portfolio::requestChanged, this, &DecisionLogPanel::refresh);
    connect(m_portfolio, &app::Portfolio::meetingsChanged, this, &DecisionLogPanel::refresh);
    refresh();
    m_table->sortByColumn(0, Qt::DescendingOrder);
}

int DecisionLogPanel::rowCount() const { return m_proxy->rowCount(); }

void DecisionLogPanel::refresh()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Request"), tr("Title"), tr("Decision"), tr("Priority"),
                                        tr("Deadline"), tr("Result"), tr("Reason")});
    const int wanted = m_verdict->currentData().toInt();
    for (const core::BoardDecision& x : m_portfolio->decisions()) {
        if (wanted >= 0 && int(x.verdict) != wanted) {
            continue;
        }
        const core::ChangeRequest* r = m_portfolio->request(x.requestId);
        const core::Meeting* session = m_portfolio->meeting(x.sessionId);
        const auto cell = [](const QString& text, const QVariant& sort) {
            auto* item = new QStandardItem(text);
            item->setData(sort.isValid() ? sort : QVariant(text), Qt::UserRole);
            return item;
        };
        QString result;
        if (const core::Initiative* i = m_portfolio->initiative(x.initiativeId)) {
            const core::ProjectBin* b = m_portfolio->bin(x.binId);
            result = b ? tr("%1 in %2").arg(i->code, b->code) : i->code;
        } else if (x.verdict == core::BoardVerdict::Deferred) {
            result = tr("back on %1").arg(shortDate(x.deferredTo));
        }
        QList<QStandardItem*> row{cell(shortDate(x.decidedOn), x.decidedOn),
                                  cell(r ? r->code : QString(), {}),
                                  cell(r ? r->title : QString(), {}),
                                  cell(app::Text::verdict(x.verdict), int(x.verdict)),
                                  cell(x.priority > 0 ? QString::number(x.priority) : QString(), x.priority),
                                  cell(shortDate(x.deadline), x.deadline),
                                  cell(result, {}),
                                  cell(x.reason, {})};
        row[0]->setData(x.requestId, Qt::UserRole + 1);
        row[7]->setToolTip(x.reason);
        if (session && !session->closed) {
            row[3]->setToolTip(tr("The session is still open: this decision can still change."));
            QFont italic = row[3]->font();
            italic.setItalic(true);
            row[3]->setFont(italic);
        }
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(2, std::min(m_table->columnWidth(2), 320));
    m_count->setText(tr("%n decision(s)", nullptr, rowCount()));
}

} // namespace tiller::gui
