// kg bench: placeholder until its issue lands.
#include <cstdio>

#include "tools/commands.h"

namespace kg::tools {

int RunBench(const Args& args) {
  std::fprintf(stderr, "kg bench: not built yet\n");
  return 2;
}

}  // namespace kg::tools
