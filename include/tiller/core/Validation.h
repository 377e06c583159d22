// Rules an edit must satisfy before it is written; pure, so every layer agrees.
#pragma once

#include "tiller/core/Entities.h"

#include <optional>
#include <vector>

namespace tiller::core {

inline constexpr int MaxCodeLength = 32;
inline constexpr int MaxTitleLength = 200;
inline constexpr int MaxNameLength = 120;
inline constexpr int MaxDescriptionLength = 20000;

struct ValidationError
{
    enum class Code {
        EmptyCode,
        CodeTooLong,
        CodeHasInvalidCharacters,
        DuplicateCode,
        EmptyTitle,
        TitleTooLong,
        DescriptionTooLong,
        EmptyName,
        NameTooLong,
        DuplicateName,
        InvalidEmail,
        InvalidColor,
        UnknownReference,
        InUse,
    };
    Code code;
    QString field;   // the field at fault ("code", "title"…)
    QString context; // the offending value or the item it clashes with
    bool operator==(const ValidationError&) const = default;
};

// `others` are the initiatives already in the program (the edited one may be
// among them: it is matched by id and skipped).
std::optional<ValidationError> validateInitiative(const Initiative& i, const std::vector<Initiative>& others);
std::optional<ValidationError> validatePerson(const Person& p);
std::optional<ValidationError> validateDomain(const Domain& d, const std::vector<Domain>& others);

// Codes compare case-insensitively and without surrounding blanks.
QString normalizedCode(const QString& code);

} // namespace tiller::core
