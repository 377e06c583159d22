#include "tiller/gui/BoardSessionPanel.h"

#include "BoardSessionSupport.h"

#include "tiller/app/BoardEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/app/Text.h"
#include "tiller/core/ChangeBoard.h"
#include "tiller/gui/BoardReport.h"
#include "tiller/gui/Dialogs.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace tiller::gui {

using namespace boardsession;

// ---- The session ----

BoardSessionPanel::BoardSessionPanel(app::Portfolio* portfolio, QWidget* parent)
    : QWidget(parent), m_portfolio(portfolio), m_sessions(new QComboBox(this)), m_state(new QLabel(this)),
      m_agenda(new QListWidget(this)), m_detail(new QTextBrowser(this)), m_impact(new QLabel(this)),
      m_decision(new QLabel(this)), m_attendees(new QListWidget(this)), m_notes(new QPlainTextEdit(this)),
      m_schedule(new QPushButton(tr("&Schedule Next Session…"), this)),
      m_gather(new QPushButton(tr("&Gather Agenda"), this)), m_approve(new QPushButton(tr("&Approve…"), this)),
      m_defer(new QPushButton(tr("De&fer…"), this)), m_reject(new QPushButton(tr("Re&ject…"), this)),
      m_withdraw(new QPushButton(tr("&Withdraw Decision"), this)), m_close(new QPushButton(tr("&Close Session…"), this)),
      m_exportAgenda(new QPushButton(tr("Export A&genda…"), this)),
      m_exportMinutes(new QPushButton(tr("Export &Minutes…"), this)), m_refresh(new QTimer(this))
{
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_sessions->setAccessibleName(tr("Board session"));
    m_sessions->setMinimumContentsLength(28);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setWordWrap(true);
    m_agenda->setSpacing(2);
    m_agenda->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->setAccessibleName(tr("Attendees"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What was said: context, concerns, follow-ups…"));
    m_impact->setObjectName(QStringLiteral("impact"));
    m_impact->setWordWrap(true);
    m_impact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_impact->setContentsMargins(8, 6, 8, 6);
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(false);
    m_detail->setOpenLinks(false);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_defer->setObjectName(QStringLiteral("defer"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    m_close->setObjectName(QStringLiteral("close"));
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_gather->setObjectName(QStringLiteral("gather"));
    m_approve->setToolTip(tr("Approve the selected request (Ctrl+Shift+A)"));
    m_defer->setToolTip(tr("Defer the selected request to a later session"));
    m_reject->setToolTip(tr("Reject the selected request, with a reason"));
    m_close->setToolTip(tr("Close the session: its decisions become final"));

    // Two rows, so that the panel fits a laptop screen in every language.
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Session:"), this));
    top->addWidget(m_sessions);
    top->addWidget(m_state, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_schedule);
    actions->addWidget(m_gather);
    actions->addSpacing(12);
    actions->addWidget(m_exportAgenda);
    actions->addWidget(m_exportMinutes);
    actions->addStretch(1);
    actions->addWidget(m_close);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* agendaTitle = new QLabel(tr("<b>Agenda</b>"), left);
    leftLayout->addWidget(agendaTitle);
    leftLayout->addWidget(m_agenda, 1);

    auto* middle = new QWidget(this);
    auto* midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(0, 0, 0, 0);
    midLayout->addWidget(m_detail, 1);
    midLayout->addWidget(m_impact);
    midLayout->addWidget(m_decision);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_defer);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_withdraw);
    midLayout->addLayout(buttons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Attendees</b>"), right));
    rightLayout->addWidget(m_attendees, 2);
    rightLayout->addWidget(new QLabel(tr("<b>Notes</b>"), right));
    rightLayout->addWidget(m_notes, 1);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    // Keyboard: the decisions while the agenda has focus.
    const auto shortcut = [this](QKeySequence keys, void (BoardSessionPanel::*slot)()) {
        auto* a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &BoardSessionPanel::approveCurrent);

    connect(m_schedule, &QPushButton::clicked, this, &BoardSessionPanel::scheduleSession);
    connect(m_gather, &QPushButton::clicked, this, &BoardSessionPanel::gatherAgenda);
    connect(m_approve, &QPushButton::clicked, this, &BoardSessionPanel::approveCurrent);
    connect(m_defer, &QPushButton::clicked, this, &BoardSessionPanel::deferCurrent);
    connect(m_reject, &QPushButton::clicked, this, &BoardSessionPanel::rejectCurrent);
    connect(m_withdraw, &QPushButton::clicked, this, &BoardSessionPanel::withdrawCurrent);
    connect(m_close, &QPushButton::clicked, this, &BoardSessionPanel::closeSession);
    connect(m_exportAgenda, &QPushButton::clicked, this, &BoardSessionPanel::exportAgenda);
    connect(m_exportMinutes, &QPushButton::clicked, this, &BoardSessionPanel::exportMinutes);
    connect(m_sessions, &QComboBox::activated, this, [this](int index) {
        showSession(m_sessions->itemData(index).toLongLong());
    });
    connect(m_agenda, &QListWidget::currentRowChanged, this, &BoardSessionPanel::refreshDetail);
    connect(m_attendees, &QListWidget::itemChanged, this, [this] {
        if (!m_filling) {
            saveAttendees();
        }
    });
    // Notes are saved when the field is left (one undo step per editing stretch, not per keystroke).
    auto* notesSave = new QTimer(this);
    notesSave->setSingleShot(true);
    notesSave->setInterval(1500);
    connect(notesSave, &QTimer::timeout, this, &BoardSessionPanel::saveNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this, notesSave] {
        if (!m_filling) {
            notesSave->start();
        }
    });

    // One refresh for a burst of changes.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        refreshSessions();
        refreshAgenda();
    });
    for (auto signal : {&app::Portfolio::meetingsChanged, &app::Portfolio::decisionsChanged,
                        &app::Portfolio::pillarsChanged, &app::Portfolio::binsChanged, &app::Portfolio::programChanged}) {
        connect(m_portfolio, signal, m_refresh, qOverload<>(&QTimer::start));
    }
    for (auto signal : {&app::Portfolio::requestAdded, &app::Portfolio::requestChanged, &app::Portfolio::requestRemoved,
                        &app::Portfolio::personChanged}) {
        connect(m_portfolio, signal, m_refresh, qOverload<>(&QTimer::start));
    }
    refreshSessions();
    // The session being prepared, else the latest.
    core::Id open = app::BoardEdits::openSession(*m_portfolio);
    const auto all = m_portfolio->boardSessions();
    showSession(open ? open : (all.empty() ? 0 : all.back().id));
}

