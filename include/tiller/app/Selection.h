// The initiative the user is working on, shared by every view (select in the matrix, see it in the inventory).
#pragma once

#include "tiller/core/Types.h"

#include <QObject>

namespace tiller::app {

class Selection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    core::Id current() const { return m_current; }
    void setCurrent(core::Id id)
    {
        if (id != m_current) {
            m_current = id;
            emit currentChanged(id);
        }
    }

signals:
    void currentChanged(core::Id id);

private:
    core::Id m_current = 0;
};

} // namespace tiller::app
