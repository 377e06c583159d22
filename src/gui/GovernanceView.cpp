#include "tiller/gui/GovernanceView.h"

#include "tiller/app/GovernanceEdits.h"
#include "tiller/app/GovernanceText.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/GovernanceDialogs.h"
#include "tiller/gui/GovernanceReport.h"
#include "tiller/gui/MaturityPanel.h"
#include "tiller/gui/RaciPanel.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

enum BodyColumn
{
    Name,
    Kind,
    Chair,
    Cadence,
    Next,
    Members,
    BodyColumnCount
};

// What a line of the gaps list leads to.
enum GapKind
{
    RaciGapLine = 1,
    PainLine,
    InitiativeLine
};

QString personName(const app::Portfolio& p, core::Id id)
{
    const core::Person* person = p.person(id);
    return person ? person->name : QString();
}

QString date(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

} // namespace

GovernanceView::GovernanceView(QWidget* parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("governanceView"));
    m_tabs->setObjectName(QStringLiteral("governanceTabs"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
}

void GovernanceView::setPortfolio(app::Portfolio* portfolio)
{
    if (m_portfolio) {
        disconnect(m_portfolio, nullptr, this, nullptr);
    }
    m_portfolio = portfolio;
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_direction = nullptr;
    m_bodies = nullptr;
    m_detail = nullptr;
    m_upcoming = nullptr;
    m_gaps = nullptr;
    m_raci = nullptr;
    m_maturity = nullptr;
    m_stale = true;
    if (isVisible()) {
        build();
    }
}

void GovernanceView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        build();
    }
}

void GovernanceView::showPage(Page page)
{
    if (m_stale) {
        build();
    }
    if (m_tabs->count() == 3) {
        m_tabs->setCurrentIndex(int(page));
    }
}

void GovernanceView::build()
{
    m_stale = false;
    if (!m_portfolio) {
        return;
    }
    const bool writable = !m_portfolio->isReadOnly();
    auto* overview = new QWidget(m_tabs);
    m_direction = new QLabel(overview);
    m_direction->setObjectName(QStringLiteral("cxDirection"));
    m_direction->setTextFormat(Qt::RichText);
    auto* editDirection = new QPushButton(tr("CX &Direction…"), overview);
    editDirection->setEnabled(writable);
    connect(editDirection, &QPushButton::clicked, this, &GovernanceView::editDirection);
    auto* exportPlan = new QPushButton(tr("E&xport Master Plan…"), overview);
    exportPlan->setObjectName(QStringLiteral("exportMasterPlan"));
    exportPlan->setToolTip(tr("The governance master plan as PDF: bodies, members, meetings, RACI and gaps"));
    connect(exportPlan, &QPushButton::clicked, this, &GovernanceView::exportInteractively);
    auto* top = new QHBoxLayout;
    top->addWidget(m_direction, 1);
    top->addWidget(editDirection);
    top->addWidget(exportPlan);

    m_bodies = new QTableWidget(0, BodyColumnCount, overview);
    m_bodies->setObjectName(QStringLiteral("bodiesTable"));
    m_bodies->setHorizontalHeaderLabels(
        {tr("Body"), tr("Kind"), tr("Chair"), tr("Cadence"), tr("Next meeting"), tr("Members")});
    m_bodies->verticalHeader()->hide();
    m_bodies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bodies->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bodies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bodies->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_bodies->setAccessibleName(tr("Governance bodies"));
    connect(m_bodies, &QTableWidget::itemSelectionChanged, this, &GovernanceView::refreshDetail);
    connect(m_bodies, &QTableWidget::cellDoubleClicked, this, [this] { editBody(); });
    auto* add = new QPushButton(tr("&Add Body…"), overview);
    m_edit = new QPushButton(tr("&Edit…"), overview);
    m_remove = new QPushButton(tr("&Remove"), overview);
    m_record = new QPushButton(tr("Record &Meeting…"), overview);
    m_record->setObjectName(QStringLiteral("recordMeeting"));
    add->setEnabled(writable);
    connect(add, &QPushButton::clicked, this, &GovernanceView::addBody);
    connect(m_edit, &QPushButton::clicked, this, &GovernanceView::editBody);
    connect(m_remove, &QPushButton::clicked, this, &GovernanceView::removeBody);
    connect(m_record, &QPushButton::clicked, this, &GovernanceView::recordMeeting);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, m_edit, m_remove, m_record}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_detail = new QTextBrowser(overview);
    m_detail->setObjectName(QStringLiteral("bodyDetail"));
    m_detail->setOpenLinks(false);
    auto* bodiesBox = new QWidget(overview);
    auto* bodiesLayout = new QVBoxLayout(bodiesBox);
    bodiesLayout->setContentsMargins(0, 0, 0, 0);
    bodiesLayout->addWidget(m_bodies, 1);
    bodiesLayout->addLayout(buttons);
    auto* upper = new QSplitter(Qt::Horizontal, overview);
    upper->addWidget(bodiesBox);
    upper->addWidget(m_detail);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);

    m_upcoming = new QTreeWidget(overview);
    m_upcoming->setObjectName(QStringLiteral("upcomingMeetings"));
    m_upcoming->setHeaderLabels({tr("Date"), tr("Body"), tr("Chair")});
    m_upcoming->setRootIsDecorated(false);
    m_gaps = new QTreeWidget(overview);
    m_gaps->setObjectName(QStringLiteral("governanceGaps"));
    m_gaps->setHeaderLabels({tr("Gap"), tr("Where")});
    m_gaps->setRootIsDecorated(false);
    m_gaps->setToolTip(tr("Double-click a line to go where it can be mended"));
    connect(m_gaps, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { activateGap(m_gaps->indexOfTopLevelItem(item)); });
    auto box = [overview](const QString& title, QWidget* content) {
        auto* group = new QGroupBox(title, overview);
        auto* l = new QVBoxLayout(group);
        l->addWidget(content);
        return group;
    };
    auto* lower = new QSplitter(Qt::Horizontal, overview);
    lower->addWidget(box(tr("Upcoming meetings (90 days)"), m_upcoming));
    lower->addWidget(box(tr("Gaps: RACI and traceability"), m_gaps));
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Vertical, overview);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(overview);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    m_tabs->addTab(overview, tr("&Overview"));

    m_raci = new RaciPanel(m_portfolio, m_tabs);
    connect(m_raci, &RaciPanel::message, this, &GovernanceView::message);
    m_tabs->addTab(m_raci, tr("&RACI Matrix"));
    m_maturity = new MaturityPanel(m_portfolio, m_tabs);
    m_tabs->addTab(m_maturity, tr("CX &Maturity"));

    for (auto signal :
         {&app::Portfolio::bodiesChanged, &app::Portfolio::meetingsChanged, &app::Portfolio::raciChanged,
          &app::Portfolio::programChanged, &app::Portfolio::foundationsChanged, &app::Portfolio::binsChanged}) {
        connect(m_portfolio, signal, this, &GovernanceView::refresh);
    }
    for (auto signal : {&app::Portfolio::initiativeAdded, &app::Portfolio::initiativeChanged,
                        &app::Portfolio::initiativeRemoved, &app::Portfolio::personChanged}) {
        connect(m_portfolio, signal, this, &GovernanceView::refresh);
    }
    refresh();
}

core::Id GovernanceView::currentBody() const
{
    if (!m_bodies || m_bodies->currentRow() < 0 || !m_bodies->item(m_bodies->currentRow(), Name)) {
        return 0;
    }
    return m_bodies->item(m_bodies->currentRow(), Name)->data(Qt::UserRole).toLongLong();
}

void GovernanceView::selectBody(core::Id id)
{
    for (int row = 0; m_bodies && row < m_bodies->rowCount(); ++row) {
        if (m_bodies->item(row, Name)->data(Qt::UserRole).toLongLong() == id) {
            m_bodies->selectRow(row);
        }
    }
}

