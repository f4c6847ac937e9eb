// Tokens and sentences with byte and code point offsets into the text.
#ifndef KG_INGEST_INTERNAL_SEGMENTER_H_
#define KG_INGEST_INTERNAL_SEGMENTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::internal {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t b = 0, e = 0;    // byte offsets, end exclusive
  uint32_t cs = 0, ce = 0;  // code point offsets, end exclusive
  // FoldName of a word; the character of punctuation. Views the text where
  // they are the same bytes ("visit"), else the tokens' fold store ("us" of
  // "U.S."): see Tokenize.
  std::string_view fold;
  TokenKind kind = TokenKind::kWord;
  bool cap = false;         // starts with an upper-case letter
  bool upper = false;       // every letter upper case (acronym-like)
  bool newline_before = false;
};

struct Sentence {
  uint32_t tb = 0, te = 0;  // token range
  uint32_t b = 0, e = 0;    // byte range
  uint32_t cs = 0, ce = 0;  // code point range
};

// Splits text into words (keeping "U.S.", "Mr.", "59-NQ/TW", "1,500" whole,
// "'s" and hyphens apart) and punctuation. The folds that are not bytes of
// the text are written into `fold_store` (its old content is dropped): the
// tokens are valid as long as `text` and `*fold_store` are, and stay valid
// when the store is moved, not when it is copied.
std::vector<Token> Tokenize(std::string_view text, std::vector<char>* fold_store);

// Sentence boundaries: . ! ? before a capitalised word (not after an
// abbreviation), and line breaks between paragraphs. Very long runs are cut
// every `max_tokens` tokens.
std::vector<Sentence> SplitSentences(const std::vector<Token>& tokens, size_t max_tokens = 300);

// Lower-cased, diacritic-free form of one word (FoldName of a single token).
std::string FoldToken(std::string_view word);

// The value of an ordinal given as a token's fold: "79th" 79, "third" 3,
// "seventy ninth" (from "seventy-ninth") 79; 0 for any other word.
int OrdinalValue(std::string_view fold);

// Whether OrdinalValue(fold) can be more than 0: every ordinal, spelled or
// numeric, ends in st, nd, rd or th, and a word of three or four letters
// ("and", "with", "most") is none (the spelled ordinals are longer, and a
// number begins with a digit). Inline: it is asked of nearly every token.
inline bool MayBeOrdinal(std::string_view f) {
  if (f.size() < 3) return false;
  const char a = f[f.size() - 2], b = f[f.size() - 1];
  if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
    return false;
  const char c = f[0];
  return f.size() >= 5 || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

}  // namespace kg::ingest::internal

#endif  // KG_INGEST_INTERNAL_SEGMENTER_H_
