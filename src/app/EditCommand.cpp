#include "tiller/app/EditCommand.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/core/Log.h"

namespace tiller::app {

EditCommand::EditCommand(Portfolio* portfolio, const QString& label, ChangeSet changes)
    : QUndoCommand(label), m_portfolio(portfolio), m_forward(std::move(changes))
{
}

void EditCommand::redo()
{
    auto result = m_portfolio->apply(m_forward, text());
    m_failed = !result;
    if (m_failed) {
        core::logger("tiller.app")->error("'{}' failed: {}", text().toStdString(),
                                          result.error().technical().toStdString());
        setObsolete(true); // the stack drops it: nothing was written
        emit m_portfolio->editRefused(Text::tr("“%1” was not saved: %2").arg(text(), Text::error(result.error())));
    }
}

void EditCommand::undo()
{
    ChangeSet backward = m_forward.inverted();
    if (auto refusal = m_portfolio->undoRefusal(backward)) {
        m_failed = true;
        setObsolete(true); // final now: the stack lets it go
        emit m_portfolio->editRefused(Text::tr("“%1” can't be undone: %2").arg(text(), *refusal));
        return;
    }
    auto result = m_portfolio->apply(backward, Text::tr("Undo %1").arg(text()));
    m_failed = !result;
    if (m_failed) {
        core::logger("tiller.app")->error("undo of '{}' failed: {}", text().toStdString(),
                                          result.error().technical().toStdString());
        setObsolete(true);
        emit m_portfolio->editRefused(Text::tr("Undo of “%1” failed: %2").arg(text(), Text::error(result.error())));
        return;
    }
    // Inserted rows got their ids in the first redo(), so a redo after this
    // undo restores the very same rows.
}

} // namespace tiller::app
