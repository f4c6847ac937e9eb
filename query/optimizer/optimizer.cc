#include "query/optimizer/optimizer.h"

#include <cstdlib>
#include <string>

namespace kg::query {

std::vector<std::unique_ptr<OptimizerPass>> DefaultPasses() {
  std::vector<std::unique_ptr<OptimizerPass>> passes;
  passes.push_back(std::make_unique<IdSeekPass>());
  passes.push_back(std::make_unique<NeighbourCountPass>());
  return passes;
}

void Optimize(LogicalOpPtr& root) {
  const char* off = std::getenv("KG_QUERY_DISABLE_PASSES");
  std::string disabled = off ? std::string(",") + off + "," : "";
  for (auto& pass : DefaultPasses()) {
    if (disabled.find(std::string(",") + pass->name() + ",") != std::string::npos) continue;
    pass->Rewrite(root);
  }
}

}  // namespace kg::query
