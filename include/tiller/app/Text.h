// Translated words for the typed values of lower layers (statuses, errors, validation).
#pragma once

#include "tiller/core/Scoring.h"
#include "tiller/core/Types.h"
#include "tiller/core/Validation.h"
#include "tiller/storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

namespace tiller::app {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Text)
public:
    static QString status(core::InitiativeStatus s);
    static QString binStatus(core::BinStatus s);
    static QString taskStatus(core::TaskStatus s);
    static QString horizon(core::Horizon h);
    static QString requestStatus(core::RequestStatus s);
    static QString requestOrigin(core::RequestOrigin o);
    static QString verdict(core::BoardVerdict v);
    static QString cadence(core::BoardCadence c);
    static QString urgency(int urgency);
    static QString check(core::QualificationCheck c);
    // The checks a checklist still misses, in words ("not a duplicate, estimated").
    static QString missingChecks(int checklist);
    static QString roles(int roles);
    static QString roleName(core::PersonRole role);
    static QString error(const storage::StorageError& e);
    static QString validation(const core::ValidationError& e);
    static QString modelProblem(const core::ModelProblem& p);
    // How a score is made, in words and numbers: "Benefit 65.0 − cost 25.0 = score 40.0".
    static QString scoreSummary(const core::Score& s, core::ModelKind kind);
};

} // namespace tiller::app
