// Every difference between SQLite and PostgreSQL SQL lives here.
#pragma once

#include <QString>

namespace tiller::storage {

class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };
    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind kind() const { return m_kind; }

    // Expands the migration files' dialect words ({{PK}}).
    QString expand(QString sql) const;
    QString beginWrite() const;
    // Largest number of bound values in one statement we allow ourselves.
    int maxBoundValues() const { return m_kind == Kind::Sqlite ? 30000 : 60000; }

private:
    Kind m_kind;
};

} // namespace tiller::storage