void GovernanceView::refresh()
{
    if (!m_portfolio || !m_bodies) {
        return;
    }
    const app::Portfolio& p = *m_portfolio;
    const core::Program& program = p.program();
    const QString lead = personName(p, program.cxLeadId);
    m_direction->setText(
        tr("<b>CX direction</b>: led by %1, reporting to %2. One person may be accountable for up to %3 items.")
            .arg(lead.isEmpty() ? tr("<i>nobody named</i>") : lead.toHtmlEscaped(),
                 program.cxReportsTo.isEmpty() ? tr("<i>not said</i>") : program.cxReportsTo.toHtmlEscaped())
            .arg(program.raciLimit));

    const core::Id keep = currentBody();
    m_bodies->setRowCount(int(p.bodies().size()));
    int row = 0;
    for (const core::GovernanceBody& b : p.bodies()) {
        const QStringList cells{b.name,
                                app::GovernanceText::bodyKind(b.kind),
                                personName(p, b.chairId),
                                app::Text::cadence(b.cadence),
                                date(p.nextMeetingOf(b)),
                                QString::number(b.members.size())};
        for (int c = 0; c < BodyColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, b.id);
            m_bodies->setItem(row, c, item);
        }
        ++row;
    }
    m_bodies->resizeColumnsToContents();
    m_bodies->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    if (keep != 0) {
        selectBody(keep);
    }
    if (m_bodies->currentRow() < 0 && m_bodies->rowCount() > 0) {
        m_bodies->selectRow(0);
    }

    // Upcoming: every body's next meeting and the change board's planned sessions within 90 days.
    m_upcoming->clear();
    const QDate today = p.now().date();
    std::vector<std::pair<QDate, const core::GovernanceBody*>> upcoming;
    for (const core::GovernanceBody& b : p.bodies()) {
        const QDate next = p.nextMeetingOf(b);
        if (next.isValid() && next >= today && next <= today.addDays(90)) {
            upcoming.emplace_back(next, &b);
        }
    }
    std::stable_sort(upcoming.begin(), upcoming.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [next, b] : upcoming) {
        auto* item = new QTreeWidgetItem(m_upcoming, {date(next), b->name, personName(p, b->chairId)});
        item->setData(1, Qt::UserRole, b->id);
    }
    for (int c = 0; c < 3; ++c) {
        m_upcoming->resizeColumnToContents(c);
    }

    // Gaps: RACI first (what blocks accountability), then pains nobody works on, then initiatives tied to no pain.
    m_gaps->clear();
    const core::RaciReport report = p.raciReport();
    for (const core::RaciFinding& f : report.gaps) {
        if (f.gap == core::RaciGap::NoResponsible) {
            continue; // listed in the matrix; here only what breaks the rule of one accountable person
        }
        QString where;
        if (const core::ProjectBin* b = f.item.isBin() ? p.bin(f.item.binId) : nullptr) {
            where = QStringLiteral("%1  %2").arg(b->code, b->name);
        } else if (const core::Initiative* i = p.initiative(f.item.initiativeId)) {
            where = QStringLiteral("%1  %2").arg(i->code, i->title);
        }
        auto* item = new QTreeWidgetItem(m_gaps, {app::GovernanceText::raciGap(f.gap), where});
        item->setData(0, Qt::UserRole, int(RaciGapLine));
        item->setData(1, Qt::UserRole, f.item.binId);
        item->setData(1, Qt::UserRole + 1, f.item.initiativeId);
    }
    for (const core::RaciOverload& o : report.overloads) {
        auto* item = new QTreeWidgetItem(
            m_gaps, {tr("Accountable for %n item(s)", nullptr, o.accountable), personName(p, o.personId)});
        item->setData(0, Qt::UserRole, 0);
    }
    for (core::Id id : p.painsWithoutInitiative()) {
        auto* item = new QTreeWidgetItem(m_gaps, {tr("Pain point with no initiative"), p.painPoint(id)->title});
        item->setData(0, Qt::UserRole, int(PainLine));
        item->setData(1, Qt::UserRole, id);
    }
    for (core::Id id : p.initiativesWithoutPain()) {
        const core::Initiative* i = p.initiative(id);
        auto* item = new QTreeWidgetItem(
            m_gaps, {tr("Initiative tied to no pain point"), QStringLiteral("%1  %2").arg(i->code, i->title)});
        item->setData(0, Qt::UserRole, int(InitiativeLine));
        item->setData(1, Qt::UserRole, id);
    }
    m_gaps->resizeColumnToContents(0);
    refreshDetail();
}

