// Helpers shared by the parts of Portfolio that write lists of changes (execution, the change board).
#pragma once

#include "tiller/app/Changes.h"
#include "tiller/storage/StorageError.h"
#include "tiller/core/Expected.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace tiller::app::detail {

using core::unexpected;
using storage::StorageError;

template <typename T>
inline const T* byId(const std::vector<T>& list, core::Id id)
{
    for (const T& x : list) {
        if (x.id == id) {
            return &x;
        }
    }
    return nullptr;
}

inline StorageError gone(const QString& what)
{
    StorageError e;
    e.code = StorageError::Code::Conflict;
    e.detail = what;
    return e;
}

// Writes the inserts and updates (deletes == false) or the deletes of one list. An inserted row's placeholder
// (negative) id is replaced by the written one and remembered in `placeholders`.
template <typename Repo, typename T, typename Find>
core::Expected<void, StorageError> writeAll(Repo& repo, std::vector<Change<T>>& list, Find find, bool deletes,
                                            QHash<core::Id, core::Id>& placeholders)
{
    for (auto& c : list) {
        const bool isDelete = c.before && !c.after;
        if (isDelete != deletes) {
            continue;
        }
        core::Expected<void, StorageError> r;
        if (!c.before) {
            if constexpr (requires { c.after->id; }) {
                const core::Id placeholder = c.after->id;
                if (placeholder < 0) {
                    c.after->id = 0;
                }
                r = repo.insert(*c.after);
                if (r && placeholder < 0) {
                    placeholders.insert(placeholder, c.after->id);
                }
            } else {
                r = repo.insert(*c.after);
            }
        } else {
            const T* current = find(*c.before);
            if (!current) {
                return unexpected(gone(QStringLiteral("a row no longer exists")));
            }
            if constexpr (requires(const T& a, T& b) { repo.update(a, b); }) {
                r = c.after ? repo.update(*current, *c.after) : repo.remove(*current);
            } else {
                r = c.after ? core::Expected<void, StorageError>{} : repo.remove(*current);
            }
        }
        if (!r) {
            return r;
        }
    }
    return {};
}

template <typename T, typename Key>
void commitList(std::vector<T>& memory, const std::vector<Change<T>>& list, Key key)
{
    for (const auto& c : list) {
        if (c.before && c.after) {
            for (T& x : memory) {
                if (key(x) == key(*c.before)) {
                    x = *c.after;
                }
            }
        } else if (c.after) {
            memory.push_back(*c.after);
        } else if (c.before) {
            std::erase_if(memory, [&](const T& x) { return key(x) == key(*c.before); });
        }
    }
}


} // namespace tiller::app::detail
