// Name folding for the alias index and entity linking: NFKD, strip combining
// marks, đ/Đ -> d, lower case, drop . ' ’ `, other punctuation -> space,
// collapse spaces, drop a leading "the ". "Tô Lâm" and "to lam" fold alike.
#ifndef KG_GRAPH_FOLD_H_
#define KG_GRAPH_FOLD_H_

#include <string>
#include <string_view>

namespace kg::graph {

std::string FoldName(std::string_view utf8);

}  // namespace kg::graph

#endif  // KG_GRAPH_FOLD_H_
