// kg shell: placeholder until its issue lands.
#include <cstdio>

#include "tools/commands.h"

namespace kg::tools {

int RunShell(const Args& args) {
  std::fprintf(stderr, "kg shell: not built yet\n");
  return 2;
}

}  // namespace kg::tools
