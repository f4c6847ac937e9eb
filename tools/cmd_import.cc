// kg import: placeholder until its issue lands.
#include <cstdio>

#include "tools/commands.h"

namespace kg::tools {

int RunImport(const Args& args) {
  std::fprintf(stderr, "kg import: not built yet\n");
  return 2;
}

}  // namespace kg::tools
