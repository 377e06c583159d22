// Catch2 v2 has no main for us: Qt needs a QCoreApplication before SQL drivers load.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    // Tests never touch the user's data folder or settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TillerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TillerTests"));
    return Catch::Session().run(argc, argv);
}
