// The user's preferences: interface language and the name the audit trail records.
#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tiller::app {
class Settings;
}

namespace tiller::gui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(app::Settings* settings, QWidget* parent = nullptr);
    // Writes the choices to the settings (called on OK).
    void apply();
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* dueSoonBox() const { return m_dueSoon; }
    QLineEdit* mailHostEdit() const { return m_host; }
    QLineEdit* mailFromEdit() const { return m_from; }
    // One box per notification kind: ticked kinds are mailed at once.
    const QList<QCheckBox*>& instantKindBoxes() const { return m_instantKinds; }

private:
    app::Settings* m_settings;
    QComboBox* m_language;
    QLineEdit* m_name;
    QSpinBox* m_dueSoon;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_from;
    QLineEdit* m_fromName;
    QCheckBox* m_autoSend;
    QList<QCheckBox*> m_instantKinds;
};

} // namespace tiller::gui
