#include "ingest/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest/internal/memo.h"
#include "re2/re2.h"
#include "xxhash.h"

namespace kg::ingest {
namespace fs = std::filesystem;

namespace {

constexpr size_t kHugeLine = 200000;  // bytes; longer lines get a warning

// Inside directories only articles are read: *.txt, *.text or no extension
// (files named on the command line are always read).
bool IsTextFile(const fs::path& p) {
  std::string name = p.filename().string();
  if (name.empty() || name[0] == '.') return false;
  std::string ext = p.extension().string();
  return ext.empty() || ext == ".txt" || ext == ".text" || ext == ".TXT";
}

// Eight bytes of text as a word, and whether any of them is a control byte
// (below 0x20) or, for the second, not ASCII. Borrows can only flag bytes
// above a true one: a clean word is never flagged.
inline uint64_t Word8(const void* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
constexpr uint64_t kOnes8 = 0x0101010101010101ull, kHigh8 = 0x8080808080808080ull;
inline bool HasControlByte(uint64_t x) { return (((x - 0x20 * kOnes8) & ~x) & kHigh8) != 0; }
inline bool HasControlOrNonAscii(uint64_t x) { return ((x | ((x - 0x20 * kOnes8) & ~x)) & kHigh8) != 0; }

// NFC of valid UTF-8. A text may be cut before any ASCII character (a
// starter that never combines with what precedes it), so only each run of
// non-ASCII characters, with the ASCII character before it, goes through
// utf8proc. Runs repeat across a corpus (quotes, dashes, accented
// syllables), so their forms are remembered, per thread and bounded.
std::string ToNfc(std::string_view text) {
  thread_local internal::StringMemo memo;
  auto nfc = [](std::string_view seg) {
    std::string key(seg);
    utf8proc_uint8_t* n = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(key.c_str()));
    std::string value = n != nullptr ? std::string(reinterpret_cast<char*>(n)) : key;
    std::free(n);
    return value;
  };
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t run = i;
    while (text.size() - run >= 8 && (Word8(text.data() + run) & kHigh8) == 0) run += 8;  // eight at a time
    while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80) ++run;
    if (run == text.size()) {
      out.append(text.substr(i));
      break;
    }
    size_t begin = run > i ? run - 1 : run;  // the ASCII character before the run
    size_t end = run;
    while (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) ++end;
    out.append(text.substr(i, begin - i));
    out.append(internal::Remembered(&memo, text.substr(begin, end - begin), nfc));
    i = end;
  }
  return out;
}

// Replaces [begin, end) of `text` by one space per code point.
void Blank(std::string* text, size_t begin, size_t end) {
  std::string spaces;
  for (size_t i = begin; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>((*text)[i]);
    if ((c & 0xC0) != 0x80) spaces.push_back(c == '\n' ? '\n' : ' ');
  }
  text->replace(begin, end - begin, spaces);
}

}  // namespace

absl::StatusOr<std::vector<std::string>> ListInputs(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back(a);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(a, ec);
    if (ec || !fs::exists(st)) return absl::NotFoundError(absl::StrCat(a, ": no such file or directory"));
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(a, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file() && IsTextFile(it->path())) found.push_back(it->path().string());
      }
      if (ec) return absl::NotFoundError(absl::StrCat(a, ": ", ec.message()));
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(a);
    }
  }
  return out;
}

