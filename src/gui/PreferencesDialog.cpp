#include "tiller/gui/PreferencesDialog.h"

#include "tiller/app/Settings.h"
#include "tiller/app/Environment.h"
#include "tiller/app/MailSettings.h"
#include "tiller/core/Rhythm.h"
#include "tiller/gui/InboxView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace tiller::gui {

PreferencesDialog::PreferencesDialog(app::Settings* settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_dueSoon(new QSpinBox(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_security(new QComboBox(this)), m_user(new QLineEdit(this)), m_from(new QLineEdit(this)),
      m_fromName(new QLineEdit(this)), m_autoSend(new QCheckBox(tr("Send &automatically while Tiller runs"), this))
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

    // E-mail: the server and the sender; the password never goes in the settings.
    const app::MailSettings mail = app::MailSettings::load(*settings);
    m_host->setText(mail.host);
    m_host->setPlaceholderText(tr("smtp.example.org"));
    m_security->addItem(tr("STARTTLS (port 587)"), int(app::MailSecurity::StartTls));
    m_security->addItem(tr("TLS (port 465)"), int(app::MailSecurity::Tls));
    m_security->addItem(tr("None (port 25, trusted networks only)"), int(app::MailSecurity::None));
    m_security->setCurrentIndex(std::max(0, m_security->findData(int(mail.security))));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("usual port"));
    m_port->setValue(settings->value(app::Settings::Key::MailPort).toInt());
    m_user->setText(mail.username);
    m_user->setPlaceholderText(tr("none: no sign-in"));
    m_from->setText(mail.from);
    m_from->setPlaceholderText(tr("cx-program@example.org"));
    m_fromName->setText(settings->value(app::Settings::Key::MailFromName).toString());
    m_fromName->setPlaceholderText(QStringLiteral("Tiller"));
    auto* mailForm = new QFormLayout;
    mailForm->addRow(tr("Mail &server:"), m_host);
    mailForm->addRow(tr("Se&curity:"), m_security);
    mailForm->addRow(tr("P&ort:"), m_port);
    mailForm->addRow(tr("&User name:"), m_user);
    mailForm->addRow(tr("Sender &address:"), m_from);
    mailForm->addRow(tr("Sender na&me:"), m_fromName);
    m_autoSend->setChecked(settings->value(app::Settings::Key::MailAutoSend).toBool());
    m_autoSend->setToolTip(tr("Every ten minutes: today's digests once a day, instant mails as they come, and a retry "
                              "of anything still in the outbox"));
    mailForm->addRow(QString(), m_autoSend);
    // Which notifications are mailed at once (the others wait for the digest).
    auto* instant = new QWidget(this);
    auto* instantLayout = new QGridLayout(instant);
    instantLayout->setContentsMargins(0, 0, 0, 0);
    for (int k = 0; k < core::NotificationKindCount; ++k) {
        const QString key = core::toKey(core::NotificationKind(k));
        auto* box = new QCheckBox(InboxView::kindText(key), instant);
        box->setChecked(mail.instantKinds.contains(key));
        box->setProperty("kind", key);
        instantLayout->addWidget(box, k / 2, k % 2);
        m_instantKinds.append(box);
    }
    mailForm->addRow(tr("Mail at once:"), instant);
    auto* passwordNote = new QLabel(tr("The password is never stored by Tiller: it is read from the environment "
                                       "variable TILLER_SMTP_PASSWORD, or from the file %1 (readable by you only: "
                                       "chmod 600).")
                                        .arg(app::passwordFilePath()),
                                    this);
    passwordNote->setWordWrap(true);
    passwordNote->setForegroundRole(QPalette::PlaceholderText);
    passwordNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mailForm->addRow(QString(), passwordNote);
    auto* mailBox = new QGroupBox(tr("E-mail"), this);
    mailBox->setLayout(mailForm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mailBox);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void PreferencesDialog::apply()
{
    m_settings->setValue(app::Settings::Key::Language, m_language->currentData().toString());
    m_settings->setValue(app::Settings::Key::ActorName, m_name->text().trimmed());
    m_settings->setValue(app::Settings::Key::DueSoonDays, m_dueSoon->value());
    app::MailSettings mail = app::MailSettings::load(*m_settings);
    mail.host = m_host->text().trimmed();
    mail.security = app::MailSecurity(m_security->currentData().toInt());
    mail.port = m_port->value() > 0 ? m_port->value() : app::MailSettings::defaultPort(mail.security);
    mail.username = m_user->text().trimmed();
    mail.from = m_from->text().trimmed();
    mail.fromName = m_fromName->text().trimmed().isEmpty() ? QStringLiteral("Tiller") : m_fromName->text().trimmed();
    mail.instantKinds.clear();
    for (QCheckBox* box : std::as_const(m_instantKinds)) {
        if (box->isChecked()) {
            mail.instantKinds.append(box->property("kind").toString());
        }
    }
    mail.save(*m_settings);
    m_settings->setValue(app::Settings::Key::MailPort, m_port->value()); // 0 keeps "the usual port"
    m_settings->setValue(app::Settings::Key::MailFromName, m_fromName->text().trimmed());
    m_settings->setValue(app::Settings::Key::MailAutoSend, m_autoSend->isChecked());
    m_settings->sync();
}

} // namespace tiller::gui
