// kg ingest: placeholder until its issue lands.
#include <cstdio>

#include "tools/commands.h"

namespace kg::tools {

int RunIngest(const Args& args) {
  std::fprintf(stderr, "kg ingest: not built yet\n");
  return 2;
}

}  // namespace kg::tools