namespace {

// The patterns of RemoveDebris, each compiled the first time a line may
// match it (most texts have no image file names nor layout tokens).
// Line-level debris: image file names, layout tokens, credit-only lines.
const RE2& ImageLine() {
  static const RE2 re(R"((?i)^\s*\S[^\n]{0,200}\.(jpe?g|png|gif|webp|bmp|tiff?|svg)\s*$)");
  return re;
}
const RE2& LayoutLine() {
  static const RE2 re(
      R"((?i)^\s*(leftcenterrightdel|rightcenterleftdel|advertisement|comment \(\d+\)|\|+|share|print|tags?:.*)\s*$)");
  return re;
}
// In-line debris: photo credits ("Photo: VNA |") and trailing separators.
const RE2& Credit() {
  static const RE2 re(R"((?i)(\(?\b(photo|photos|image|credit|ảnh|illustration)\s*:\s*[^|\n.()]{0,60}\)?\s*\|?)\s*$)");
  return re;
}
const RE2& TrailingBars() {
  static const RE2 re(R"((\s\|)+\s*$)");
  return re;
}

// RE2's \s.
inline bool IsRe2Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

void RemoveDebris(std::string* text) {
  // Cheap necessary conditions decide whether a pattern can match a line at
  // all; most lines of an article are prose that none can match.
  // (std::string_view: this RE2's StringPiece::rfind(char) finds nothing.)
  auto trimmed = [](re2::StringPiece piece) {
    std::string_view l(piece.data(), piece.size());
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
    while (!l.empty() && space(l.front())) l.remove_prefix(1);
    while (!l.empty() && space(l.back())) l.remove_suffix(1);
    return l;
  };
  // The line ends in one of the extensions (ASCII, any case).
  auto maybe_image = [](std::string_view t) {
    size_t dot = t.rfind('.');
    if (dot == std::string_view::npos) return false;
    const size_t n = t.size() - dot - 1;
    if (n < 3 || n > 4) return false;
    char e[4] = {};
    for (size_t i = 0; i < n; ++i) e[i] = AsciiLower(t[dot + 1 + i]);
    const std::string_view ext(e, n);
    return ext == "jpg" || ext == "jpeg" || ext == "png" || ext == "gif" || ext == "webp" || ext == "bmp" ||
           ext == "tif" || ext == "tiff" || ext == "svg";
  };
  // Every kLayoutLine alternative but "tags:" is a short line; that one
  // begins with "tag" (no other character folds to t, a or g).
  auto maybe_layout = [](std::string_view t) {
    if (t.empty()) return false;
    char c = AsciiLower(t[0]);
    if (c == 't') return t.size() >= 3 && AsciiLower(t[1]) == 'a' && AsciiLower(t[2]) == 'g';
    bool first = c == 'l' || c == 'r' || c == 'a' || c == 'c' || c == '|' || c == 's' || c == 'p';
    return first && (t.size() <= 24 || c == '|');
  };
  // kCredit needs one of its words before a colon, both after the line's
  // last period (no part of a credit holds one): most prose lines end in a
  // period and are not searched at all.
  auto maybe_credit = [](std::string_view t) {
    size_t dot = t.rfind('.');
    if (dot != std::string_view::npos) t.remove_prefix(dot + 1);
    if (t.find(':') == std::string_view::npos) return false;
    for (size_t i = 0; i < t.size(); ++i) {
      const char c = AsciiLower(t[i]);
      if (c != 'p' && c != 'i' && c != 'c' && c != '\xe1') continue;
      const absl::string_view rest(t.data() + i, t.size() - i);
      for (const char* w : {"photo", "image", "credit", "illustration", "\xe1\xba\xa3nh", "\xe1\xba\xa2nh"}) {
        if (absl::StartsWithIgnoreCase(rest, w)) return true;
      }
    }
    return false;
  };
  size_t pos = 0;
  while (pos < text->size()) {
    size_t nl = text->find('\n', pos);
    if (nl == std::string::npos) nl = text->size();
    const size_t size = text->size();
    re2::StringPiece line(text->data() + pos, nl - pos);
    re2::StringPiece m;
    const std::string_view t = trimmed(line);
    if ((maybe_image(t) && RE2::FullMatch(line, ImageLine())) ||
        (maybe_layout(t) && RE2::FullMatch(line, LayoutLine()))) {
      Blank(text, pos, nl);
    } else {
      // The credit (kCredit's group) is the whole match, which runs to the
      // end of the line, less the spaces after a final '|': asking for the
      // match alone spares RE2 the search for the group.
      if (maybe_credit(t) && Credit().Match(line, 0, line.size(), RE2::UNANCHORED, &m, 1)) {
        size_t b = static_cast<size_t>(m.data() - text->data());
        size_t e = b + m.size();
        size_t last = e;
        while (last > b && IsRe2Space((*text)[last - 1])) --last;
        if (last > b && (*text)[last - 1] == '|') e = last;
        Blank(text, b, e);
        nl = text->find('\n', pos);
        if (nl == std::string::npos) nl = text->size();
        line = re2::StringPiece(text->data() + pos, nl - pos);
      }
      if (!t.empty() && trimmed(line).back() == '|' && RE2::PartialMatch(line, TrailingBars(), &m)) {
        size_t b = static_cast<size_t>(m.data() - text->data());
        Blank(text, b, b + m.size());
      }
    }
    if (text->size() != size) {  // Blank keeps byte length only for ASCII
      nl = text->find('\n', pos);
      if (nl == std::string::npos) nl = text->size();
    }
    pos = nl + 1;
  }
}

namespace {

// The digest of databases from before FingerprintAlgorithm was recorded:
// 64-bit FNV-1a in two lanes, as "%016llx%016llx". Kept only to recognise
// their documents.
std::string LegacyFingerprint(std::string_view text) {
  constexpr uint64_t kPrime = 1099511628211ull, kPrime2 = 0x100000001b3ull, kAdd = 0x9e3779b9ull;
  uint64_t h1 = 1469598103934665603ull, h2 = 1099511628211ull ^ 0x9e3779b97f4a7c15ull;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    h1 = (h1 ^ c) * kPrime;
    h2 = (h2 ^ c) * kPrime2 + kAdd;
  }
  return absl::StrCat(absl::Hex(h1, absl::kZeroPad16), absl::Hex(h2, absl::kZeroPad16));
}

}  // namespace

