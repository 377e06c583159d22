// A bin's charter as one editable draft (the saved one, or a template), the ChangeSet that saves it, and the
// definition-of-done gate a bin meets before it is marked done.
#pragma once

#include "tiller/app/Changes.h"
#include "tiller/core/Entities.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace tiller::app {

class Portfolio;

// What a charter is made of: the text sections, the phases and the definition of done, in their order.
struct CharterDraft
{
    core::Charter charter;
    std::vector<core::CharterPhase> phases;
    std::vector<core::DodItem> definitionOfDone;
    bool isTemplate = false; // not saved yet: the starter content of a bin without a charter
};

class CharterEdits
{
    Q_DECLARE_TR_FUNCTIONS(CharterEdits)
public:
    // The bin's saved charter, or the template when it has none (isTemplate set).
    static CharterDraft draft(const Portfolio& portfolio, core::Id binId);
    // The template: starter success criteria, and for a dated bin three starter phases spanning its dates.
    static CharterDraft templateFor(const core::ProjectBin& bin);
    // Prompts shown in the empty text sections of a charter.
    static QString objectivesPrompt();
    static QString benefitsPrompt();
    static QString scopeInPrompt();
    static QString scopeOutPrompt();
    static QString risksPrompt();

    // What saving `edited` for its bin writes: the charter inserted or updated, phases and success criteria
    // inserted, updated (text, dates, order, tick) or deleted. Rows keep their ids; new rows have id 0; the
    // order is the position in the lists. Empty when nothing changes and the charter is already saved.
    static ChangeSet save(const Portfolio& portfolio, const CharterDraft& edited);

    // The success criteria of the bin's definition of done still open.
    static QStringList openCriteria(const Portfolio& portfolio, core::Id binId);
    // The open criteria that stand in the way when `before` becomes `after` (a bin newly marked done); empty when
    // nothing stands in the way.
    static QStringList blockingDone(const Portfolio& portfolio, const core::ProjectBin& before,
                                    const core::ProjectBin& after);
};

} // namespace tiller::app
