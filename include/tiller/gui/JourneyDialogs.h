// The dialogs of the journey view: a pain point (with the initiatives that address it), a persona, a new journey
// with its stages, a touchpoint.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/gui/GovernanceDialogs.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class PainPointDialog : public SavingDialog
{
    Q_OBJECT
public:
    PainPointDialog(const app::Portfolio& portfolio, const core::PainPoint& pain, QWidget* parent = nullptr);
    core::PainPoint pain() const;
    // The initiatives ticked.
    QList<core::Id> initiatives() const;
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* severityBox() const { return m_severity; }
    QListWidget* initiativeList() const { return m_initiatives; }
    // Edits a pain point (id 0: a new one at its stage); true when saved.
    static bool edit(QWidget* parent, app::Portfolio* portfolio, const core::PainPoint& pain);

private:
    core::PainPoint m_pain;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_severity;
    QLineEdit* m_keywords;
    QLineEdit* m_filter;
    QListWidget* m_initiatives;
};

class PersonaDialog : public SavingDialog
{
    Q_OBJECT
public:
    PersonaDialog(const core::Persona& persona, QWidget* parent = nullptr);
    core::Persona persona() const;
    // Edits a persona (id 0: a new one); the new id (or the same) when saved, 0 otherwise.
    static core::Id edit(QWidget* parent, app::Portfolio* portfolio, const core::Persona& persona);

private:
    core::Persona m_persona;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_goals;
    QPlainTextEdit* m_frustrations;
};

class JourneyDialog : public SavingDialog
{
    Q_OBJECT
public:
    JourneyDialog(const app::Portfolio& portfolio, const core::Journey& journey, QWidget* parent = nullptr);
    core::Journey journey() const;
    // The stages typed for a new journey, one per line.
    QStringList stages() const;
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* stagesEdit() const { return m_stages; }
    // A new journey (id 0) with its stages, or the journey's name, persona and description; true when saved.
    static bool edit(QWidget* parent, app::Portfolio* portfolio, const core::Journey& journey);

private:
    core::Journey m_journey;
    QLineEdit* m_name;
    QComboBox* m_persona;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_stages = nullptr;
};

class TouchpointDialog : public SavingDialog
{
    Q_OBJECT
public:
    TouchpointDialog(const core::Touchpoint& touchpoint, QWidget* parent = nullptr);
    core::Touchpoint touchpoint() const;
    static bool edit(QWidget* parent, app::Portfolio* portfolio, const core::Touchpoint& touchpoint);

private:
    core::Touchpoint m_touchpoint;
    QLineEdit* m_name;
    QLineEdit* m_channel;
};

} // namespace tiller::gui
