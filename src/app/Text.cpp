#include "tiller/app/Text.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace tiller::app {

QString Text::status(core::InitiativeStatus s)
{
    switch (s) {
    case core::InitiativeStatus::Idea:
        return tr("Idea");
    case core::InitiativeStatus::Proposed:
        return tr("Proposed");
    case core::InitiativeStatus::Approved:
        return tr("Approved");
    case core::InitiativeStatus::InProgress:
        return tr("In progress");
    case core::InitiativeStatus::Done:
        return tr("Done");
    case core::InitiativeStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString Text::binStatus(core::BinStatus s)
{
    switch (s) {
    case core::BinStatus::Proposed:
        return tr("Proposed", "bin status");
    case core::BinStatus::Planned:
        return tr("Planned", "bin status");
    case core::BinStatus::InProgress:
        return tr("In progress", "bin status");
    case core::BinStatus::Blocked:
        return tr("Blocked", "bin status");
    case core::BinStatus::Done:
        return tr("Done", "bin status");
    case core::BinStatus::Cancelled:
        return tr("Cancelled", "bin status");
    }
    return {};
}

QString Text::requestStatus(core::RequestStatus s)
{
    switch (s) {
    case core::RequestStatus::Submitted:
        return tr("Submitted", "request status");
    case core::RequestStatus::Returned:
        return tr("Returned", "request status");
    case core::RequestStatus::Qualified:
        return tr("Qualified", "request status");
    case core::RequestStatus::Approved:
        return tr("Approved", "request status");
    case core::RequestStatus::Deferred:
        return tr("Deferred", "request status");
    case core::RequestStatus::Rejected:
        return tr("Rejected", "request status");
    }
    return {};
}

QString Text::requestOrigin(core::RequestOrigin o)
{
    switch (o) {
    case core::RequestOrigin::Market:
        return tr("Market shift", "request origin");
    case core::RequestOrigin::Organisation:
        return tr("Organisation", "request origin");
    case core::RequestOrigin::Voc:
        return tr("Voice of the Customer", "request origin");
    case core::RequestOrigin::Regulation:
        return tr("Regulation", "request origin");
    case core::RequestOrigin::Internal:
        return tr("Internal idea", "request origin");
    }
    return {};
}

QString Text::verdict(core::BoardVerdict v)
{
    switch (v) {
    case core::BoardVerdict::Approved:
        return tr("Approved", "board decision");
    case core::BoardVerdict::Deferred:
        return tr("Deferred", "board decision");
    case core::BoardVerdict::Rejected:
        return tr("Rejected", "board decision");
    }
    return {};
}

QString Text::cadence(core::BoardCadence c)
{
    switch (c) {
    case core::BoardCadence::Weekly:
        return tr("Every week");
    case core::BoardCadence::Fortnightly:
        return tr("Every two weeks");
    case core::BoardCadence::Monthly:
        return tr("Every month");
    case core::BoardCadence::Bimonthly:
        return tr("Every two months");
    case core::BoardCadence::Quarterly:
        return tr("Every quarter");
    }
    return {};
}

QString Text::urgency(int urgency)
{
    switch (urgency) {
    case 0:
        return tr("Low", "urgency");
    case 2:
        return tr("High", "urgency");
    case 3:
        return tr("Critical", "urgency");
    default:
        return tr("Normal", "urgency");
    }
}

QString Text::check(core::QualificationCheck c)
{
    switch (c) {
    case core::CheckComplete:
        return tr("complete");
    case core::CheckInStrategy:
        return tr("in the strategy");
    case core::CheckNotDuplicate:
        return tr("not a duplicate");
    case core::CheckEstimated:
        return tr("estimated");
    }
    return {};
}

QString Text::missingChecks(int checklist)
{
    QStringList missing;
    for (core::QualificationCheck c : {core::CheckComplete, core::CheckInStrategy, core::CheckNotDuplicate,
                                       core::CheckEstimated}) {
        if (!(checklist & c)) {
            missing.append(check(c));
        }
    }
    return missing.join(QStringLiteral(", "));
}

QString Text::taskStatus(core::TaskStatus s)
{
    switch (s) {
    case core::TaskStatus::Todo:
        return tr("To do", "task status");
    case core::TaskStatus::Doing:
        return tr("Doing", "task status");
    case core::TaskStatus::Blocked:
        return tr("Blocked", "task status");
    case core::TaskStatus::Done:
        return tr("Done", "task status");
    }
    return {};
}

QString Text::horizon(core::Horizon h)
{
    switch (h) {
    case core::Horizon::Unset:
        return tr("Not set");
    case core::Horizon::Short:
        return tr("Short term");
    case core::Horizon::Medium:
        return tr("Medium term");
    case core::Horizon::Long:
        return tr("Long term");
    }
    return {};
}

QString Text::roleName(core::PersonRole role)
{
    switch (role) {
    case core::ProgramManager:
        return tr("Program manager");
    case core::Stakeholder:
        return tr("Stakeholder");
    case core::Leader:
        return tr("Leader");
    case core::Ambassador:
        return tr("Ambassador");
    case core::Sponsor:
        return tr("Sponsor");
    }
    return {};
}

QString Text::roles(int roles)
{
    QStringList names;
    for (auto r : {core::ProgramManager, core::Stakeholder, core::Leader, core::Ambassador, core::Sponsor}) {
        if (roles & r) {
            names.append(roleName(r));
        }
    }
    return names.join(QStringLiteral(", "));
}

QString Text::error(const storage::StorageError& e)
{
    using C = storage::StorageError::Code;
    switch (e.code) {
    case C::None:
        return {};
    case C::BadLocation:
        return tr("“%1” is neither a file path nor a postgresql:// address.").arg(e.path);
    case C::Unsupported:
        return tr("%1: shared PostgreSQL portfolios are not supported by this version of Tiller yet; use a "
                  "portfolio file.")
            .arg(e.path);
    case C::NotFound:
        return tr("%1: no such portfolio file.").arg(e.path);
    case C::CannotCreate:
        return tr("%1: can't create the file here (the folder is missing or not writable).").arg(e.path);
    case C::NotSqlite:
        return tr("%1 is not a Tiller portfolio (it is not an SQLite database). Nothing was changed.").arg(e.path);
    case C::NotTiller:
        return tr("%1 is an SQLite database of another application, not a Tiller portfolio. Nothing was changed.")
            .arg(e.path);
    case C::Corrupt:
        return tr("%1 is damaged (%2). Nothing was changed; restore it from a backup.").arg(e.path, e.detail);
    case C::NewerSchema:
        return tr("%1 was written by a newer Tiller (schema %2; this version knows up to %3). Update Tiller to open "
                  "it; nothing was changed.")
            .arg(e.path)
            .arg(e.foundVersion)
            .arg(e.knownVersion);
    case C::Locked:
        return tr("%1 is open in another Tiller by %2.").arg(e.path, e.holder);
    case C::ReadOnly:
        return tr("%1 is read-only: the change can't be saved.").arg(e.path);
    case C::Conflict:
        return tr("someone else changed this item in the meantime; reload and try again.");
    case C::Constraint:
        return tr("the database refused the change (%1).").arg(e.detail);
    case C::Io:
        return tr("the disk refused the write (%1).").arg(e.detail);
    case C::Sql:
        return tr("database error (%1).").arg(e.detail);
    }
    return e.detail;
}

QString Text::scoreSummary(const core::Score& s, core::ModelKind kind)
{
    if (!s.complete) {
        return tr("Not scored on: %1").arg(s.missing.join(QStringLiteral(", ")));
    }
    const QLocale locale;
    auto n = [&locale](double v) { return locale.toString(v, 'f', v == std::floor(v) && std::abs(v) >= 10 ? 0 : 1); };
    switch (kind) {
    case core::ModelKind::Weighted:
        return tr("Benefit %1 − cost %2 = score %3").arg(n(s.value), n(s.effort), n(s.score));
    case core::ModelKind::Rice:
        return tr("Reach × impact × confidence = %1; ÷ effort %2 = score %3").arg(n(s.value), n(s.effort), n(s.score));
    case core::ModelKind::Wsjf:
        return tr("Cost of delay %1 ÷ job size %2 = score %3").arg(n(s.value), n(s.effort), n(s.score));
    }
    return {};
}

QString Text::modelProblem(const core::ModelProblem& p)
{
    using C = core::ModelProblem::Code;
    switch (p.code) {
    case C::NoCriteria:
        return tr("A model needs at least one criterion.");
    case C::EmptyName:
        return tr("Every criterion needs a name.");
    case C::DuplicateName:
        return tr("Two criteria are named “%1”.").arg(p.criterion);
    case C::BadScale:
        return tr("The scale of “%1” is not usable: its end must be above its start (an effort or job size must "
                  "stay above 0; a confidence stays within 0–100).")
            .arg(p.criterion);
    case C::NegativeWeight:
        return tr("The weight of “%1” can't be negative.").arg(p.criterion);
    case C::AllWeightsZero:
        return p.detail == QLatin1String("cost") ? tr("The cost criteria all weigh 0: give one a weight.")
                                                 : tr("The benefit criteria all weigh 0: give one a weight.");
    case C::MissingRole:
        return tr("The formula needs a criterion for “%1”.").arg(p.detail);
    case C::DuplicateRole:
        return tr("Two criteria play the part of “%1”.").arg(p.detail);
    }
    return {};
}

QString Text::validation(const core::ValidationError& e)
{
    using C = core::ValidationError::Code;
    switch (e.code) {
    case C::EmptyCode:
        return tr("A code is required.");
    case C::CodeTooLong:
        return tr("A code has at most %1 characters.").arg(core::MaxCodeLength);
    case C::CodeHasInvalidCharacters:
        return tr("The code “%1” may only contain letters, digits and . _ / -").arg(e.context);
    case C::DuplicateCode:
        return tr("The code “%1” is already used.").arg(e.context);
    case C::EmptyTitle:
        return tr("A title is required.");
    case C::TitleTooLong:
        return tr("A title has at most %1 characters.").arg(core::MaxTitleLength);
    case C::DescriptionTooLong:
        return tr("A description has at most %1 characters.").arg(core::MaxDescriptionLength);
    case C::EmptyName:
        return tr("A name is required.");
    case C::NameTooLong:
        return tr("A name has at most %1 characters.").arg(core::MaxNameLength);
    case C::DuplicateName:
        return tr("The name “%1” is already used.").arg(e.context);
    case C::InvalidEmail:
        return tr("“%1” is not an e-mail address.").arg(e.context);
    case C::InvalidColor:
        return tr("“%1” is not a colour (#rrggbb).").arg(e.context);
    case C::UnknownReference:
        if (e.field == QLatin1String("domain")) {
            return tr("The domain chosen no longer exists.");
        }
        if (e.field == QLatin1String("owner")) {
            return tr("The owner chosen no longer exists.");
        }
        return tr("A pain point chosen no longer exists.");
    case C::InUse:
        return tr("“%1” is still in use.").arg(e.context);
    }
    return {};
}

} // namespace tiller::app
