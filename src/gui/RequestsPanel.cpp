#include "tiller/gui/RequestsPanel.h"

#include "DuplicateList.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/RequestFilterModel.h"
#include "tiller/app/RequestModel.h"
#include "tiller/app/Text.h"
#include "tiller/gui/ChoiceDelegate.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/QualifyDialog.h"
#include "tiller/gui/RequestDialog.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>
#include <tuple>

namespace tiller::gui {

namespace {

using R = app::RequestModel;
using F = app::RequestFilterModel;

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString shortDate(QDate d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString section(const QString& title, const QString& body)
{
    return QStringLiteral("<p style='margin:8px 0 2px 0'><b>%1</b></p>%2").arg(title.toHtmlEscaped(), body);
}

QString paragraph(const QString& text, const QString& empty)
{
    return text.trimmed().isEmpty() ? QStringLiteral("<p style='margin:0'><i>%1</i></p>").arg(empty.toHtmlEscaped())
                                    : QStringLiteral("<p style='margin:0'>%1</p>").arg(esc(text.trimmed()));
}

QString list(const QStringList& items, const QString& empty)
{
    if (items.isEmpty()) {
        return paragraph(QString(), empty);
    }
    QString html = QStringLiteral("<ul style='margin:0; -qt-list-indent:1'>");
    for (const QString& item : items) {
        html += QStringLiteral("<li>%1</li>").arg(item);
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

RequestsPanel::RequestsPanel(app::Portfolio* portfolio, QWidget* parent)
    : QWidget(parent), m_portfolio(portfolio), m_model(new app::RequestModel(portfolio, this)),
      m_proxy(new app::RequestFilterModel(this)), m_toolbar(new QToolBar(this)), m_search(new QLineEdit(this)),
      m_statusFilter(new QComboBox(this)), m_originFilter(new QComboBox(this)), m_domainFilter(new QComboBox(this)),
      m_count(new QLabel(this)), m_table(new QTableView(this)), m_detail(new QTextBrowser(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("search"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_originFilter->setObjectName(QStringLiteral("originFilter"));
    m_domainFilter->setObjectName(QStringLiteral("domainFilter"));
    m_count->setObjectName(QStringLiteral("count"));
    m_table->setObjectName(QStringLiteral("requests"));
    m_detail->setObjectName(QStringLiteral("detail"));

    // The filter bar.
    m_search->setPlaceholderText(tr("Search code, title or description…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search requests"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("Open"), F::OpenStatuses);
    m_statusFilter->setItemData(0, tr("Submitted, returned, qualified or deferred: still waiting for something"),
                                Qt::ToolTipRole);
    m_statusFilter->addItem(tr("All statuses"), F::AllStatuses);
    for (int s = 0; s < core::RequestStatusCount; ++s) {
        m_statusFilter->addItem(app::Text::requestStatus(core::RequestStatus(s)), F::statusBit(core::RequestStatus(s)));
    }
    m_originFilter->setAccessibleName(tr("Filter by origin"));
    m_originFilter->addItem(tr("All origins"), -1);
    for (int o = 0; o < core::RequestOriginCount; ++o) {
        m_originFilter->addItem(app::Text::requestOrigin(core::RequestOrigin(o)), o);
    }
    m_domainFilter->setAccessibleName(tr("Filter by domain"));
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 3);
    filterBar->addWidget(m_statusFilter, 1);
    filterBar->addWidget(m_originFilter, 1);
    filterBar->addWidget(m_domainFilter, 1);
    filterBar->addSpacing(8);
    filterBar->addWidget(m_count);

    // The table.
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Change requests"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(R::Submitted, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click and Enter open the request; F2 or typing edits the title or urgency in place.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegateForColumn(R::Urgency, new ChoiceDelegate(R::ChoicesRole, this));

    // The selected request, below the table (the table needs the width).
    m_detail->setOpenLinks(false);
    m_detail->setAccessibleName(tr("Selected request"));
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({420, 260});
    m_splitter->setChildrenCollapsible(false);

    // Actions: on the panel (their keys work while it has the focus), its toolbar and the table's context menu.
    const auto action = [this](const QString& name, const QString& text, const QString& icon, const QString& tip) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    // Ctrl+Shift+N is the main window's New Initiative: a request takes R.
    m_new = action(QStringLiteral("newRequest"), tr("&New Request…"), QStringLiteral("list-add"),
                   tr("Submit a change request (Ctrl+Shift+R)"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editRequest"));
    m_edit->setToolTip(tr("Edit the selected request (Enter or double-click)"));
    // On the table only: Enter in the search field or a combo box must not open a request.
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_qualify = action(QStringLiteral("qualifyRequest"), tr("&Qualify…"), QStringLiteral("dialog-ok-apply"),
                       tr("Check the selected request and qualify, return or reject it (Ctrl+Shift+Q)"));
    m_qualify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_resubmit = action(QStringLiteral("resubmitRequest"), tr("Send &Back"), QStringLiteral("mail-forward"),
                        tr("The submitter completed the returned request: send it back for qualification"));
    m_delete = action(QStringLiteral("deleteRequest"), tr("&Delete"), QStringLiteral("edit-delete"),
                      tr("Delete the selected request; only one the board has not seen (Del)"));
    m_delete->setShortcut(QKeySequence::Delete);

    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->addAction(m_new);
    m_toolbar->addAction(m_edit);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_qualify);
    m_toolbar->addAction(m_resubmit);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_delete);
    m_table->addAction(m_edit);
    m_table->addAction(m_qualify);
    m_table->addAction(m_resubmit);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_new);
    m_table->addAction(m_delete);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_new, &QAction::triggered, this, &RequestsPanel::newRequest);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (currentRequest() != 0) {
            emit requestActivated(currentRequest());
            editCurrent();
        }
    });
    connect(m_table, &QTableView::doubleClicked, m_edit, &QAction::trigger);
    connect(m_qualify, &QAction::triggered, this, &RequestsPanel::qualifyCurrent);
    connect(m_resubmit, &QAction::triggered, this, &RequestsPanel::resubmitCurrent);
    connect(m_delete, &QAction::triggered, this, &RequestsPanel::deleteCurrent);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &app::RequestFilterModel::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &RequestsPanel::applyStatusFilter);
    connect(m_originFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOriginFilter(m_originFilter->currentData().toInt()); });
    connect(m_domainFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDomainFilter(m_domainFilter->currentData().toLongLong()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &RequestsPanel::updateCount);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequestsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RequestsPanel::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });

