#include "tiller/gui/JourneyDialogs.h"

#include "tiller/app/GovernanceEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tiller::gui {

// ---- Pain point ----

PainPointDialog::PainPointDialog(const app::Portfolio& portfolio, const core::PainPoint& pain, QWidget* parent)
    : SavingDialog(parent), m_pain(pain), m_title(new QLineEdit(this)), m_description(textBox(this, 3)),
      m_severity(new QComboBox(this)), m_keywords(new QLineEdit(this)), m_filter(new QLineEdit(this)),
      m_initiatives(new QListWidget(this))
{
    const core::JourneyStage* stage = portfolio.stage(pain.stageId);
    setWindowTitle(pain.id == 0 ? tr("New Pain Point at “%1”").arg(stage ? stage->name : QString())
                                : tr("Pain Point at “%1”").arg(stage ? stage->name : QString()));
    setObjectName(QStringLiteral("painPointDialog"));
    m_title->setText(pain.title);
    m_title->setPlaceholderText(tr("What hurts, in the customer's words"));
    m_description->setPlainText(pain.description);
    const QStringList levels{tr("1 — minor"), tr("2 — annoying"), tr("3 — painful"), tr("4 — serious"),
                             tr("5 — critical")};
    for (int s = 1; s <= 5; ++s) {
        m_severity->addItem(levels[s - 1], s);
    }
    m_severity->setCurrentIndex(qBound(0, pain.severity - 1, 4));
    m_keywords->setText(pain.keywords);
    m_keywords->setPlaceholderText(tr("meter, reading, estimate"));
    m_keywords->setToolTip(tr("The negative answers at this stage whose comment holds one of these words are this "
                              "pain's evidence; empty: every negative answer at the stage"));
    m_filter->setPlaceholderText(tr("Filter the initiatives"));
    m_filter->setClearButtonEnabled(true);
    m_initiatives->setObjectName(QStringLiteral("painInitiatives"));
    const core::Id id = pain.id;
    for (const core::Initiative& i : portfolio.initiatives()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(i.code, i.title), m_initiatives);
        item->setData(Qt::UserRole, i.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(id != 0 && i.painPoints.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int r = 0; r < m_initiatives->count(); ++r) {
            QListWidgetItem* item = m_initiatives->item(r);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Keywords:"), m_keywords);
    form->addRow(tr("&Addressed by:"), m_filter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_initiatives, 1);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(600, 600);
}

core::PainPoint PainPointDialog::pain() const
{
    core::PainPoint p = m_pain;
    p.title = m_title->text().simplified();
    p.description = m_description->toPlainText().trimmed();
    p.severity = m_severity->currentData().toInt();
    p.keywords = m_keywords->text().trimmed();
    return p;
}

QList<core::Id> PainPointDialog::initiatives() const
{
    QList<core::Id> out;
    for (int r = 0; r < m_initiatives->count(); ++r) {
        if (m_initiatives->item(r)->checkState() == Qt::Checked) {
            out.append(m_initiatives->item(r)->data(Qt::UserRole).toLongLong());
        }
    }
    return out;
}

bool PainPointDialog::edit(QWidget* parent, app::Portfolio* portfolio, const core::PainPoint& pain)
{
    if (!portfolio) {
        return false;
    }
    PainPointDialog dialog(*portfolio, pain, parent);
    dialog.setSave([&] {
        const core::PainPoint p = dialog.pain();
        const QString label =
            pain.id == 0 ? tr("Add the pain point “%1”").arg(p.title) : tr("Edit the pain point “%1”").arg(p.title);
        return submitEdit(*portfolio, label, app::GovernanceEdits::savePainPoint(*portfolio, p, dialog.initiatives()));
    });
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

// ---- Persona ----

PersonaDialog::PersonaDialog(const core::Persona& persona, QWidget* parent)
    : SavingDialog(parent), m_persona(persona), m_name(new QLineEdit(this)), m_description(textBox(this, 3)),
      m_goals(textBox(this, 3)), m_frustrations(textBox(this, 3))
{
    setWindowTitle(persona.id == 0 ? tr("New Persona") : tr("Persona"));
    setObjectName(QStringLiteral("personaDialog"));
    m_name->setText(persona.name);
    m_name->setPlaceholderText(tr("Busy family moving home"));
    m_description->setPlainText(persona.description);
    m_goals->setPlainText(persona.goals);
    m_frustrations->setPlainText(persona.frustrations);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Who they are:"), m_description);
    form->addRow(tr("&Goals:"), m_goals);
    form->addRow(tr("&Frustrations:"), m_frustrations);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(520, 420);
}

core::Persona PersonaDialog::persona() const
{
    core::Persona p = m_persona;
    p.name = m_name->text().simplified();
    p.description = m_description->toPlainText().trimmed();
    p.goals = m_goals->toPlainText().trimmed();
    p.frustrations = m_frustrations->toPlainText().trimmed();
    return p;
}

core::Id PersonaDialog::edit(QWidget* parent, app::Portfolio* portfolio, const core::Persona& persona)
{
    if (!portfolio) {
        return 0;
    }
    PersonaDialog dialog(persona, parent);
    dialog.setSave([&] {
        const core::Persona p = dialog.persona();
        return submitEdit(*portfolio,
                          persona.id == 0 ? tr("Add the persona “%1”").arg(p.name)
                                          : tr("Edit the persona “%1”").arg(p.name),
                          app::GovernanceEdits::savePersona(*portfolio, p));
    });
    if (Dialogs::exec(dialog) != QDialog::Accepted) {
        return 0;
    }
    return persona.id != 0 ? persona.id : (portfolio->personas().empty() ? 0 : portfolio->personas().back().id);
}

// ---- Journey ----

JourneyDialog::JourneyDialog(const app::Portfolio& portfolio, const core::Journey& journey, QWidget* parent)
    : SavingDialog(parent), m_journey(journey), m_name(new QLineEdit(this)), m_persona(new QComboBox(this)),
      m_description(textBox(this, 2))
{
    setWindowTitle(journey.id == 0 ? tr("New Journey") : tr("Journey"));
    setObjectName(QStringLiteral("journeyDialog"));
    m_name->setText(journey.name);
    m_name->setPlaceholderText(tr("Moving home"));
    m_persona->addItem(tr("(no persona)"), qint64(0));
    for (const core::Persona& p : portfolio.personas()) {
        m_persona->addItem(p.name, p.id);
    }
    m_persona->setCurrentIndex(qMax(0, m_persona->findData(journey.personaId)));
    m_description->setPlainText(journey.description);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Persona:"), m_persona);
    form->addRow(tr("&Description:"), m_description);
    if (journey.id == 0) {
        m_stages = textBox(this, 6);
        m_stages->setObjectName(QStringLiteral("journeyStages"));
        m_stages->setTabChangesFocus(false);
        m_stages->setPlainText(tr("Discover\nChoose\nJoin\nUse\nGet help\nLeave"));
        form->addRow(tr("&Stages, one per line:"), m_stages);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(480, journey.id == 0 ? 440 : 240);
}

core::Journey JourneyDialog::journey() const
{
    core::Journey j = m_journey;
    j.name = m_name->text().simplified();
    j.personaId = m_persona->currentData().toLongLong();
    j.description = m_description->toPlainText().trimmed();
    return j;
}

QStringList JourneyDialog::stages() const
{
    QStringList out;
    if (m_stages) {
        for (const QString& line : m_stages->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                out.append(line.trimmed());
            }
        }
    }
    return out;
}

bool JourneyDialog::edit(QWidget* parent, app::Portfolio* portfolio, const core::Journey& journey)
{
    if (!portfolio) {
        return false;
    }
    JourneyDialog dialog(*portfolio, journey, parent);
    dialog.setSave([&] {
        const core::Journey j = dialog.journey();
        if (journey.id == 0) {
            return submitEdit(*portfolio, tr("Add the journey “%1”").arg(j.name),
                              app::GovernanceEdits::addJourney(*portfolio, j, dialog.stages()));
        }
        return submitEdit(*portfolio, tr("Edit the journey “%1”").arg(j.name),
                          app::GovernanceEdits::saveJourney(*portfolio, j));
    });
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

// ---- Touchpoint ----

TouchpointDialog::TouchpointDialog(const core::Touchpoint& touchpoint, QWidget* parent)
    : SavingDialog(parent), m_touchpoint(touchpoint), m_name(new QLineEdit(this)), m_channel(new QLineEdit(this))
{
    setWindowTitle(touchpoint.id == 0 ? tr("New Touchpoint") : tr("Touchpoint"));
    setObjectName(QStringLiteral("touchpointDialog"));
    m_name->setText(touchpoint.name);
    m_name->setPlaceholderText(tr("Welcome call"));
    m_channel->setText(touchpoint.channel);
    m_channel->setPlaceholderText(tr("phone, web, shop…"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Channel:"), m_channel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
}

core::Touchpoint TouchpointDialog::touchpoint() const
{
    core::Touchpoint t = m_touchpoint;
    t.name = m_name->text().simplified();
    t.channel = m_channel->text().simplified();
    return t;
}

bool TouchpointDialog::edit(QWidget* parent, app::Portfolio* portfolio, const core::Touchpoint& touchpoint)
{
    if (!portfolio) {
        return false;
    }
    TouchpointDialog dialog(touchpoint, parent);
    dialog.setSave([&] {
        const core::Touchpoint t = dialog.touchpoint();
        return submitEdit(*portfolio,
                          touchpoint.id == 0 ? tr("Add the touchpoint “%1”").arg(t.name)
                                             : tr("Edit the touchpoint “%1”").arg(t.name),
                          app::GovernanceEdits::saveTouchpoint(*portfolio, t));
    });
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

} // namespace tiller::gui
