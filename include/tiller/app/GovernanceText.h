// Translated words for governance: kinds of body, RACI roles and gaps, the maturity questionnaire.
#pragma once

#include "tiller/core/Governance.h"

#include <QCoreApplication>
#include <QString>

namespace tiller::app {

class GovernanceText
{
    Q_DECLARE_TR_FUNCTIONS(GovernanceText)
public:
    static QString bodyKind(core::BodyKind k);
    static QString raciRole(core::RaciRole r);   // "Responsible"…
    static QString raciGap(core::RaciGap g);     // "No accountable person"…
    // Every gap of a row, joined ("No accountable person · Nobody responsible").
    static QString raciGaps(const std::vector<core::RaciFinding>& gaps);
    static QString dimension(core::MaturityDimension d);
    // The question as asked ("Our CX vision is written down and known by every team.").
    static QString question(const QString& key);
    // What a score means: 1 "Ad hoc" … 5 "Embedded".
    static QString level(int score);
};

} // namespace tiller::app
