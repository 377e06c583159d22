#include "TestSupport.h"
#include "tiller/core/Validation.h"

#include <catch2/catch.hpp>

using namespace tiller::core;
using Code = ValidationError::Code;

namespace {

Initiative make(Id id, const QString& code, const QString& title)
{
    Initiative i;
    i.id = id;
    i.code = code;
    i.title = title;
    return i;
}

} // namespace

TEST_CASE("an initiative needs a code and a title")
{
    std::vector<Initiative> none;
    CHECK(!validateInitiative(make(1, QStringLiteral("CX-001"), QStringLiteral("Simplify the move-in form")), none));
    CHECK(validateInitiative(make(1, QStringLiteral("  "), QStringLiteral("x")), none)->code == Code::EmptyCode);
    CHECK(validateInitiative(make(1, QStringLiteral("CX-1"), QStringLiteral(" \t")), none)->code == Code::EmptyTitle);
}

TEST_CASE("codes are unique regardless of case and blanks - the edited row excepted")
{
    std::vector<Initiative> existing{make(1, QStringLiteral("CX-001"), QStringLiteral("a")),
                                     make(2, QStringLiteral("CX-002"), QStringLiteral("b"))};
    auto e = validateInitiative(make(3, QStringLiteral(" cx-001 "), QStringLiteral("c")), existing);
    REQUIRE(e);
    CHECK(e->code == Code::DuplicateCode);
    CHECK(e->context == QStringLiteral("CX-001"));
    // Editing CX-001 itself keeps its code.
    CHECK(!validateInitiative(make(1, QStringLiteral("CX-001"), QStringLiteral("renamed")), existing));
}

TEST_CASE("absurd and SQL-looking input is judged as text - with limits")
{
    std::vector<Initiative> none;
    CHECK(validateInitiative(make(1, QString(40, QLatin1Char('A')), QStringLiteral("t")), none)->code ==
          Code::CodeTooLong);
    CHECK(validateInitiative(make(1, QStringLiteral("CX'; DROP TABLE initiative;--"), QStringLiteral("t")), none)
              ->code == Code::CodeHasInvalidCharacters);
    // A title may say anything, SQL included: it is data.
    CHECK(!validateInitiative(make(1, QStringLiteral("CX-9"), QStringLiteral("'); DROP TABLE initiative; --")), none));
    CHECK(validateInitiative(make(1, QStringLiteral("CX-9"), QString(MaxTitleLength + 1, QLatin1Char('x'))), none)
              ->code == Code::TitleTooLong);
    Initiative big = make(1, QStringLiteral("CX-9"), QStringLiteral("t"));
    big.description = QString(MaxDescriptionLength + 1, QLatin1Char('x'));
    CHECK(validateInitiative(big, none)->code == Code::DescriptionTooLong);
}

TEST_CASE("people need a name and a plausible e-mail")
{
    Person p;
    CHECK(validatePerson(p)->code == Code::EmptyName);
    p.name = QStringLiteral("Awa Diallo");
    CHECK(!validatePerson(p));
    p.email = QStringLiteral("awa@");
    CHECK(validatePerson(p)->code == Code::InvalidEmail);
    p.email = QStringLiteral("awa.diallo@brightwave.example");
    CHECK(!validatePerson(p));
}

TEST_CASE("domains have unique names and a #rrggbb colour")
{
    std::vector<Domain> existing{{1, QStringLiteral("Digital"), QStringLiteral("#336699"), 1, 1}};
    Domain d{0, QStringLiteral("digital"), QStringLiteral("#112233"), 2, 0};
    CHECK(validateDomain(d, existing)->code == Code::DuplicateName);
    d.name = QStringLiteral("Billing");
    CHECK(!validateDomain(d, existing));
    d.color = QStringLiteral("blue");
    CHECK(validateDomain(d, existing)->code == Code::InvalidColor);
}
