#include "tiller/core/Validation.h"

#include <QRegularExpression>

namespace tiller::core {

QString normalizedCode(const QString& code) { return code.trimmed().toCaseFolded(); }

std::optional<ValidationError> validateInitiative(const Initiative& i, const std::vector<Initiative>& others)
{
    using C = ValidationError::Code;
    const QString code = i.code.trimmed();
    if (code.isEmpty()) {
        return ValidationError{C::EmptyCode, QStringLiteral("code"), {}};
    }
    if (code.size() > MaxCodeLength) {
        return ValidationError{C::CodeTooLong, QStringLiteral("code"), code.left(MaxCodeLength) + QStringLiteral("…")};
    }
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}._/-]+$"));
    if (!allowed.match(code).hasMatch()) {
        return ValidationError{C::CodeHasInvalidCharacters, QStringLiteral("code"), code};
    }
    const QString norm = normalizedCode(code);
    for (const Initiative& o : others) {
        if (o.id != i.id && normalizedCode(o.code) == norm) {
            return ValidationError{C::DuplicateCode, QStringLiteral("code"), o.code};
        }
    }
    if (i.title.trimmed().isEmpty()) {
        return ValidationError{C::EmptyTitle, QStringLiteral("title"), {}};
    }
    if (i.title.size() > MaxTitleLength) {
        return ValidationError{C::TitleTooLong, QStringLiteral("title"), QString::number(i.title.size())};
    }
    if (i.description.size() > MaxDescriptionLength) {
        return ValidationError{C::DescriptionTooLong, QStringLiteral("description"),
                               QString::number(i.description.size())};
    }
    return std::nullopt;
}

std::optional<ValidationError> validatePerson(const Person& p)
{
    using C = ValidationError::Code;
    if (p.name.trimmed().isEmpty()) {
        return ValidationError{C::EmptyName, QStringLiteral("name"), {}};
    }
    if (p.name.size() > MaxNameLength) {
        return ValidationError{C::NameTooLong, QStringLiteral("name"), QString::number(p.name.size())};
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch()) {
        return ValidationError{C::InvalidEmail, QStringLiteral("email"), p.email};
    }
    return std::nullopt;
}

std::optional<ValidationError> validateDomain(const Domain& d, const std::vector<Domain>& others)
{
    using C = ValidationError::Code;
    const QString name = d.name.trimmed();
    if (name.isEmpty()) {
        return ValidationError{C::EmptyName, QStringLiteral("name"), {}};
    }
    if (name.size() > MaxNameLength) {
        return ValidationError{C::NameTooLong, QStringLiteral("name"), QString::number(name.size())};
    }
    for (const Domain& o : others) {
        if (o.id != d.id && o.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return ValidationError{C::DuplicateName, QStringLiteral("name"), o.name};
        }
    }
    static const QRegularExpression color(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.match(d.color).hasMatch()) {
        return ValidationError{C::InvalidColor, QStringLiteral("color"), d.color};
    }
    return std::nullopt;
}

} // namespace tiller::core