void GovernanceView::refreshDetail()
{
    if (!m_portfolio || !m_detail) {
        return;
    }
    const app::Portfolio& p = *m_portfolio;
    const core::GovernanceBody* b = p.body(currentBody());
    const bool writable = !p.isReadOnly();
    m_edit->setEnabled(b && writable);
    m_remove->setEnabled(b && writable);
    // The change board's meetings are its sessions, held in the change board view.
    m_record->setEnabled(b && writable && b->kind != core::BodyKind::ChangeBoard);
    if (!b) {
        m_detail->setHtml(tr("<p><i>No governance body yet: add the steering committee, the change board, the "
                             "customer-advocacy council and the ambassadors network.</i></p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(b->name.toHtmlEscaped());
    if (app::GovernanceText::bodyKind(b->kind) != b->name) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(app::GovernanceText::bodyKind(b->kind).toHtmlEscaped());
    }
    if (!b->purpose.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(b->purpose.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    html += tr("<p><b>Chair:</b> %1 · <b>Meets:</b> %2 · <b>Next:</b> %3</p>")
                .arg(personName(p, b->chairId).toHtmlEscaped(), app::Text::cadence(b->cadence).toLower(),
                     p.nextMeetingOf(*b).isValid() ? date(p.nextMeetingOf(*b)) : tr("not planned"));
    html += tr("<p><b>Members</b> (%1)</p>").arg(b->members.size());
    html += QStringLiteral("<ul>");
    for (const core::BodyMember& m : b->members) {
        html += QStringLiteral("<li>%1%2</li>")
                    .arg(personName(p, m.personId).toHtmlEscaped(),
                         m.role.isEmpty() || m.role == QLatin1String("member")
                             ? QString()
                             : QStringLiteral(" — %1").arg(m.role.toHtmlEscaped()));
    }
    html += QStringLiteral("</ul>");
    const std::vector<core::Meeting> meetings = p.meetingsOf(b->id);
    html += tr("<p><b>Meeting records</b> (%1)</p>").arg(meetings.size());
    for (auto it = meetings.rbegin(); it != meetings.rend() && it - meetings.rbegin() < 6; ++it) {
        html += QStringLiteral("<p><b>%1</b> — %2 · %3<br>%4</p>")
                    .arg(date(it->heldOn), it->title.toHtmlEscaped(),
                         tr("%n attendee(s)", nullptr, int(it->attendees.size())),
                         it->decisions.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    m_detail->setHtml(html);
}

void GovernanceView::activateGap(int row)
{
    QTreeWidgetItem* item = m_gaps->topLevelItem(row);
    if (!item) {
        return;
    }
    switch (item->data(0, Qt::UserRole).toInt()) {
    case RaciGapLine:
        showPage(Page::Raci);
        m_raci->selectItem({item->data(1, Qt::UserRole).toLongLong(), item->data(1, Qt::UserRole + 1).toLongLong()});
        break;
    case PainLine:
        emit painActivated(item->data(1, Qt::UserRole).toLongLong());
        break;
    case InitiativeLine:
        emit initiativeActivated(item->data(1, Qt::UserRole).toLongLong());
        break;
    default:
        showPage(Page::Raci);
        break;
    }
}

void GovernanceView::addBody()
{
    core::GovernanceBody b;
    if (BodyDialog::edit(this, m_portfolio, b)) {
        selectBody(m_portfolio->bodies().back().id);
    }
}

void GovernanceView::editBody()
{
    if (const core::GovernanceBody* b = m_portfolio ? m_portfolio->body(currentBody()) : nullptr) {
        BodyDialog::edit(this, m_portfolio, *b);
    }
}

void GovernanceView::removeBody()
{
    const core::GovernanceBody* b = m_portfolio ? m_portfolio->body(currentBody()) : nullptr;
    if (!b) {
        return;
    }
    const int records = int(m_portfolio->meetingsOf(b->id).size());
    const QString question =
        b->kind == core::BodyKind::ChangeBoard
            ? tr("Remove “%1”? Its sessions stay in the change board.").arg(b->name)
            : tr("Remove “%1” and its %n meeting record(s)? Undo brings them back.", nullptr, records).arg(b->name);
    if (Dialogs::question(this, tr("Remove Body"), question)) {
        m_portfolio->submit(tr("Remove the body “%1”").arg(b->name),
                            app::GovernanceEdits::removeBody(*m_portfolio, b->id));
    }
}

void GovernanceView::recordMeeting()
{
    const core::GovernanceBody* b = m_portfolio ? m_portfolio->body(currentBody()) : nullptr;
    if (b && b->kind != core::BodyKind::ChangeBoard) {
        core::Meeting m;
        m.heldOn = b->nextMeeting.isValid() && b->nextMeeting <= m_portfolio->now().date() ? b->nextMeeting
                                                                                           : m_portfolio->now().date();
        if (MeetingDialog::edit(this, m_portfolio, b->id, m)) {
            emit message(
                tr("Meeting recorded; the next one is on %1.").arg(date(m_portfolio->body(b->id)->nextMeeting)));
        }
    }
}

void GovernanceView::editDirection()
{
    DirectionDialog::edit(this, m_portfolio);
}

void GovernanceView::exportInteractively()
{
    if (!m_portfolio) {
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        Dialogs::saveFileName(this, tr("Export the Governance Master Plan"),
                              QDir(dir).filePath(tr("governance-master-plan.pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (GovernanceReport::write(*m_portfolio, path, &error)) {
        emit message(tr("Master plan written to %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        Dialogs::warning(this, tr("Export the Governance Master Plan"), error);
    }
}

} // namespace tiller::gui
