// Helpers shared by the tests: temporary folders and files, a fake clock, Catch printing of Qt types.
#pragma once

#include "tiller/core/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <ostream>

namespace tiller::test {

// A temporary folder removed at the end of the test.
class TempDir
{
public:
    TempDir();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// A clock the test moves by hand.
class FakeClock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)) : m_now(start) {}
    core::Clock clock()
    {
        return [this] { return m_now; };
    }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    QDateTime now() const { return m_now; }

private:
    QDateTime m_now;
};

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace tiller::test

// Catch prints QStrings readably in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }
