// Helpers shared by the session panel's files: dates and money in words, and dialogs that stay open on a refusal.
#pragma once

#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"

#include <QLabel>
#include <QLocale>

namespace tiller::gui::boardsession {

inline QString longDate(QDate d) { return QLocale().toString(d, QLocale::LongFormat); }
inline QString shortDate(QDate d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); }

inline QString money(double v) { return v > 0 ? app::StrategyCheck::amount(v) : QStringLiteral("—"); }

inline QString esc(const QString& s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

// A red line under a dialog's fields for the portfolio's refusals.
inline QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("error"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->hide();
    return l;
}

// Submits from a dialog: on refusal the dialog stays open with the reason.
inline bool submitFrom(app::Portfolio* p, QLabel* error, const QString& label, app::ChangeSet changes)
{
    QString reason;
    auto c = QObject::connect(p, &app::Portfolio::editRefused, error, [&](const QString& r) { reason = r; });
    const bool ok = p->submit(label, std::move(changes));
    QObject::disconnect(c);
    if (!ok) {
        error->setText(reason);
        error->show();
    }
    return ok;
}


} // namespace tiller::gui::boardsession
