#include "tiller/gui/PreferencesDialog.h"

#include "tiller/app/Settings.h"
#include "tiller/app/Environment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace tiller::gui {

PreferencesDialog::PreferencesDialog(app::Settings* settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_dueSoon(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->value(app::Settings::Key::Language).toString())));
    m_name->setText(settings->value(app::Settings::Key::ActorName).toString());
    m_name->setPlaceholderText(app::defaultActorName());
    m_name->setMaxLength(120);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("A new language applies the next time Tiller starts."), this);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Your &name:"), m_name);
    auto* nameNote = new QLabel(tr("The audit trail records this name with every change (default: your user name)."), this);
    nameNote->setWordWrap(true);
    nameNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), nameNote);
    m_dueSoon->setRange(0, 30);
    m_dueSoon->setSuffix(tr(" day(s)"));
    m_dueSoon->setValue(std::clamp(settings->value(app::Settings::Key::DueSoonDays).toInt(), 0, 30));
    form->addRow(tr("Warn of &deadlines:"), m_dueSoon);
    auto* dueNote = new QLabel(tr("Task owners get a “due soon” notification this many days before a deadline."), this);
    dueNote->setWordWrap(true);
    dueNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), dueNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void PreferencesDialog::apply()
{
    m_settings->setValue(app::Settings::Key::Language, m_language->currentData().toString());
    m_settings->setValue(app::Settings::Key::ActorName, m_name->text().trimmed());
    m_settings->setValue(app::Settings::Key::DueSoonDays, m_dueSoon->value());
    m_settings->sync();
}

} // namespace tiller::gui
