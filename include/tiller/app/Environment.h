// Process-wide set-up shared by the desktop app and the headless commands: logging, translations, paths.
#pragma once

#include <QString>

namespace tiller::app {

// spdlog: a rotating file in the app data folder (5 × 2 MB), named loggers per
// area, Qt's own messages routed in; `verbose` mirrors everything to stderr.
void initLogging(bool verbose);

// Installs Tiller's and Qt's translations for `language` ("en", "fr"; "" =
// the system's). Returns the language in use.
QString installTranslations(const QString& language);
QStringList availableLanguages();

// The name the audit trail records when the user has not set one (the OS user).
QString defaultActorName();

// The portfolio opened when no --db is given.
QString defaultPortfolioPath();

} // namespace tiller::app