std::string Fingerprint(std::string_view text, graph::FingerprintAlgorithm algorithm) {
  if (algorithm == graph::FingerprintAlgorithm::kFnv1a2x64) return LegacyFingerprint(text);
  XXH128_canonical_t digest;  // big-endian bytes: the hex reads as the 128-bit number
  XXH128_canonicalFromHash(&digest, XXH3_128bits(text.data(), text.size()));
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest.digest), sizeof(digest.digest)));
}

std::optional<RawDocument> PrepareDocument(std::string doc_id, std::string_view bytes,
                                           std::vector<std::string>* warnings,
                                           graph::FingerprintAlgorithm fingerprint) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    warnings->push_back(absl::StrCat(doc_id, ": empty document, skipped"));
    return std::nullopt;
  }
  // Binary: NUL bytes or many control characters in the first 4 KiB.
  size_t sample = std::min<size_t>(bytes.size(), 4096), controls = 0;
  for (size_t i = 0; i < sample; ++i) {
    if (sample - i >= 8 && !HasControlByte(Word8(bytes.data() + i))) {  // eight at a time
      i += 7;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) controls += sample;  // a NUL is decisive
    else if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  if (controls * 10 > sample) {
    warnings->push_back(absl::StrCat(doc_id, ": binary file (control bytes), skipped"));
    return std::nullopt;
  }
  // Validate and repair UTF-8; drop CR; strip a BOM.
  std::string clean;
  clean.reserve(bytes.size());
  size_t invalid = 0, first_invalid_line = 0, line = 1, line_len = 0, longest = 0;
  bool ascii = true;  // ASCII is already in NFC
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(bytes.size());
  while (left > 0) {
    // A run of printable ASCII and line breaks is copied whole; eight bytes
    // at a time while none is a control byte or non-ASCII.
    const utf8proc_uint8_t* run = p;
    const utf8proc_uint8_t* const stop = p + left;
    const utf8proc_uint8_t* since = p;  // start of the current line's part of the run
    while (p < stop) {
      if (stop - p >= 8 && !HasControlOrNonAscii(Word8(p))) {
        p += 8;
        continue;
      }
      if (*p >= 0x20 && *p < 0x80) {
        ++p;
      } else if (*p == '\n') {
        ++line;
        longest = std::max(longest, line_len + static_cast<size_t>(p - since));
        line_len = 0;
        since = ++p;
      } else {
        break;
      }
    }
    line_len += static_cast<size_t>(p - since);
    left = stop - p;
    if (p > run) clean.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
    if (left == 0) break;
    // Anything else, one code point at a time (line breaks were all in runs).
    utf8proc_int32_t cp = *p;
    utf8proc_ssize_t n = cp < 0x80 ? 1 : utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      if (invalid++ == 0) first_invalid_line = line;
      clean += "\xEF\xBF\xBD";
      ascii = false;
      p += 1;
      left -= 1;
      continue;
    }
    ++line_len;
    if (cp != '\r' && cp != 0xFEFF && (cp >= 32 || cp == '\t')) {
      clean.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
      ascii &= n == 1;
    } else if (cp == '\f') {
      clean.push_back(' ');
    }
    p += n;
    left -= n;
  }
  longest = std::max(longest, line_len);
  if (invalid > 0) {
    warnings->push_back(absl::StrCat(doc_id, ": ", invalid, " invalid UTF-8 byte(s), first on line ",
                                     first_invalid_line, "; replaced by U+FFFD"));
  }
  if (longest > kHugeLine) {
    warnings->push_back(absl::StrCat(doc_id, ": a line of ", longest,
                                     " characters; long sentences are cut into pieces"));
  }
  bool decoded_non_ascii = false;
  if (clean.find('&') != std::string::npos && DecodeHtmlEntities(&clean, &decoded_non_ascii)) {
    ascii &= !decoded_non_ascii;
  }
  RawDocument doc;
  doc.doc_id = std::move(doc_id);
  doc.text = ascii ? std::move(clean) : ToNfc(clean);
  doc.fingerprint = Fingerprint(doc.text, fingerprint);
  RemoveDebris(&doc.text);
  return doc;
}

