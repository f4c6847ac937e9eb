// kg stats: placeholder until its issue lands.
#include <cstdio>

#include "tools/commands.h"

namespace kg::tools {

int RunStats(const Args& args) {
  std::fprintf(stderr, "kg stats: not built yet\n");
  return 2;
}

}  // namespace kg::tools
