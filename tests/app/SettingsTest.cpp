#include "TestSupport.h"
#include "tiller/app/Settings.h"

#include <catch2/catch.hpp>

using namespace tiller;
using Key = app::Settings::Key;

TEST_CASE("settings have defaults - keep values - and are versioned")
{
    test::TempDir tmp;
    const QString ini = tmp.path(QStringLiteral("s.ini"));
    {
        app::Settings s(ini);
        CHECK(s.value(Key::Language).toString().isEmpty());
        CHECK(s.value(Key::Version).toInt() == app::Settings::CurrentVersion);
        s.setValue(Key::Language, QStringLiteral("fr"));
        s.sync();
    }
    app::Settings again(ini);
    CHECK(again.value(Key::Language).toString() == QStringLiteral("fr"));
}

TEST_CASE("recent files: most recent first - no duplicates - at most ten")
{
    test::TempDir tmp;
    app::Settings s(tmp.path(QStringLiteral("s.ini")));
    for (int i = 0; i < 12; ++i) {
        s.addRecentFile(tmp.path(QStringLiteral("f%1.tiller").arg(i)));
    }
    s.addRecentFile(tmp.path(QStringLiteral("f5.tiller")));
    const QStringList recent = s.recentFiles();
    CHECK(recent.size() == 10);
    CHECK(recent.first() == tmp.path(QStringLiteral("f5.tiller")));
    CHECK(recent.count(tmp.path(QStringLiteral("f5.tiller"))) == 1);
}
