#pragma once
// A list kept in file order and indexed by one of its items' fields (an id), so
// that looking an item up costs the same however long the list is.

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace wwc {

/// Items in the order added, indexed by `Key`. push_back() is the only way in,
/// so the index is always in step; an item's key must not change once added.
/// A key seen twice keeps its first place in the index.
template <typename T, std::string T::*Key>
class IndexedList {
public:
    IndexedList() = default;
    IndexedList(std::initializer_list<T> items) {
        for (const T& item : items) push_back(item);
    }

    void push_back(T item) {
        m_index.emplace(item.*Key, m_items.size());
        m_items.push_back(std::move(item));
    }
    void clear() {
        m_items.clear();
        m_index.clear();
    }

    const T& operator[](std::size_t i) const { return m_items[i]; }
    T& operator[](std::size_t i) { return m_items[i]; }
    std::size_t size() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    typename std::vector<T>::const_iterator begin() const { return m_items.begin(); }
    typename std::vector<T>::const_iterator end() const { return m_items.end(); }
    typename std::vector<T>::iterator begin() { return m_items.begin(); }
    typename std::vector<T>::iterator end() { return m_items.end(); }

    /// Position of the item whose key is `key`, or nullopt.
    std::optional<std::size_t> index_of(std::string_view key) const {
        const auto found = m_index.find(std::string(key));
        if (found == m_index.end()) return std::nullopt;
        return found->second;
    }
    /// The item whose key is `key`, or nullptr.
    const T* find(std::string_view key) const {
        const std::optional<std::size_t> i = index_of(key);
        return i ? &m_items[*i] : nullptr;
    }

private:
    std::vector<T> m_items;
    std::unordered_map<std::string, std::size_t> m_index;
};

}  // namespace wwc
