// kg serve: placeholder until its issue lands.
#include <cstdio>

#include "tools/commands.h"

namespace kg::tools {

int RunServe(const Args& args) {
  std::fprintf(stderr, "kg serve: not built yet\n");
  return 2;
}

}  // namespace kg::tools
