// The one undo command: a ChangeSet applied forward (redo) or backward (undo), each in one transaction.
#pragma once

#include "tiller/app/Changes.h"

#include <QUndoCommand>

namespace tiller::app {

class Portfolio;

class EditCommand : public QUndoCommand
{
public:
    // Constructing changes nothing; the first redo() (from QUndoStack::push) writes.
    EditCommand(Portfolio* portfolio, const QString& label, ChangeSet changes);

    void redo() override;
    void undo() override;
    // Whether the last redo/undo reached the database.
    bool failed() const { return m_failed; }

private:
    Portfolio* m_portfolio;
    ChangeSet m_forward;
    bool m_failed = false;
};

} // namespace tiller::app
