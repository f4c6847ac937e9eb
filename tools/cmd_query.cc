// kg query: placeholder until its issue lands.
#include <cstdio>

#include "tools/commands.h"

namespace kg::tools {

int RunQuery(const Args& args) {
  std::fprintf(stderr, "kg query: not built yet\n");
  return 2;
}

}  // namespace kg::tools