    // The selected request's details and actions follow the portfolio.
    const auto refresh = [this] {
        updateDetail();
        updateActions();
    };
    connect(portfolio, &app::Portfolio::requestChanged, this, [this, refresh](core::Id id) {
        if (id == currentRequest()) {
            refresh();
        }
    });
    for (auto signal :
         {&app::Portfolio::decisionsChanged, &app::Portfolio::pillarsChanged, &app::Portfolio::meetingsChanged}) {
        connect(portfolio, signal, this, refresh);
    }
    connect(portfolio, &app::Portfolio::initiativeChanged, this, refresh);
    connect(portfolio, &app::Portfolio::requestAdded, this, refresh);
    connect(portfolio, &app::Portfolio::requestRemoved, this, refresh);
    for (auto signal : {&app::Portfolio::domainAdded, &app::Portfolio::domainChanged, &app::Portfolio::domainRemoved}) {
        connect(portfolio, signal, this, &RequestsPanel::rebuildFilters);
    }

    rebuildFilters();
    applyStatusFilter();
    sizeColumns();
    if (m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, R::Title),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateCount();
    updateDetail();
    updateActions();
}

void RequestsPanel::sizeColumns()
{
    m_table->resizeColumnsToContents();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    // Long texts get a reasonable share; the tooltip and the details show the rest.
    for (auto [column, cap, least] :
         {std::tuple{int(R::Title), 32, 24}, std::tuple{int(R::Origin), 22, 0}, std::tuple{int(R::Submitter), 18, 0},
          std::tuple{int(R::Domain), 16, 10}, std::tuple{int(R::Pillar), 16, 10}}) {
        m_table->setColumnWidth(column, qBound(em * least, m_table->columnWidth(column), em * cap));
    }
}

void RequestsPanel::rebuildFilters()
{
    const core::Id domain = m_domainFilter->currentData().toLongLong();
    {
        QSignalBlocker block(m_domainFilter);
        m_domainFilter->clear();
        m_domainFilter->addItem(tr("All domains"), qint64(0));
        for (const auto& d : m_portfolio->domains()) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor::fromString(d.color));
            m_domainFilter->addItem(QIcon(swatch), d.name, d.id);
        }
        m_domainFilter->setCurrentIndex(qMax(0, m_domainFilter->findData(domain)));
    }
    m_proxy->setDomainFilter(m_domainFilter->currentData().toLongLong());
}

void RequestsPanel::applyStatusFilter()
{
    m_proxy->setStatusFilter(m_statusFilter->currentData().toInt());
    updateCount();
}

void RequestsPanel::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n request(s)", nullptr, total)
                                    : tr("%1 of %n request(s)", nullptr, total).arg(shown));
    // A row that left the filter leaves its details.
    updateDetail();
    updateActions();
}

core::Id RequestsPanel::currentRequest() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(R::IdRole).toLongLong();
}

