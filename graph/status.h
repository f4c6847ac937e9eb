// Status helpers shared by every kg library. Abseil 20220623 has no
// status_macros.h, so kg defines its own two macros here.
#ifndef KG_GRAPH_STATUS_H_
#define KG_GRAPH_STATUS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define KG_STATUS_CONCAT_INNER_(a, b) a##b
#define KG_STATUS_CONCAT_(a, b) KG_STATUS_CONCAT_INNER_(a, b)

// Returns from the enclosing function when `expr` (an absl::Status) is not OK.
#define KG_RETURN_IF_ERROR(expr)                        \
  do {                                                  \
    ::absl::Status kg_status_ = (expr);                 \
    if (!kg_status_.ok()) return kg_status_;            \
  } while (0)

// `KG_ASSIGN_OR_RETURN(auto x, F())`: assigns the value of a StatusOr or
// returns its status from the enclosing function.
#define KG_ASSIGN_OR_RETURN(lhs, expr) \
  KG_ASSIGN_OR_RETURN_IMPL_(KG_STATUS_CONCAT_(kg_statusor_, __LINE__), lhs, expr)
#define KG_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return std::move(tmp).status();  \
  lhs = std::move(tmp).value()

// Debug-only invariant check; never for conditions user input can break.
#ifdef NDEBUG
#define KG_DCHECK(cond) ((void)0)
#else
#include <cassert>
#define KG_DCHECK(cond) assert(cond)
#endif

#endif  // KG_GRAPH_STATUS_H_
