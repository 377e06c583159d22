#include "tiller/gui/JourneyView.h"

#include "tiller/app/GovernanceEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/JourneyDialogs.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

constexpr int ColumnWidth = 250;

// Red from -60, amber around 0, green from +50: a stage's NPS as a heat colour.
QColor heat(double nps)
{
    const double t = std::clamp((nps + 60.0) / 110.0, 0.0, 1.0);
    return QColor::fromHsvF(float(t * 0.33), 0.45f, 0.97f);
}

QString dots(int severity)
{
    return QString(severity, QChar(0x25CF)) + QString(5 - severity, QChar(0x25CB));
}

} // namespace

JourneyView::JourneyView(QWidget* parent)
    : QWidget(parent), m_journey(new QComboBox(this)), m_persona(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_columns(new QWidget), m_columnsLayout(new QHBoxLayout(m_columns)), m_trace(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("journeyView"));
    m_journey->setObjectName(QStringLiteral("journeyChooser"));
    m_journey->setMinimumContentsLength(28);
    m_journey->setAccessibleName(tr("Journey"));
    connect(m_journey, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            m_stage = 0;
            m_pain = 0;
            rebuildColumns();
        }
    });
    m_persona->setWordWrap(true);
    m_persona->setObjectName(QStringLiteral("journeyPersona"));

    auto action = [this](const QString& text, const QString& tip, auto slot, const QKeySequence& key = {}) {
        auto* a = new QAction(text, this);
        a->setToolTip(tip);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(a);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newJourney = action(tr("New Journey…"), tr("A new journey with its stages"), &JourneyView::newJourney);
    m_editJourney =
        action(tr("Journey…"), tr("The journey's name, persona and description"), &JourneyView::editJourney);
    m_removeJourney = action(tr("Remove Journey"), tr("The journey with its stages, touchpoints and pain points"),
                             &JourneyView::removeJourney);
    m_editPersona =
        action(tr("Persona…"), tr("Who the journey is for: goals and frustrations"), &JourneyView::editPersona);
    m_addStage = action(tr("Add Stage"), tr("A stage after the one chosen"), &JourneyView::addStage);
    m_renameStage = action(tr("Rename Stage"), tr("Rename the stage chosen"), &JourneyView::renameStage);
    m_left = action(
        tr("◀ Move"), tr("Move the stage left (Ctrl+Shift+Left)"), [this] { moveStage(-1); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    m_right = action(
        tr("Move ▶"), tr("Move the stage right (Ctrl+Shift+Right)"), [this] { moveStage(+1); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    m_removeStage =
        action(tr("Remove Stage"), tr("The stage with its touchpoints and pain points"), &JourneyView::removeStage);
    m_addTouchpoint = action(tr("Add Touchpoint…"), tr("Where customers meet the company at this stage"),
                             &JourneyView::addTouchpoint);
    m_addPain = action(tr("Add Pain Point…"), tr("A pain point at the stage chosen (Insert)"), &JourneyView::addPain,
                       QKeySequence(Qt::Key_Insert));
    m_editPain = action(tr("Edit…"), tr("The pain point chosen and the initiatives addressing it (F2)"),
                        &JourneyView::editPain, QKeySequence(Qt::Key_F2));
    m_removePain = action(tr("Remove"), tr("Remove the pain point chosen (Delete)"), &JourneyView::removePain,
                          QKeySequence::Delete);
    m_addPain->setObjectName(QStringLiteral("addPainPoint"));

    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(new QLabel(tr("Journey: "), bar));
    bar->addWidget(m_journey);
    for (QAction* a : {m_newJourney, m_editJourney, m_removeJourney, m_editPersona}) {
        bar->addAction(a);
    }
    auto* stages = new QToolBar(this);
    stages->setToolButtonStyle(Qt::ToolButtonTextOnly);
    stages->addWidget(new QLabel(tr("Stage: "), stages));
    for (QAction* a : {m_addStage, m_renameStage, m_left, m_right, m_removeStage, m_addTouchpoint}) {
        stages->addAction(a);
    }
    stages->addSeparator();
    stages->addWidget(new QLabel(tr("Pain point: "), stages));
    for (QAction* a : {m_addPain, m_editPain, m_removePain}) {
        stages->addAction(a);
    }

    m_columnsLayout->setContentsMargins(4, 4, 4, 4);
    m_columnsLayout->setSpacing(8);
    m_scroll->setWidget(m_columns);
    m_scroll->setWidgetResizable(true);
    m_scroll->setObjectName(QStringLiteral("journeyColumns"));
    m_trace->setObjectName(QStringLiteral("painTrace"));
    m_trace->setOpenLinks(false);
    m_trace->setAccessibleName(tr("Where the pain point leads"));
    connect(m_trace, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const core::Id id = url.path().toLongLong();
        if (url.scheme() == QLatin1String("initiative")) {
            emit initiativeActivated(id);
        } else if (url.scheme() == QLatin1String("bin")) {
            emit binActivated(id);
        }
    });
    auto* split = new QSplitter(Qt::Vertical, this);
    m_split = split;
    split->addWidget(m_scroll);
    split->addWidget(m_trace);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(stages);
    layout->addWidget(m_persona);
    layout->addWidget(split, 1);
    updateActions();
}

void JourneyView::setPortfolio(app::Portfolio* portfolio)
{
    if (m_portfolio) {
        disconnect(m_portfolio, nullptr, this, nullptr);
    }
    m_portfolio = portfolio;
    m_stage = 0;
    m_pain = 0;
    m_stale = true;
    if (m_portfolio) {
        const auto refresh = [this] {
            if (isVisible()) {
                rebuildJourneys();
            } else {
                m_stale = true;
            }
        };
        for (auto signal : {&app::Portfolio::foundationsChanged, &app::Portfolio::binsChanged}) {
            connect(m_portfolio, signal, this, refresh);
        }
        for (auto signal : {&app::Portfolio::initiativeAdded, &app::Portfolio::initiativeChanged,
                            &app::Portfolio::initiativeRemoved, &app::Portfolio::requestChanged}) {
            connect(m_portfolio, signal, this, refresh);
        }
    }
    if (isVisible()) {
        rebuildJourneys();
    }
}

void JourneyView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        // The columns get most of the height; the trace below a third of it.
        m_sized = true;
        const int h = qMax(300, m_split->height());
        m_split->setSizes({h * 2 / 3, h - h * 2 / 3});
    }
    if (m_stale) {
        rebuildJourneys();
    }
}

core::Id JourneyView::currentJourney() const
{
    return m_journey->currentData().toLongLong();
}

QListWidget* JourneyView::painList(core::Id stageId) const
{
    for (const auto& [id, list] : m_lists) {
        if (id == stageId) {
            return list;
        }
    }
    return nullptr;
}

void JourneyView::rebuildJourneys()
{
    m_stale = false;
    const core::Id keep = currentJourney();
    m_filling = true;
    m_journey->clear();
    if (m_portfolio) {
        for (const core::Journey& j : m_portfolio->journeys()) {
            const core::Persona* p = m_portfolio->persona(j.personaId);
            m_journey->addItem(p ? tr("%1 — %2").arg(j.name, p->name) : j.name, j.id);
        }
    }
    m_journey->setCurrentIndex(qMax(0, m_journey->findData(keep)));
    m_filling = false;
    rebuildColumns();
}

void JourneyView::rebuildColumns()
{
    // The columns are built again: keep the scroll position.
    const int scrolled = m_scroll->horizontalScrollBar()->value();
    m_lists.clear();
    while (QLayoutItem* item = m_columnsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const app::Portfolio* p = m_portfolio;
    const core::Journey* journey = p ? p->journey(currentJourney()) : nullptr;
    if (!journey) {
        m_persona->setText(p ? tr("<i>No journey yet: map one with New Journey.</i>") : QString());
        m_trace->clear();
        updateActions();
        return;
    }
    const core::Persona* persona = p->persona(journey->personaId);
    QString who = persona ? tr("<b>%1</b>: %2").arg(persona->name.toHtmlEscaped(), persona->description.toHtmlEscaped())
                          : tr("<i>No persona for this journey.</i>");
    if (persona && !persona->goals.isEmpty()) {
        who += tr(" <b>Goals:</b> %1").arg(persona->goals.toHtmlEscaped());
    }
    if (persona && !persona->frustrations.isEmpty()) {
        who += tr(" <b>Frustrations:</b> %1").arg(persona->frustrations.toHtmlEscaped());
    }
    m_persona->setText(who);

    const QDate today = p->now().date();
    const auto scores = p->stageScores(QStringLiteral("nps"), today.addYears(-1), today);
    const std::vector<core::JourneyStage> stages = p->stagesOf(journey->id);
    if (m_stage == 0 || std::none_of(stages.begin(), stages.end(), [this](const auto& s) { return s.id == m_stage; })) {
        m_stage = stages.empty() ? 0 : stages.front().id;
    }
    for (const core::JourneyStage& stage : stages) {
        auto* column = new QFrame(m_columns);
        column->setFrameShape(QFrame::StyledPanel);
        column->setFixedWidth(ColumnWidth);
        column->setObjectName(QStringLiteral("stage%1").arg(stage.id));
        auto* header = new QLabel(column);
        header->setWordWrap(true);
        header->setMargin(6);
        header->setAutoFillBackground(true);
        const auto counts = scores.constFind(stage.id);
        const std::optional<double> nps = counts != scores.cend() ? core::nps(*counts) : std::nullopt;
        QString headerText = QStringLiteral("<b>%1</b><br>").arg(stage.name.toHtmlEscaped());
        if (nps) {
            headerText +=
                tr("NPS %1 · %n answer(s) in 12 months", nullptr, int(counts->n)).arg(QLocale().toString(*nps, 'f', 0));
            QPalette pal = header->palette();
            pal.setColor(QPalette::Window, heat(*nps));
            pal.setColor(QPalette::WindowText, Qt::black);
            header->setPalette(pal);
        } else {
            headerText += tr("<i>No answers in 12 months</i>");
        }
        header->setText(headerText);
        header->setToolTip(nps ? tr("Net Promoter Score at this stage over the last 12 months: red from −60, amber "
                                    "around 0, green from +50")
                               : QString());
        QStringList touch;
        for (const core::Touchpoint& t : p->touchpointsOf(stage.id)) {
            const bool plain = t.channel.isEmpty() || t.channel.compare(t.name, Qt::CaseInsensitive) == 0;
            touch.append(plain ? t.name : tr("%1 (%2)").arg(t.name, t.channel));
        }
        auto* touchpoints = new QLabel(
            touch.isEmpty() ? tr("<i>No touchpoint</i>") : touch.join(QStringLiteral(" · ")).toHtmlEscaped(), column);
        touchpoints->setWordWrap(true);
        touchpoints->setMargin(4);
        touchpoints->setToolTip(tr("Touchpoints"));
        auto* list = new QListWidget(column);
        list->setObjectName(QStringLiteral("pains%1").arg(stage.id));
        list->setWordWrap(true);
        list->setAccessibleName(tr("Pain points at %1").arg(stage.name));
        list->setSpacing(2);
        for (const core::PainPoint& pain : p->painsAt(stage.id)) {
            QStringList codes;
            for (const core::Initiative* i : p->initiativesAddressing(pain.id)) {
                codes.append(i->code);
            }
            const QString second = codes.isEmpty() ? tr("no initiative yet") : codes.join(QStringLiteral(", "));
            auto* item =
                new QListWidgetItem(QStringLiteral("%1  %2\n%3").arg(dots(pain.severity), pain.title, second), list);
            item->setData(Qt::UserRole, pain.id);
            item->setToolTip(pain.description.isEmpty() ? pain.title : pain.description);
            if (codes.isEmpty()) {
                item->setForeground(QColor(QStringLiteral("#b3261e")));
            }
            if (pain.id == m_pain) {
                list->setCurrentItem(item);
            }
        }
        connect(list, &QListWidget::currentItemChanged, this, [this, list, id = stage.id](QListWidgetItem* item) {
            if (m_filling || !item) {
                return;
            }
            m_stage = id;
            m_pain = item->data(Qt::UserRole).toLongLong();
            m_filling = true;
            for (const auto& [other, otherList] : m_lists) {
                if (otherList != list) {
                    otherList->setCurrentItem(nullptr);
                    otherList->clearSelection();
                }
            }
            m_filling = false;
            refreshTrace();
            updateActions();
        });
        connect(list, &QListWidget::itemActivated, this, [this] { editPain(); });
        // Clicking a column chooses its stage.
        connect(list, &QListWidget::itemPressed, this, [this, id = stage.id] {
            m_stage = id;
            updateActions();
        });
        auto* l = new QVBoxLayout(column);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(0);
        l->addWidget(header);
        l->addWidget(touchpoints);
        l->addWidget(list, 1);
        if (stage.id == m_stage) {
            column->setStyleSheet(
                QStringLiteral("QFrame#stage%1 { border: 2px solid palette(highlight); }").arg(stage.id));
        }
        m_columnsLayout->addWidget(column);
        m_lists.append({stage.id, list});
    }
    m_columnsLayout->addStretch(1);
    m_columns->adjustSize();
    m_scroll->horizontalScrollBar()->setValue(scrolled);
    if (!p->painPoint(m_pain)) {
        m_pain = 0;
    }
    refreshTrace();
    updateActions();
}

void JourneyView::selectStage(core::Id stageId)
{
    m_stage = stageId;
    m_pain = 0;
    rebuildColumns();
}

void JourneyView::selectPain(core::Id painId)
{
    const core::PainPoint* pain = m_portfolio ? m_portfolio->painPoint(painId) : nullptr;
    const core::JourneyStage* stage = pain ? m_portfolio->stage(pain->stageId) : nullptr;
    if (!stage) {
        return;
    }
    if (m_stale) {
        rebuildJourneys();
    }
    m_filling = true;
    m_journey->setCurrentIndex(qMax(0, m_journey->findData(stage->journeyId)));
    m_filling = false;
    m_stage = stage->id;
    m_pain = painId;
    rebuildColumns();
    if (QListWidget* list = painList(stage->id)) {
        m_scroll->ensureWidgetVisible(list->parentWidget());
        list->setFocus();
    }
}

void JourneyView::refreshTrace()
{
    const app::Portfolio* p = m_portfolio;
    const core::PainPoint* pain = p ? p->painPoint(m_pain) : nullptr;
    if (!pain) {
        m_trace->setHtml(tr("<p><i>Choose a pain point to see its evidence and where it leads: the initiatives, "
                            "bins, tasks, KPIs and requests.</i></p>"));
        return;
    }
    const QDate today = p->now().date();
    QString h = QStringLiteral("<h3>%1 <span style='font-weight:normal'>%2</span></h3>")
                    .arg(pain->title.toHtmlEscaped(), dots(pain->severity));
    if (!pain->description.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(pain->description.toHtmlEscaped());
    }
    if (auto e = p->painEvidence(pain->id, today.addYears(-1), 3)) {
        h += tr("<p><b>Evidence:</b> %1 negative answer(s) of %2 at this stage in 12 months%3.</p>")
                 .arg(e->negative)
                 .arg(e->answers)
                 .arg(pain->keywords.isEmpty() ? QString()
                                               : tr(" (comments with “%1”)").arg(pain->keywords.toHtmlEscaped()));
        for (const QString& v : e->verbatims) {
            h += QStringLiteral("<p style='margin-left:12px'><i>“%1”</i></p>").arg(v.toHtmlEscaped());
        }
    }
    const core::PainTrace t = p->trace(pain->id);
    QStringList initiatives;
    for (core::Id id : t.initiatives) {
        const core::Initiative* i = p->initiative(id);
        initiatives.append(
            QStringLiteral("<a href='initiative:%1'>%2</a> %3").arg(id).arg(i->code, i->title.toHtmlEscaped()));
    }
    QStringList bins;
    for (core::Id id : t.bins) {
        if (const core::ProjectBin* b = p->bin(id)) {
            bins.append(QStringLiteral("<a href='bin:%1'>%2</a> %3").arg(id).arg(b->code, b->name.toHtmlEscaped()));
        }
    }
    int done = 0;
    for (core::Id id : t.tasks) {
        const core::Task* task = p->task(id);
        done += task && task->status == core::TaskStatus::Done ? 1 : 0;
    }
    QStringList requests;
    for (core::Id id : t.requests) {
        if (const core::ChangeRequest* r = p->request(id)) {
            requests.append(QStringLiteral("%1 %2").arg(r->code, r->title.toHtmlEscaped()));
        }
    }
    const QString none = tr("<i>none</i>");
    h += tr("<p><b>Addressed by:</b> %1</p>")
             .arg(initiatives.isEmpty() ? tr("<i>no initiative yet</i>") : initiatives.join(QStringLiteral("; ")));
    h += tr("<p><b>Bins:</b> %1</p>").arg(bins.isEmpty() ? none : bins.join(QStringLiteral("; ")));
    h += tr("<p><b>Tasks:</b> %1 done of %2</p>").arg(done).arg(t.tasks.size());
    h += tr("<p><b>KPIs of the stage:</b> %n</p>", nullptr, int(t.kpis.size()));
    h += tr("<p><b>Change requests citing it:</b> %1</p>")
             .arg(requests.isEmpty() ? none : requests.join(QStringLiteral("; ")));
    m_trace->setHtml(h);
}

void JourneyView::updateActions()
{
    const bool writable = m_portfolio && !m_portfolio->isReadOnly();
    const bool journey = m_portfolio && m_portfolio->journey(currentJourney());
    const bool stage = m_portfolio && m_portfolio->stage(m_stage);
    const bool pain = m_portfolio && m_portfolio->painPoint(m_pain);
    m_newJourney->setEnabled(writable);
    for (QAction* a : {m_editJourney, m_removeJourney, m_editPersona, m_addStage}) {
        a->setEnabled(writable && journey);
    }
    for (QAction* a : {m_renameStage, m_left, m_right, m_removeStage, m_addTouchpoint, m_addPain}) {
        a->setEnabled(writable && stage);
    }
    m_editPain->setEnabled(writable && pain);
    m_removePain->setEnabled(writable && pain);
}

// ---- Editing ----

void JourneyView::newJourney()
{
    if (JourneyDialog::edit(this, m_portfolio, core::Journey{})) {
        rebuildJourneys();
        m_journey->setCurrentIndex(m_journey->findData(m_portfolio->journeys().back().id));
    }
}

void JourneyView::editJourney()
{
    if (const core::Journey* j = m_portfolio ? m_portfolio->journey(currentJourney()) : nullptr) {
        JourneyDialog::edit(this, m_portfolio, *j);
    }
}

void JourneyView::removeJourney()
{
    const core::Journey* j = m_portfolio ? m_portfolio->journey(currentJourney()) : nullptr;
    if (j && Dialogs::question(this, tr("Remove Journey"),
                               tr("Remove the journey “%1” with its stages, touchpoints and pain points? Undo brings "
                                  "them back.")
                                   .arg(j->name))) {
        m_portfolio->submit(tr("Remove the journey “%1”").arg(j->name),
                            app::GovernanceEdits::removeJourney(*m_portfolio, j->id));
    }
}

void JourneyView::editPersona()
{
    const core::Journey* j = m_portfolio ? m_portfolio->journey(currentJourney()) : nullptr;
    if (!j) {
        return;
    }
    const core::Persona* persona = m_portfolio->persona(j->personaId);
    const core::Journey journey = *j;
    const core::Id id = PersonaDialog::edit(this, m_portfolio, persona ? *persona : core::Persona{});
    if (id != 0 && !persona) {
        // A new persona: this journey is theirs.
        core::Journey after = journey;
        after.personaId = id;
        m_portfolio->submit(tr("Give the journey “%1” its persona").arg(journey.name),
                            app::GovernanceEdits::saveJourney(*m_portfolio, after));
    }
}

void JourneyView::addStage()
{
    const core::Id journey = currentJourney();
    const auto name = Dialogs::text(this, tr("Add Stage"), tr("Name of the new stage:"));
    if (!name || name->trimmed().isEmpty()) {
        return;
    }
    const auto stages = m_portfolio->stagesOf(journey);
    int position = int(stages.size());
    for (int i = 0; i < int(stages.size()); ++i) {
        if (stages[i].id == m_stage) {
            position = i + 1;
        }
    }
    if (m_portfolio->submit(tr("Add the stage “%1”").arg(name->trimmed()),
                            app::GovernanceEdits::addStage(*m_portfolio, journey, *name, position))) {
        selectStage(m_portfolio->stagesOf(journey)[std::size_t(position)].id);
    }
}

void JourneyView::renameStage()
{
    const core::JourneyStage* s = m_portfolio ? m_portfolio->stage(m_stage) : nullptr;
    if (!s) {
        return;
    }
    const QString old = s->name;
    const core::Id id = s->id;
    const auto name = Dialogs::text(this, tr("Rename Stage"), tr("New name of “%1”:").arg(old));
    if (name && !name->trimmed().isEmpty()) {
        m_portfolio->submit(tr("Rename the stage “%1”").arg(old),
                            app::GovernanceEdits::renameStage(*m_portfolio, id, *name));
    }
}

void JourneyView::moveStage(int delta)
{
    const core::JourneyStage* s = m_portfolio ? m_portfolio->stage(m_stage) : nullptr;
    if (!s) {
        return;
    }
    app::ChangeSet set = app::GovernanceEdits::moveStage(*m_portfolio, s->id, delta);
    if (set.isEmpty()) {
        emit message(delta < 0 ? tr("The stage is already the first.") : tr("The stage is already the last."));
        return;
    }
    m_portfolio->submit(tr("Move the stage “%1”").arg(s->name), std::move(set));
}

void JourneyView::removeStage()
{
    const core::JourneyStage* s = m_portfolio ? m_portfolio->stage(m_stage) : nullptr;
    if (s && Dialogs::question(this, tr("Remove Stage"),
                               tr("Remove the stage “%1” with its touchpoints and %n pain point(s)? Undo brings them "
                                  "back.",
                                  nullptr, int(m_portfolio->painsAt(s->id).size()))
                                   .arg(s->name))) {
        m_portfolio->submit(tr("Remove the stage “%1”").arg(s->name),
                            app::GovernanceEdits::removeStage(*m_portfolio, s->id));
    }
}

void JourneyView::addTouchpoint()
{
    if (m_portfolio && m_portfolio->stage(m_stage)) {
        core::Touchpoint t;
        t.stageId = m_stage;
        TouchpointDialog::edit(this, m_portfolio, t);
    }
}

void JourneyView::addPain()
{
    if (!m_portfolio || !m_portfolio->stage(m_stage)) {
        return;
    }
    core::PainPoint pain;
    pain.stageId = m_stage;
    const auto before = m_portfolio->painPoints().size();
    if (PainPointDialog::edit(this, m_portfolio, pain) && m_portfolio->painPoints().size() > before) {
        selectPain(m_portfolio->painPoints().back().id);
    }
}

void JourneyView::editPain()
{
    if (const core::PainPoint* pain = m_portfolio ? m_portfolio->painPoint(m_pain) : nullptr) {
        PainPointDialog::edit(this, m_portfolio, *pain);
    }
}

void JourneyView::removePain()
{
    const core::PainPoint* pain = m_portfolio ? m_portfolio->painPoint(m_pain) : nullptr;
    if (!pain) {
        return;
    }
    const int linked = int(m_portfolio->initiativesAddressing(pain->id).size());
    const QString title = pain->title;
    if (linked == 0 || Dialogs::question(this, tr("Remove Pain Point"),
                                         tr("“%1” is addressed by %n initiative(s): remove it and unlink them? Undo "
                                            "brings it back.",
                                            nullptr, linked)
                                             .arg(title))) {
        m_portfolio->submit(tr("Remove the pain point “%1”").arg(title),
                            app::GovernanceEdits::removePainPoint(*m_portfolio, pain->id));
    }
}

} // namespace tiller::gui