void RequestsPanel::selectRequest(core::Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    QModelIndex at = m_proxy->mapFromSource(m_model->index(row, R::Title));
    if (!at.isValid()) {
        // Hidden by the filters: clear them so the user sees the request they asked for.
        m_search->clear();
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(F::AllStatuses));
        m_originFilter->setCurrentIndex(0);
        m_domainFilter->setCurrentIndex(0);
        at = m_proxy->mapFromSource(m_model->index(row, R::Title));
    }
    m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(at);
}

bool RequestsPanel::deletable(core::Id id) const
{
    const core::ChangeRequest* r = m_portfolio->request(id);
    if (!r || r->sessionId != 0 || !m_portfolio->decisionsOnRequest(id).empty()) {
        return false;
    }
    return r->status == core::RequestStatus::Submitted || r->status == core::RequestStatus::Returned ||
           r->status == core::RequestStatus::Rejected;
}

void RequestsPanel::updateActions()
{
    const bool writable = !m_portfolio->isReadOnly();
    const core::ChangeRequest* r = m_portfolio->request(currentRequest());
    m_new->setEnabled(writable);
    m_edit->setEnabled(r != nullptr);
    m_qualify->setEnabled(writable && r && r->status == core::RequestStatus::Submitted);
    m_resubmit->setEnabled(writable && r && r->status == core::RequestStatus::Returned);
    m_delete->setEnabled(writable && r && deletable(r->id));
}

void RequestsPanel::updateDetail()
{
    const core::ChangeRequest* r = m_portfolio->request(currentRequest());
    if (!r) {
        m_detail->setHtml(
            QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Select a request to see its description, evidence and history.").toHtmlEscaped()));
        return;
    }
    const app::Portfolio& p = *m_portfolio;
    const core::Person* submitter = p.person(r->submitterId);
    QStringList facts;
    facts.append(QStringLiteral("<b>%1</b>").arg(app::Text::requestStatus(r->status).toHtmlEscaped()));
    facts.append(app::Text::requestOrigin(r->origin).toHtmlEscaped());
    facts.append((submitter ? tr("from %1 on %2").arg(submitter->name, shortDate(r->submittedOn))
                            : tr("submitted on %1").arg(shortDate(r->submittedOn)))
                     .toHtmlEscaped());
    facts.append(tr("urgency %1").arg(app::Text::urgency(r->urgency).toLower()).toHtmlEscaped());
    if (r->wantedBy.isValid()) {
        facts.append(tr("wanted by %1").arg(shortDate(r->wantedBy)).toHtmlEscaped());
    }
    if (const core::Meeting* m = p.meeting(r->sessionId)) {
        facts.append(tr("on the agenda: %1").arg(app::BoardEdits::sessionTitle(*m)).toHtmlEscaped());
    }
    if (r->status == core::RequestStatus::Deferred && r->deferredTo.isValid()) {
        facts.append(tr("back on %1").arg(shortDate(r->deferredTo)).toHtmlEscaped());
    }
    const core::Domain* domain = p.domain(r->domainId);
    const core::Pillar* pillar = p.pillar(r->pillarId);
    const QLocale locale;
    QStringList weight;
    weight.append(domain ? domain->name : tr("no domain"));
    weight.append(pillar ? tr("pillar “%1”").arg(pillar->name) : tr("no pillar"));
    weight.append(r->estBenefit > 0 ? tr("benefit %1").arg(locale.toString(r->estBenefit, 'f', 0))
                                    : tr("benefit not estimated"));
    weight.append(r->estCost > 0 ? tr("cost %1").arg(locale.toString(r->estCost, 'f', 0)) : tr("cost not estimated"));
    weight.append(r->estEffortDays > 0 ? tr("%1 person-days").arg(locale.toString(r->estEffortDays, 'g', 6))
                                       : tr("effort not estimated"));

    QString left = QStringLiteral("<p style='margin:0'><b style='font-size:large'>%1 — %2</b></p>"
                                  "<p style='margin:2px 0 0 0'>%3<br>%4</p>")
                       .arg(r->code.toHtmlEscaped(), r->title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")),
                            weight.join(QStringLiteral(" · ")).toHtmlEscaped());
    left += section(tr("Description"), paragraph(r->description, tr("No description.")));
    left += section(tr("Evidence"), paragraph(r->evidence, tr("No evidence given.")));
    QStringList pains;
    for (core::Id id : r->painPoints) {
        if (const core::PainPoint* pp = p.painPoint(id)) {
            const core::JourneyStage* s = p.stage(pp->stageId);
            pains.append(s ? tr("%1: %2").arg(s->name.toHtmlEscaped(), pp->title.toHtmlEscaped())
                           : pp->title.toHtmlEscaped());
        }
    }
    left += section(tr("Pain points"), list(pains, tr("None linked.")));

    QString right;
    QString qualification;
    if (r->qualifiedOn.isValid()) {
        qualification = tr("Checked on %1.").arg(shortDate(r->qualifiedOn)).toHtmlEscaped();
        if (core::AllQualificationChecks & ~r->checklist) {
            qualification +=
                QLatin1Char(' ') + tr("Not yet: %1.").arg(app::Text::missingChecks(r->checklist)).toHtmlEscaped();
        }
        if (!r->qualificationNote.isEmpty()) {
            qualification += QStringLiteral("<br>") + esc(r->qualificationNote);
        }
        qualification = QStringLiteral("<p style='margin:0'>%1</p>").arg(qualification);
    } else {
        qualification = paragraph(QString(), tr("Not qualified yet."));
    }
    right += section(tr("Qualification"), qualification);
    QStringList decisions;
    for (const core::BoardDecision& x : p.decisionsOnRequest(r->id)) {
        QString line = QStringLiteral("<b>%1</b>, %2")
                           .arg(app::Text::verdict(x.verdict).toHtmlEscaped(), shortDate(x.decidedOn).toHtmlEscaped());
        if (x.verdict == core::BoardVerdict::Deferred && x.deferredTo.isValid()) {
            line += QStringLiteral(" — ") + tr("back on %1").arg(shortDate(x.deferredTo)).toHtmlEscaped();
        }
        if (x.verdict == core::BoardVerdict::Approved) {
            if (const core::Initiative* i = p.initiative(x.initiativeId)) {
                line += QStringLiteral(" — ") + tr("became %1").arg(i->code).toHtmlEscaped();
            }
        }
        if (!x.reason.isEmpty()) {
            line += QStringLiteral(": ") + esc(x.reason);
        }
        decisions.append(line);
    }
    right += section(tr("Board decisions"), list(decisions, tr("None yet.")));
    QStringList similar;
    for (const auto& d : app::BoardEdits::likelyDuplicates(p, *r)) {
        similar.append(DuplicateList::text(d).toHtmlEscaped());
    }
    right += section(tr("Likely duplicates"), list(similar, tr("Nothing similar.")));

    m_detail->setHtml(QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4'><tr>"
                                     "<td width='58%' valign='top'>%1</td><td width='42%' valign='top'>%2</td>"
                                     "</tr></table>")
                          .arg(left, right));
}

