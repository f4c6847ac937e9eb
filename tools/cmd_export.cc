// kg export: placeholder until its issue lands.
#include <cstdio>

#include "tools/commands.h"

namespace kg::tools {

int RunExport(const Args& args) {
  std::fprintf(stderr, "kg export: not built yet\n");
  return 2;
}

}  // namespace kg::tools
