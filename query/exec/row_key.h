// Hash-map keys made of several values, compared with Equivalent (DISTINCT
// and grouping semantics).
#ifndef KG_QUERY_EXEC_ROW_KEY_H_
#define KG_QUERY_EXEC_ROW_KEY_H_

#include <vector>

#include "query/value.h"

namespace kg::query {

using RowKey = std::vector<Value>;

struct RowKeyHash {
  size_t operator()(const RowKey& k) const {
    size_t h = 0x9e3779b97f4a7c15ULL;
    for (const Value& v : k) h = (h ^ HashValue(v)) * 0x100000001b3ULL;
    return h;
  }
};
struct RowKeyEq {
  bool operator()(const RowKey& a, const RowKey& b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!Equivalent(a[i], b[i])) return false;
    }
    return true;
  }
};

}  // namespace kg::query

#endif  // KG_QUERY_EXEC_ROW_KEY_H_
