// A weekly review as a document: the agenda before the meeting, the minutes after (Markdown; the gui prints PDF).
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/core/Rhythm.h"

#include <QCoreApplication>
#include <QString>

namespace tiller::app {

class Portfolio;

class WeeklyReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReviewReport)
public:
    // The week in words: "Week 48, 23–29 November 2026".
    static QString weekTitle(const QString& week);
    // The agenda: what the week brought, item by item, and next week's plan.
    static QString agenda(const Portfolio& portfolio, const core::WeeklyReview& review);
    // The minutes: the agenda's content, then who came, the notes and the decisions.
    static QString minutes(const Portfolio& portfolio, const core::WeeklyReview& review, const core::Meeting& record);
    // The meeting record of a week's review, if one was saved.
    static const core::Meeting* recordOf(const Portfolio& portfolio, const QString& week);
    static QString meetingKind() { return QStringLiteral("weekly_review"); }
};

} // namespace tiller::app
