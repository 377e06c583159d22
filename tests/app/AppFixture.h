// A portfolio on a temporary file, filled with the small sample program or left empty.
#pragma once

#include "TestSupport.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"

#include <catch2/catch.hpp>

namespace tiller::test {

struct PortfolioFixture
{
    TempDir tmp;
    QString path;
    std::unique_ptr<app::Portfolio> portfolio;

    explicit PortfolioFixture(bool sample = true) : path(tmp.path(QStringLiteral("p.tiller")))
    {
        if (sample) {
            app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
            REQUIRE(builder.build(path));
        }
        reopen();
    }
    void reopen()
    {
        portfolio.reset();
        auto opened = app::Portfolio::open(path);
        INFO((opened ? std::string() : opened.error().technical().toStdString()));
        REQUIRE(opened);
        portfolio = std::move(*opened);
    }
    app::Portfolio& p() { return *portfolio; }
};

} // namespace tiller::test