void RequestsPanel::newRequest()
{
    if (m_portfolio->isReadOnly()) {
        return;
    }
    const core::Id id = RequestDialog::submitNew(this, m_portfolio);
    if (id != 0) {
        selectRequest(id);
        emit message(tr("Submitted %1. Qualify it before the next board session.").arg(m_portfolio->request(id)->code));
    }
}

void RequestsPanel::editCurrent()
{
    if (currentRequest() != 0) {
        RequestDialog::edit(this, m_portfolio, currentRequest());
    }
}

void RequestsPanel::qualifyCurrent()
{
    const core::Id id = currentRequest();
    if (id == 0 || !m_qualify->isEnabled()) {
        return;
    }
    if (QualifyDialog::qualify(this, m_portfolio, id)) {
        if (const core::ChangeRequest* r = m_portfolio->request(id)) {
            emit message(tr("%1 is now %2.").arg(r->code, app::Text::requestStatus(r->status).toLower()));
        }
    }
}

void RequestsPanel::resubmitCurrent()
{
    const core::ChangeRequest* r = m_portfolio->request(currentRequest());
    if (!r || r->status != core::RequestStatus::Returned) {
        return;
    }
    const QString code = r->code;
    if (m_portfolio->submit(tr("Send back %1").arg(code), app::BoardEdits::resubmit(*m_portfolio, r->id))) {
        emit message(tr("%1 is back in the qualification queue.").arg(code));
    }
}

void RequestsPanel::deleteCurrent()
{
    const core::ChangeRequest* r = m_portfolio->request(currentRequest());
    if (!r || m_portfolio->isReadOnly()) {
        return;
    }
    if (!deletable(r->id)) {
        emit message(tr("%1 has been before the board: it stays in the decision log.").arg(r->code));
        return;
    }
    const QString code = r->code;
    if (!Dialogs::question(this, tr("Delete Request"),
                           tr("Delete %1 “%2”? Undo brings it back.").arg(code, r->title))) {
        return;
    }
    const int row = m_table->currentIndex().row();
    app::ChangeSet changes;
    changes.requests.push_back({*r, std::nullopt});
    if (m_portfolio->submit(tr("Delete %1").arg(code), std::move(changes))) {
        emit message(tr("Deleted %1. Undo with %2.")
                         .arg(code, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        if (m_proxy->rowCount() > 0) {
            m_table->selectionModel()->setCurrentIndex(
                m_proxy->index(qBound(0, row, m_proxy->rowCount() - 1), R::Title),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
}

} // namespace tiller::gui
