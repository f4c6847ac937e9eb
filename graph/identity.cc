#include "graph/identity.h"

namespace kg::graph {

bool IsSymmetricType(std::string_view type) {
  return type == "MET" || type == "DIPLOMATIC_RELATIONS" || type == "PARTNERSHIP";
}

bool IsDefiningQualifier(std::string_view type, std::string_view key) {
  if (type == "HOLDS_OFFICE") return key == "title";
  if (type == "HELD_POSITION") return key == "role" || key == "start" || key == "end";
  if (type == "MEMBER_OF") return key == "start" || key == "end";
  if (type == "PARTNERSHIP") return key == "level";
  return false;
}

}  // namespace kg::graph
