// The binder: resolves every variable of a parsed statement to a row slot,
// infers static types, and raises every semantic error
// ("SemanticError: <TCK detail>: ..." naming the variable, label or type).
// It annotates the syntax tree in place and records the slot table.
#ifndef KG_QUERY_BINDER_BINDER_H_
#define KG_QUERY_BINDER_BINDER_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "query/parser/ast.h"

namespace kg::query {

struct SlotInfo {
  std::string name;  // user name, or "  anon_N" for anonymous pattern elements
  Type type = Type::kAny;
};

// One bound single query: its output columns and their slots.
struct BoundQuery {
  std::vector<std::string> columns;
  std::vector<int> column_slots;
};

struct BoundStatement {
  std::vector<SlotInfo> slots;       // all slots of the statement
  std::vector<BoundQuery> queries;   // one per UNION part
  bool writes = false;               // has CREATE/MERGE/SET/REMOVE/DELETE
};

// Binds `st` in place. REQUIRES: st came from Parse().
absl::Status Bind(Statement& st, BoundStatement* out);

}  // namespace kg::query

#endif  // KG_QUERY_BINDER_BINDER_H_