void BoardSessionPanel::refreshSessions()
{
    m_filling = true;
    m_sessions->clear();
    const auto all = m_portfolio->boardSessions();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        m_sessions->addItem(it->closed ? tr("%1 — closed").arg(longDate(it->heldOn))
                                       : tr("%1 — open").arg(longDate(it->heldOn)),
                            it->id);
    }
    if (all.empty()) {
        m_sessions->addItem(tr("No session yet"), 0);
    }
    const int at = m_sessions->findData(m_session);
    m_sessions->setCurrentIndex(at >= 0 ? at : 0);
    if (at < 0) {
        m_session = m_sessions->currentData().toLongLong();
    }
    m_filling = false;
}

void BoardSessionPanel::showSession(core::Id sessionId)
{
    m_session = sessionId;
    refreshSessions();
    refreshAgenda();
}

core::Id BoardSessionPanel::currentRequest() const
{
    const QListWidgetItem* item = m_agenda->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void BoardSessionPanel::selectRequest(core::Id requestId)
{
    for (int i = 0; i < m_agenda->count(); ++i) {
        if (m_agenda->item(i)->data(Qt::UserRole).toLongLong() == requestId) {
            m_agenda->setCurrentRow(i);
            return;
        }
    }
}

void BoardSessionPanel::refreshAgenda()
{
    const core::Meeting* session = m_portfolio->meeting(m_session);
    const bool open = session && !session->closed;
    const bool writable = open && !m_portfolio->isReadOnly();
    const core::Id keep = currentRequest();
    m_filling = true;
    m_agenda->clear();
    int decided = 0;
    for (const core::ChangeRequest& r : m_portfolio->agenda(m_session)) {
        const core::BoardDecision* x = m_portfolio->decision(m_session, r.id);
        decided += x ? 1 : 0;
        const QString mark = x ? app::Text::verdict(x->verdict) : tr("to decide");
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2\n%3").arg(r.code, r.title, mark), m_agenda);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(r.title);
        if (x) {
            item->setForeground(x->verdict == core::BoardVerdict::Approved   ? QColor(0x1b, 0x7f, 0x3b)
                                : x->verdict == core::BoardVerdict::Rejected ? QColor(0xb0, 0x00, 0x20)
                                                                              : QColor(0x8a, 0x5a, 0x00));
        }
    }
    // Decisions whose request left the agenda (deferred ones after closing) still show in a closed session.
    if (session && session->closed) {
        for (const core::BoardDecision& x : m_portfolio->decisionsOf(m_session)) {
            bool listed = false;
            for (int i = 0; i < m_agenda->count(); ++i) {
                listed = listed || m_agenda->item(i)->data(Qt::UserRole).toLongLong() == x.requestId;
            }
            const core::ChangeRequest* r = m_portfolio->request(x.requestId);
            if (!listed && r) {
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1  %2\n%3").arg(r->code, r->title, app::Text::verdict(x.verdict)), m_agenda);
                item->setData(Qt::UserRole, r->id);
                ++decided;
            }
        }
    }
    if (!session) {
        m_state->setText(tr("No session planned. Schedule the next one: the qualified requests make its agenda."));
    } else if (session->closed) {
        m_state->setText(tr("Closed: %n decision(s), final.", nullptr, decided));
    } else {
        m_state->setText(tr("Open: %1 of %n request(s) decided.", nullptr, m_agenda->count()).arg(decided));
    }

    // Attendees: everyone, the invited ticked; leaders and sponsors first.
    m_attendees->clear();
    std::vector<core::Person> people = m_portfolio->people();
    std::stable_sort(people.begin(), people.end(), [](const auto& a, const auto& b) {
        const auto rank = [](const core::Person& p) {
            return (p.roles & (core::Leader | core::Sponsor | core::ProgramManager)) ? 0 : 1;
        };
        return rank(a) < rank(b);
    });
    for (const core::Person& person : people) {
        auto* item = new QListWidgetItem(person.name, m_attendees);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(writable ? (item->flags() | Qt::ItemIsUserCheckable) : (item->flags() & ~Qt::ItemIsUserCheckable));
        item->setCheckState(session && session->attendees.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (!m_notes->hasFocus()) {
        m_notes->setPlainText(session ? session->notes : QString());
    }
    m_notes->setReadOnly(!writable);
    m_filling = false;

    m_schedule->setEnabled(!m_portfolio->isReadOnly());
    m_gather->setEnabled(writable);
    m_close->setEnabled(writable);
    m_exportAgenda->setEnabled(session != nullptr);
    m_exportMinutes->setEnabled(session != nullptr);
    selectRequest(keep);
    if (m_agenda->currentRow() < 0 && m_agenda->count() > 0) {
        m_agenda->setCurrentRow(0);
    }
    refreshDetail();
}

void BoardSessionPanel::refreshDetail()
{
    const core::Meeting* session = m_portfolio->meeting(m_session);
    const core::ChangeRequest* r = m_portfolio->request(currentRequest());
    const bool writable = session && !session->closed && !m_portfolio->isReadOnly();
    const core::BoardDecision* x = r ? m_portfolio->decision(m_session, r->id) : nullptr;
    m_approve->setEnabled(writable && r);
    m_defer->setEnabled(writable && r);
    m_reject->setEnabled(writable && r);
    m_withdraw->setEnabled(writable && x);
    if (!r || !session) {
        m_detail->setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                              .arg(esc(session ? tr("Nothing on the agenda yet: qualified requests are gathered here.")
                                               : tr("No session selected."))));
        m_impact->clear();
        m_impact->hide();
        m_decision->clear();
        return;
    }
    const core::Domain* domain = m_portfolio->domain(r->domainId);
    const core::Pillar* pillar = m_portfolio->pillar(r->pillarId);
    const core::Person* submitter = m_portfolio->person(r->submitterId);
    QString h = QStringLiteral("<h2>%1 — %2</h2>").arg(esc(r->code), esc(r->title));
    h += QStringLiteral("<p style='color:#555'>%1</p>")
             .arg(esc(tr("%1 · submitted by %2 on %3")
                          .arg(app::Text::requestOrigin(r->origin), submitter ? submitter->name : tr("someone"),
                               longDate(r->submittedOn))));
    h += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&](const QString& k1, const QString& v1, const QString& k2, const QString& v2) {
        h += QStringLiteral("<tr><td style='color:#555'>%1</td><td><b>%2</b></td><td width='24'></td>"
                            "<td style='color:#555'>%3</td><td><b>%4</b></td></tr>")
                 .arg(esc(k1), esc(v1), esc(k2), esc(v2));
    };
    row(tr("Benefit"), money(r->estBenefit), tr("Cost"), money(r->estCost));
    row(tr("Benefit / cost"),
        r->estBenefit > 0 && r->estCost > 0 ? QLocale().toString(r->estBenefit / r->estCost, 'f', 1) : QStringLiteral("—"),
        tr("Effort"),
        r->estEffortDays > 0 ? tr("%1 person-days").arg(QLocale().toString(r->estEffortDays, 'f', 0)) : QStringLiteral("—"));
    row(tr("Urgency"), app::Text::urgency(r->urgency), tr("Wanted by"),
        r->wantedBy.isValid() ? longDate(r->wantedBy) : QStringLiteral("—"));
    row(tr("Domain"), domain ? domain->name : tr("none"), tr("Pillar"), pillar ? pillar->name : tr("none"));
    h += QStringLiteral("</table>");
    if (!r->description.trimmed().isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(r->description.trimmed()));
    }
    if (!r->evidence.trimmed().isEmpty()) {
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Evidence: %1").arg(r->evidence.trimmed())));
    }
    QStringList pains;
    for (core::Id id : r->painPoints) {
        if (const core::PainPoint* pain = m_portfolio->painPoint(id)) {
            pains.append(pain->title);
        }
    }
    if (!pains.isEmpty()) {
        h += QStringLiteral("<p style='color:#555'>%1</p>").arg(esc(tr("Pain points: %1").arg(pains.join(QStringLiteral("; ")))));
    }
    const auto duplicates = app::BoardEdits::likelyDuplicates(*m_portfolio, *r, 3);
    if (!duplicates.empty()) {
        QStringList lines;
        for (const auto& d : duplicates) {
            lines.append(tr("%1 %2 (%3%)").arg(d.code, d.title).arg(qRound(d.score * 100)));
        }
        h += QStringLiteral("<p style='color:#555'>%1</p>").arg(esc(tr("Looks like: %1").arg(lines.join(QStringLiteral("; ")))));
    }
    m_detail->setHtml(h);

    const app::StrategyCheck check(*m_portfolio);
    const auto impact = check.impactOf(*r, session->heldOn);
    const bool crosses = (impact.shareOfRemaining && *impact.shareOfRemaining > 1.0) || !impact.overloads.empty() ||
                         impact.outsideStrategy;
    m_impact->setText(check.describe(impact));
    m_impact->setVisible(!x); // once decided, the decision speaks
    m_impact->setStyleSheet(crosses ? QStringLiteral("background: #fdecea; color: #7a1b12; border-radius: 4px;")
                                    : QStringLiteral("background: #e8f4ec; color: #1b4d2b; border-radius: 4px;"));
    if (x) {
        QString text = tr("<b>%1</b> on %2").arg(app::Text::verdict(x->verdict), esc(longDate(x->decidedOn)));
        if (x->verdict == core::BoardVerdict::Approved) {
            const core::Initiative* i = m_portfolio->initiative(x->initiativeId);
            const core::ProjectBin* b = m_portfolio->bin(x->binId);
            if (x->priority > 0) {
                text += QStringLiteral(" · ") + esc(tr("priority %1").arg(x->priority));
            }
            if (x->deadline.isValid()) {
                text += QStringLiteral(" · ") + esc(tr("due %1").arg(longDate(x->deadline)));
            }
            if (i) {
                text += QStringLiteral(" · ") + esc(b ? tr("became %1 in %2").arg(i->code, b->code) : tr("became %1").arg(i->code));
            }
        } else if (x->verdict == core::BoardVerdict::Deferred) {
            text += QStringLiteral(" · ") + esc(tr("back on %1").arg(longDate(x->deferredTo)));
        }
        if (!x->reason.isEmpty()) {
            text += QStringLiteral(" · ") + esc(x->reason);
        }
        m_decision->setText(text);
    } else {
        m_decision->setText(writable ? tr("<i>Not decided yet.</i>") : tr("<i>Not decided: carried over.</i>"));
    }
}

void BoardSessionPanel::saveAttendees()
{
    QList<core::Id> ids;
    for (int i = 0; i < m_attendees->count(); ++i) {
        if (m_attendees->item(i)->checkState() == Qt::Checked) {
            ids.append(m_attendees->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    m_portfolio->submit(tr("Change the attendees"), app::BoardEdits::setAttendees(*m_portfolio, m_session, ids));
}

void BoardSessionPanel::saveNotes()
{
    m_portfolio->submit(tr("Edit the session's notes"),
                        app::BoardEdits::setNotes(*m_portfolio, m_session, m_notes->toPlainText()));
}

} // namespace tiller::gui
