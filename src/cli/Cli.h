// The `tiller` executable: the desktop app without a subcommand, headless commands with one.
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace tiller::cli {

// Exit codes of the public command line.
enum Exit { Success = 0, Failure = 1, BadUsage = 2 };

int run(int argc, char** argv);

// Headless commands (each parses its own options from `args`, args[0] being "tiller").
int demoCommand(const QStringList& args);
int checkCommand(const QStringList& args);
int backupCommand(const QStringList& args);
int shotCommand(const QStringList& args);
int reportCommand(const QStringList& args);
int rankCommand(const QStringList& args);
int ahpCommand(const QStringList& args);
int exportCommand(const QStringList& args);
int mailCommand(const QStringList& args);

// Parses a subcommand's options (args[1] is the subcommand); prints a usage
// error or the help and returns false when the command must not run.
bool parseSubcommand(QCommandLineParser& parser, const QStringList& args, const QStringList& required);

// One clear line on stderr.
void printError(const QString& message);
void printOut(const QString& message);

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace tiller::cli