std::optional<RawDocument> ReadDocument(const std::string& path, std::vector<std::string>* warnings,
                                        graph::FingerprintAlgorithm fingerprint) {
  std::string bytes;
  std::string doc_id;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    doc_id = "stdin";
  } else {
    // POSIX reads: an ifstream costs some 10k instructions a file to set up.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      warnings->push_back(absl::StrCat(path, ": cannot open, skipped"));
      return std::nullopt;
    }
    struct stat st;
    const off_t size = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;
    // The file's size when it has one (no more, should it grow meanwhile);
    // a pipe or another file without a size: to the end.
    size_t want = size > 0 ? static_cast<size_t>(size) : static_cast<size_t>(-1);
    size_t got = 0;
    bytes.resize(size > 0 ? static_cast<size_t>(size) : 65536);
    while (got < want) {
      if (got == bytes.size()) bytes.resize(bytes.size() * 2);
      const ssize_t n = ::read(fd, bytes.data() + got, std::min(want, bytes.size()) - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    ::close(fd);
    bytes.resize(got);
    doc_id = fs::path(path).stem().string();
  }
  std::vector<std::string> local;
  auto doc = PrepareDocument(doc_id, bytes, &local, fingerprint);
  for (std::string& w : local) {
    // Name the file, not just the stem.
    if (w.rfind(doc_id, 0) == 0) w = path + w.substr(doc_id.size());
    warnings->push_back(std::move(w));
  }
  if (doc) doc->path = path;
  return doc;
}

bool DecodeHtmlEntities(std::string* text, bool* non_ascii) {
  // Named references news pages keep; a no-break space becomes a space.
  static const auto* kNamed = new absl::flat_hash_map<std::string_view, char32_t>{
      {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
      {"nbsp", ' '},      {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
      {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"hellip", 0x2026}, {"laquo", 0xAB},    {"raquo", 0xBB},
      {"middot", 0xB7},   {"bull", 0x2022},   {"deg", 0xB0},      {"aacute", 0xE1},   {"eacute", 0xE9},
      {"iacute", 0xED},   {"oacute", 0xF3},   {"uacute", 0xFA},   {"agrave", 0xE0},   {"egrave", 0xE8},
      {"acirc", 0xE2},    {"ecirc", 0xEA},    {"ocirc", 0xF4},    {"atilde", 0xE3},   {"otilde", 0xF5},
      {"ntilde", 0xF1},   {"ccedil", 0xE7},   {"auml", 0xE4},     {"ouml", 0xF6},     {"uuml", 0xFC},
      {"Aacute", 0xC1},   {"Eacute", 0xC9},   {"Oacute", 0xD3},   {"Uacute", 0xDA},   {"Ntilde", 0xD1},
      {"Ccedil", 0xC7},   {"Ouml", 0xD6},     {"Uuml", 0xDC},     {"szlig", 0xDF},
  };
  std::string out;
  bool changed = false;
  size_t i = 0, copied = 0;
  while ((i = text->find('&', i)) != std::string::npos) {
    const size_t semi = text->find(';', i + 1);
    if (semi == std::string::npos || semi - i > 10) {
      ++i;
      continue;
    }
    const std::string_view name(text->data() + i + 1, semi - i - 1);
    char32_t cp = 0;
    if (name.size() >= 2 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string_view digits = name.substr(hex ? 2 : 1);
      uint32_t v = 0;
      bool ok = !digits.empty() && digits.size() <= 7;
      for (char c : digits) {
        const int d = c >= '0' && c <= '9' ? c - '0'
                      : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                   : -1;
        if (d < 0) ok = false;
        else v = v * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      }
      // A valid, printable code point (no controls, surrogates or NUL).
      if (ok && v >= 0x20 && v != 0x7F && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) cp = v;
      if (cp == 0xA0) cp = ' ';
    } else {
      auto it = kNamed->find(name);
      if (it != kNamed->end()) cp = it->second;
    }
    if (cp == 0) {
      ++i;
      continue;
    }
    out.append(*text, copied, i - copied);
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
    *non_ascii |= cp >= 0x80;
    changed = true;
    i = copied = semi + 1;
  }
  if (!changed) return false;
  out.append(*text, copied, std::string::npos);
  *text = std::move(out);
  return true;
}

}  // namespace kg::ingest
